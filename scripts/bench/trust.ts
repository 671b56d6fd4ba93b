/**
 * `npm run bench`: speed and memory figures that tests must not time. Prints one JSON document.
 * Trust base: set-up and unlock time at the production scrypt cost (the audit chain has its own part, audit.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadMigrations } from '../../db/migrate.ts';
import { createRegisterHost } from '../../db/register-host.ts';

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

  console.log(
    JSON.stringify(
      {
        node: process.version,
        scrypt: { N: 2 ** 17, r: 8, p: 1 },
        createRegisterMs: Math.round(createMs),
        unlockMs: unlockMs.map(Math.round),
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
