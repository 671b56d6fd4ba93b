/**
 * Register benchmark (issue 4). Part 1 at BENCH_ITEMS_RATIO items (default 100,000), BENCH_ROUNDS rounds (default 3)
 * so that a shared machine's noise shows as a spread: each round runs the service path (validation, numbering, audit,
 * search index), raw prepared inserts of the same rows into the same schema encrypted, and unencrypted, one after
 * the other on fresh files; ratios are per round, with the median. Part 2: a BENCH_ITEMS-row (default 1,000,000)
 * encrypted register built by bulk insert: search latency over 1,000 folded queries (whole register, LIMIT 50; and
 * as the register screen asks: one book, LIMIT 500, alone, with the match count, and with a year filter too),
 * open-to-first-page time, peak memory.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { contract } from '../../core/api/contract.ts';
import { normalizeDeep } from '../../core/api/normalize.ts';
import { addItem, MATCH_COUNT_CAP } from '../../core/services/items.ts';
import { sampleItem, seededRandom } from '../../core/domain/sample-items.ts';
import { searchTerms } from '../../core/domain/vietnamese-fold.ts';
import { openEncrypted } from '../../db/connection.ts';
import { applyMigrations, loadMigrations } from '../../db/migrate.ts';
import { createRegisterHost } from '../../db/register-host.ts';
import { itemsRepository } from '../../db/repositories/items.ts';
import { registerSearchFunctions } from '../../db/search-functions.ts';
import { recordOf, TODAY } from './records.ts';

const RATIO_ITEMS = Number(process.env.BENCH_ITEMS_RATIO ?? 100_000);
const BIG_ITEMS = Number(process.env.BENCH_ITEMS ?? 1_000_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const BATCH = 1000;
const migrations = loadMigrations(fileURLToPath(new URL('../../db/migrations', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'cxr-bench-items-'));
const password = 'mat-khau-do-hieu-nang';
const now = () => new Date().toISOString();

/** Raw prepared inserts of n sample rows (same schema, same search index; no validation, no audit). */
function rawInserts(db: Database.Database, n: number): number {
  const repo = itemsRepository(db);
  const random = seededRandom(7);
  const t = performance.now();
  for (let done = 0; done < n; done += BATCH) {
    db.transaction(() => {
      for (let i = done; i < Math.min(n, done + BATCH); i++) repo.insert(recordOf(i, random));
    })();
  }
  return performance.now() - t;
}

function plainDb(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -65536');
  registerSearchFunctions(db); // as openEncrypted does: the search triggers call them
  applyMigrations(db, migrations, now());
  return db;
}

