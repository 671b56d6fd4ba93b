/**
 * Lao and Thai search benchmark (issue 11). A BENCH_NONLATIN_ITEMS-row (default 100,000) encrypted register built by
 * raw prepared inserts of the sample rows, where every incoming row of the Laos agreement carries its counterpart's
 * name and marking in Lao (one in ten in Thai) as a clerk copies them from the document. Measures: insert rate,
 * the size of each search index, and the latency of 1,000 queries of each kind: a part of a Lao or Thai name
 * (3–8 code points, anywhere in it), a part of one or two code points (start of a run), and a Lao part with a
 * Vietnamese word (both indexes); whole register, LIMIT 50, newest first, and as the register screen asks (one book,
 * LIMIT 500); wall-clock percentiles and the mean CPU time per query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../core/domain/sample-items.ts';
import { searchTerms } from '../../core/domain/vietnamese-fold.ts';
import { openEncrypted } from '../../db/connection.ts';
import { applyMigrations, loadMigrations } from '../../db/migrate.ts';
import { itemsRepository } from '../../db/repositories/items.ts';
import { recordOf } from './records.ts';

const ITEMS = Number(process.env.BENCH_NONLATIN_ITEMS ?? 100_000);
const BATCH = 1000;
const migrations = loadMigrations(fileURLToPath(new URL('../../db/migrations', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'cxr-bench-nonlatin-'));

// Fictional but plausible counterpart names (ministries, provincial commands) and the markings on their documents.
const LAO_BODIES = [
  'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ',
  'ກະຊວງການຕ່າງປະເທດ',
  'ກະຊວງປ້ອງກັນປະເທດ',
  'ກອງບັນຊາການປ້ອງກັນຄວາມສະຫງົບແຂວງຈຳປາສັກ',
  'ກອງບັນຊາການທະຫານແຂວງອັດຕະປື',
  'ຫ້ອງວ່າການແຂວງສາລະວັນ',
  'ພະແນກການຕ່າງປະເທດແຂວງເຊກອງ',
  'ນະຄອນຫຼວງວຽງຈັນ',
];
const LAO_MARKINGS = ['ລັບ', 'ລັບຫຼາຍ', 'ລັບທີ່ສຸດ'];
const THAI_BODIES = ['กระทรวงการต่างประเทศ', 'สำนักงานตำรวจแห่งชาติ', 'กองบัญชาการกองทัพไทย'];
const THAI_MARKINGS = ['ลับ', 'ลับมาก', 'ลับที่สุด'];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;

try {
  const path = join(dir, 'non-latin.db');
  const db = openEncrypted(path, Buffer.alloc(32, 5), { create: true });
  db.pragma('foreign_keys = OFF');
  applyMigrations(db, migrations, new Date().toISOString());
  const repo = itemsRepository(db);
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let nonLatinRows = 0;
  const t = performance.now();
  for (let done = 0; done < ITEMS; done += BATCH) {
    db.transaction(() => {
      for (let i = done; i < Math.min(ITEMS, done + BATCH); i++) {
        const record = recordOf(i, random);
        if (record.book === 'incoming' && record.agreement === 'VN-LA') {
          const thai = random() < 0.1;
          record.foreignBody = pick(thai ? THAI_BODIES : LAO_BODIES);
          record.foreignMarking = pick(thai ? THAI_MARKINGS : LAO_MARKINGS);
          record.originator = record.foreignBody;
          nonLatinRows++;
        }
        repo.insert(record);
      }
    })();
  }
  const buildMs = performance.now() - t;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytesOf = (table: string) =>
    (db.prepare(`SELECT coalesce(sum(length(block)), 0) AS n FROM ${table}_data`).get() as { n: number }).n;

  const queries = { part: [] as string[], short: [] as string[], mixed: [] as string[] };
  const names = [...LAO_BODIES, ...THAI_BODIES, ...LAO_MARKINGS, ...THAI_MARKINGS];
  const partOf = (name: string, length: number) => {
    const chars = [...name];
    const start = Math.floor(random() * Math.max(1, chars.length - length + 1));
    return chars.slice(start, start + length).join('');
  };
  for (let i = 0; i < 1000; i++) {
    queries.part.push(partOf(pick(names), 3 + Math.floor(random() * 6)));
    queries.short.push([...pick(names)].slice(0, 1 + Math.floor(random() * 2)).join(''));
    queries.mixed.push(
      `${partOf(pick(LAO_BODIES), 3 + Math.floor(random() * 6))} ${pick(['thong', 'bao', 'mau', 'ke'])}`,
    );
  }
  const latency = (list: string[], limit: number, filter: { book?: 'incoming' }) => {
    const latencies: number[] = [];
    let hits = 0;
    const cpu = process.cpuUsage();
    for (const q of list) {
      const start = performance.now();
      hits += repo.search(searchTerms(q), { ranked: false, limit, filter }).length;
      latencies.push(performance.now() - start);
    }
    const used = process.cpuUsage(cpu);
    latencies.sort((a, b) => a - b);
    return {
      queries: list.length,
      hitsTotal: hits,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(latencies.at(-1) ?? 0),
      // Mean CPU time per query: on a shared machine the wall-clock tail is mostly other processes' time.
      cpuMsPerQuery: round((used.user + used.system) / 1000 / list.length),
    };
  };
  const search = Object.fromEntries(
    Object.entries(queries).map(([kind, list]) => [kind, latency(list, 50, {})]),
  ) as Record<keyof typeof queries, ReturnType<typeof latency>>;
  const screenSearch = latency(queries.part, 500, { book: 'incoming' });
  const indexBytes = { words: bytesOf('items_fts'), trigrams: bytesOf('items_fts_trigram') };
  db.close();

  console.log(
    JSON.stringify(
      {
        items: ITEMS,
        nonLatinRows,
        rawEncryptedPerSecond: Math.round((ITEMS / buildMs) * 1000),
        indexBytes,
        search,
        screenSearch,
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
