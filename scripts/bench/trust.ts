/**
 * `npm run bench`: speed and memory figures that tests must not time. Prints one JSON document.
 * Trust base: unlock time at the production scrypt cost, audit append and verify throughput.
 * BENCH_EVENTS=N sets the number of audit events (default 100,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadMigrations } from '../../db/migrate.ts';
import { createRegisterHost } from '../../db/register-host.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'cxr-bench-'));
const migrations = loadMigrations(fileURLToPath(new URL('../../db/migrations', import.meta.url)));
const path = join(dir, 'bench.db');
const password = 'mat-khau-do-hieu-nang';
const now = () => new Date().toISOString();

try {
  const host = createRegisterHost({ path, migrations, appVersion: 'bench' });
  let t = performance.now();
  await host.create({ mode: 'unit', unitName: 'Đơn vị đo hiệu năng', adminName: 'quantri', password }, now());
  const createMs = performance.now() - t;
  host.lock();

  const unlockMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await host.unlock('quantri', password, now());
    unlockMs.push(performance.now() - t);
    host.lock();
  }

  const actor = await host.unlock('quantri', password, now());
  const ws = host.workspace();
  if (!ws) throw new Error('not unlocked');
  t = performance.now();
  const BATCH = 1000;
  for (let done = 0; done < EVENTS; done += BATCH) {
    ws.transact(() => {
      for (let i = done; i < Math.min(EVENTS, done + BATCH); i++) {
        const at = now();
        const rows = ws.agreements.replaceEquivalences(
          'VN-IT',
          [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: `lần ${i}` }],
          at,
        );
        ws.audit.append(
          {
            actor,
            action: 'agreement.equivalences.replaced',
            entity: 'agreement',
            entityId: 'VN-IT',
            change: { rows },
          },
          at,
        );
      }
    });
  }
  const appendMs = performance.now() - t;

  t = performance.now();
  const report = ws.audit.verify();
  const verifyMs = performance.now() - t;
  host.lock();

  console.log(
    JSON.stringify(
      {
        node: process.version,
        scrypt: { N: 2 ** 17, r: 8, p: 1 },
        createRegisterMs: Math.round(createMs),
        unlockMs: unlockMs.map(Math.round),
        audit: {
          events: report.events,
          ok: report.ok,
          appendPerSecond: Math.round((EVENTS / appendMs) * 1000),
          verifyMs: Math.round(verifyMs),
          verifyEventsPerSecond: Math.round((report.events / verifyMs) * 1000),
        },
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
