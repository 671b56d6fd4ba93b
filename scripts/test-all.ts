/**
 * `npm test`: every layer in order — lint (format, rules, architecture boundaries), types, build, unit/contract/
 * component tests (vitest), UI end to end in Chromium (Playwright). It keeps going after a failing step so one run
 * shows everything, and ends with the line CI reads: `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    `npm test needs Node 22 (the project's node devDependency); this is ${process.version}. Run it through npm.`,
  );
  process.exit(1);
}

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A step that is not a test runner counts as one check. */
function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(label);
  }
}

function timesNewRomanIsMetricCompatible(): boolean {
  const match = spawnSync('fc-match', ['Times New Roman'], { encoding: 'utf8' });
  return match.status === 0 && /Tinos|Liberation Serif|Times New Roman/i.test(match.stdout);
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

// System tools the UI and document tests use (Debian packages; .ci/run installs them). Say so plainly up front.
const tools: [string, string][] = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/pdftotext', 'poppler-utils'],
  ['/usr/bin/soffice', 'libreoffice-writer-nogui'],
  ['/usr/bin/age', 'age'],
  ['/usr/bin/minisign', 'minisign'],
  ['/usr/bin/unzip', 'unzip'],
];
const missing = tools.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
// LibreOffice lays DOCX files out with whatever fontconfig gives for Times New Roman; the read-back tests need a
// metric-compatible font (Tinos from fonts-croscore, or Liberation Serif 2) or lines wrap differently.
if (!timesNewRomanIsMetricCompatible()) missing.push('fonts-croscore');
if (missing.length) {
  console.log(`Missing system packages (their tests will fail): ${missing.join(', ')}`);
  console.log(`Install with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

check('format and lint (biome)', 'biome', ['ci', '.']);
check('architecture boundaries (dependency-cruiser)', 'depcruise', [
  '--config',
  '.dependency-cruiser.cjs',
  'electron',
  'cli',
  'core',
  'db',
  'renderer',
  'scripts',
  'tests',
]);
check('types (node side)', 'tsc', ['-p', 'tsconfig.node.json']);
check('types (renderer)', 'tsc', ['-p', 'tsconfig.web.json']);
const built = run('build (electron-vite: main, preload, renderer)', 'electron-vite', ['build']);
if (built) total.passed += 1;
else {
  total.failed += 1;
  failures.push('build');
}

if (built)
  check('Electron security scan (electronegativity, medium or higher fails)', 'node', ['scripts/electronegativity.ts']);

const vitestOk = run('unit, contract, component and Electron-shell tests (vitest)', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}>('test-results/vitest.json');
if (vitest) {
  total.passed += vitest.numPassedTests;
  total.failed += vitest.numFailedTests;
  total.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  total.failed += 1; // the runner itself failed (a suite that did not load, an unhandled error)
  failures.push('vitest run');
} else if (!vitestOk) failures.push('vitest');

if (built) {
  const uiOk = run('UI end to end in Chromium (Playwright)', 'playwright', ['test']);
  const ui = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
    'test-results/playwright.json',
  );
  if (ui) {
    total.passed += ui.stats.expected + ui.stats.flaky;
    total.failed += ui.stats.unexpected;
    total.skipped += ui.stats.skipped;
  }
  if (!uiOk && (!ui || ui.stats.unexpected === 0)) {
    total.failed += 1;
    failures.push('playwright run');
  } else if (!uiOk) failures.push('playwright');
} else {
  console.log('UI tests not run: the build failed.');
  total.failed += 1;
}

console.log(failures.length ? `\nFailed steps: ${failures.join(', ')}` : '\nAll steps passed.');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
