/**
 * `npm run bench`: speed and memory figures that tests must not time. Runs each part in its own process so peak
 * memory is per part, and prints one JSON document. BENCH_ITEMS, BENCH_ITEMS_RATIO, BENCH_NONLATIN_ITEMS and
 * BENCH_EVENTS shrink a run; BENCH_PARTS=audit,trust runs only those parts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const parts = ['trust', 'audit', 'items', 'non-latin'] as const;
const results: Record<string, unknown> = {};
const chosen = process.env.BENCH_PARTS?.split(',') ?? parts;
for (const part of parts.filter((p) => chosen.includes(p))) {
  const script = fileURLToPath(new URL(`./bench/${part}.ts`, import.meta.url));
  const run = spawnSync(process.execPath, ['--no-warnings', script], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`bench part ${part} failed`);
  }
  results[part] = JSON.parse(run.stdout);
}
console.log(JSON.stringify({ node: process.version, at: new Date().toISOString(), ...results }, null, 2));