function encryptedDb(path: string): Database.Database {
  const db = openEncrypted(path, Buffer.alloc(32, 3), { create: true });
  db.pragma('foreign_keys = OFF');
  applyMigrations(db, migrations, now());
  return db;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Wall and CPU milliseconds of one run (CPU shows how much of the wall time the machine's other load took). */
async function timed(run: () => unknown): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

/** The service path: what the router does with every call (NFC, zod), then the service (rules, numbering, audit). */
async function serviceInserts(path: string): Promise<void> {
  const host = createRegisterHost({
    path,
    migrations,
    appVersion: 'bench',
    kdf: { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 },
  });
  await host.create(
    { mode: 'unit', unitName: 'Đơn vị đo hiệu năng', adminName: 'baomat', password, training: true },
    now(),
  );
  const ws = host.workspace();
  if (!ws) throw new Error('not unlocked');
  const ctx = { actor: host.actor() };
  const schema = contract['items.add'].input;
  const sampleRandom = seededRandom(7);
  for (let done = 0; done < RATIO_ITEMS; done += BATCH) {
    // One outer transaction per batch, as for the raw inserts: each item's own transaction becomes a savepoint.
    ws.transact(() => {
      for (let i = done; i < Math.min(RATIO_ITEMS, done + BATCH); i++) {
        const s = sampleItem(i, sampleRandom, TODAY);
        const raw = {
          ...s,
          foreignMarking: s.direction === 'incoming' ? 'LAB' : null,
          approval:
            s.direction === 'outgoing'
              ? {
                  approverName: 'Nguyễn Văn Mẫu',
                  approverTitle: 'Thứ trưởng Bộ Công an',
                  legalBasis: 'Điều 16',
                  decisionNo: '1/QĐ',
                  decisionDate: s.docDate,
                }
              : null,
        };
        addItem(ws, ctx, schema.parse(normalizeDeep(raw)), now());
      }
    });
  }
  host.lock();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;
const perSecond = (ms: number) => Math.round((RATIO_ITEMS / ms) * 1000);
/** Bytes of the checkpointed file per item: the audit shows as the difference between service and raw. */
const bytesPerItem = (path: string) => Math.round(statSync(path).size / RATIO_ITEMS);

try {
  // Part 1: service vs raw (both encrypted, both in transactions of 1,000 rows), raw encrypted vs raw plain.
  const rounds: {
    service: { ms: number; cpuMs: number };
    rawEncrypted: { ms: number; cpuMs: number };
    rawPlain: { ms: number; cpuMs: number };
    bytes: { service: number; raw: number };
  }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const servicePath = join(dir, `service-${r}.db`);
    const service = await timed(() => serviceInserts(servicePath));
    const encryptedPath = join(dir, `raw-encrypted-${r}.db`);
    const rawEncryptedDb = encryptedDb(encryptedPath);
    const rawEncrypted = await timed(() => rawInserts(rawEncryptedDb, RATIO_ITEMS));
    rawEncryptedDb.close();
    const rawPlainDb = plainDb(join(dir, `raw-plain-${r}.db`));
    const rawPlain = await timed(() => rawInserts(rawPlainDb, RATIO_ITEMS));
    rawPlainDb.close();
    rounds.push({
      service,
      rawEncrypted,
      rawPlain,
      bytes: { service: bytesPerItem(servicePath), raw: bytesPerItem(encryptedPath) },
    });
    for (const f of [servicePath, encryptedPath]) rmSync(f, { force: true });
  }
  const serviceToRaw = rounds.map((x) => round(x.rawEncrypted.ms / x.service.ms));
  const serviceToRawCpu = rounds.map((x) => round(x.rawEncrypted.cpuMs / x.service.cpuMs));
  const encryptedToPlainTime = rounds.map((x) => round(x.rawEncrypted.ms / x.rawPlain.ms));
  const encryptedToPlainCpu = rounds.map((x) => round(x.rawEncrypted.cpuMs / x.rawPlain.cpuMs));

  // Part 2: the big encrypted register.
  const bigPath = join(dir, 'big.db');
  const big = encryptedDb(bigPath);
  let t = performance.now();
  rawInserts(big, BIG_ITEMS);
  const buildMs = performance.now() - t;
  big.close();

  t = performance.now();
  const reopened = openEncrypted(bigPath, Buffer.alloc(32, 3), { create: false });
  const repo = itemsRepository(reopened);
  const firstPage = repo.list({ book: 'incoming', year: 2026, limit: 50 });
  const openFirstPageMs = performance.now() - t;

  const random = seededRandom(99);
  const queries: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const s = sampleItem(i, random, TODAY);
    const words = searchTerms(`${s.summary ?? s.docType} ${s.foreignBody}`);
    const start = Math.floor(random() * Math.max(1, words.length - 2));
    queries.push(words.slice(start, start + 1 + Math.floor(random() * 2)).join(' '));
  }
  /** `counted`: as items.search answers, with the count of every match (up to the cap) when the limit is reached. */
  const searchLatency = (limit: number, filter: { book?: 'incoming'; year?: number }, counted = false) => {
    const latencies: number[] = [];
    let hits = 0;
    let capped = 0;
    for (const q of queries) {
      const start = performance.now();
      const terms = searchTerms(q);
      const found = repo.search(terms, { ranked: false, limit, filter });
      if (counted && found.length >= limit && repo.countMatches(terms, filter, MATCH_COUNT_CAP).more) capped++;
      latencies.push(performance.now() - start);
      hits += found.length;
    }
    latencies.sort((a, b) => a - b);
    return {
      queries: queries.length,
      hitsTotal: hits,
      ...(counted ? { countCapped: capped, countCap: MATCH_COUNT_CAP } : {}),
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(latencies.at(-1) ?? 0),
    };
  };
  const search = searchLatency(50, {});
  // The register screen's query (renderer/stores/register.ts): one book, up to 500 answers; the search alone, then
  // as the service answers it (with the count), then with a year filter too (the year's rid range is read first).
  const screenSearch = searchLatency(500, { book: 'incoming' });
  const screenSearchCounted = searchLatency(500, { book: 'incoming' }, true);
  const screenSearchYear = searchLatency(500, { book: 'incoming', year: 2026 }, true);
  reopened.close();

  console.log(
    JSON.stringify(
      {
        ratio: {
          items: RATIO_ITEMS,
          rounds: ROUNDS,
          servicePerSecond: rounds.map((x) => perSecond(x.service.ms)),
          rawEncryptedPerSecond: rounds.map((x) => perSecond(x.rawEncrypted.ms)),
          rawPlainPerSecond: rounds.map((x) => perSecond(x.rawPlain.ms)),
          serviceToRaw,
          serviceToRawMedian: median(serviceToRaw),
          serviceToRawCpu,
          encryptedToPlainTime,
          encryptedToPlainMedian: median(encryptedToPlainTime),
          encryptedToPlainCpu,
          fileBytesPerItem: rounds[0]?.bytes,
        },
        big: {
          items: BIG_ITEMS,
          buildSeconds: Math.round(buildMs / 1000),
          openToFirstPageMs: round(openFirstPageMs),
          firstPageRows: firstPage.items.length,
          search,
          screenSearch,
          screenSearchCounted,
          screenSearchYear,
        },
        targets: { searchP95Ms: 15, serviceToRawAtLeast: 0.33, encryptedToPlainAtMost: 1.25, openToFirstPageMs: 300 },
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
