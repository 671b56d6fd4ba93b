import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseShell, electronBinary, type Machine, machineFacts } from '../../../scripts/start-choice.ts';
import { REPO_ROOT } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

/** What `npm start` opens on each kind of machine (scripts/start.ts acts on the choice). */
const desktop: Machine = { electronBinary: null, hasDisplay: true, chromium: '/usr/bin/chromium' };

describe('npm start: Electron, the browser fallback, or what to install', () => {
  it('opens Electron where its binary is installed, whatever else the machine has or lacks', () => {
    const binary = '/repo/node_modules/electron/dist/electron';
    expect(chooseShell([], { ...desktop, electronBinary: binary })).toEqual({ shell: 'electron' });
    expect(chooseShell([], { electronBinary: binary, hasDisplay: false, chromium: null })).toEqual({
      shell: 'electron',
    });
  });

  it('opens the app in the system Chromium where the binary is missing, saying so in one line', () => {
    const choice = chooseShell([], desktop);
    expect(choice).toMatchObject({ shell: 'browser', chromium: '/usr/bin/chromium' });
    const notice = choice.shell === 'browser' ? choice.notice : '';
    expect(notice).toContain('node_modules/electron/dist is missing');
    expect(notice).toContain('/usr/bin/chromium');
    expect(notice).not.toContain('\n');
  });

  it('insists on Electron with --electron, even without its binary (Electron then reports its own error)', () => {
    expect(chooseShell(['--electron'], desktop)).toEqual({ shell: 'electron' });
    expect(chooseShell(['--electron'], { electronBinary: null, hasDisplay: false, chromium: null })).toEqual({
      shell: 'electron',
    });
  });

  it('without a display: says to run in a desktop session or under xvfb-run, and fails', () => {
    const choice = chooseShell([], { ...desktop, hasDisplay: false });
    expect(choice).toMatchObject({ shell: 'none', exitCode: 1 });
    const message = choice.shell === 'none' ? choice.message : '';
    expect(message).toContain('$DISPLAY');
    expect(message).toContain('xvfb-run npm start');
    expect(message).not.toContain('apt-get install chromium');
  });

  it('without Chromium: says to install it with apt-get, and fails', () => {
    const choice = chooseShell([], { ...desktop, chromium: null });
    expect(choice).toMatchObject({ shell: 'none', exitCode: 1 });
    const message = choice.shell === 'none' ? choice.message : '';
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).not.toContain('xvfb-run');
  });

  it('with neither: names both remedies in one line', () => {
    const choice = chooseShell([], { electronBinary: null, hasDisplay: false, chromium: null });
    const message = choice.shell === 'none' ? choice.message : '';
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('xvfb-run npm start');
    expect(message).not.toContain('\n');
  });

  it('refuses an unknown option instead of ignoring it', () => {
    expect(chooseShell(['--electorn'], desktop)).toMatchObject({ shell: 'none', exitCode: 2 });
  });
});

describe("finding Electron's binary without loading the package (loading it would try a download)", () => {
  const work = tempDir('cxr-electron-pkg-');
  afterAll(work.cleanup);

  it('is missing when path.txt or dist/ is missing, and found when both are there', () => {
    const pkg = join(work.dir, 'electron');
    mkdirSync(pkg, { recursive: true });
    expect(electronBinary(pkg, {})).toBeNull();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(electronBinary(pkg, {})).toBeNull();
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(pkg, {})).toBe(join(pkg, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron does', () => {
    expect(electronBinary(join(work.dir, 'none'), { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toBe(
      join('/opt/electron', 'electron'),
    );
  });

  it('sees a display in $DISPLAY or $WAYLAND_DISPLAY on Linux, and always on Windows and macOS', () => {
    expect(machineFacts(REPO_ROOT, {}, 'linux').hasDisplay).toBe(false);
    expect(machineFacts(REPO_ROOT, { DISPLAY: ':0' }, 'linux').hasDisplay).toBe(true);
    expect(machineFacts(REPO_ROOT, { WAYLAND_DISPLAY: 'wayland-0' }, 'linux').hasDisplay).toBe(true);
    expect(machineFacts(REPO_ROOT, {}, 'win32').hasDisplay).toBe(true);
  });
});

describe('scripts/start.ts as npm runs it', () => {
  const start = (args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', join(REPO_ROOT, 'scripts', 'start.ts'), ...args],
      {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
        timeout: 20_000,
      },
    );

  it('refuses an unknown option before building anything, with exit code 2', () => {
    const run = start(['--bogus'], process.env);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'npm start: unknown option --bogus (the only one is --electron: npm start -- --electron).',
    );
    expect(run.stdout).not.toContain('vite');
  });

  // Where Electron's binary is installed, start.ts would build and open Electron instead: nothing to check here.
  const hasElectron = machineFacts(REPO_ROOT).electronBinary !== null;
  it.skipIf(hasElectron)('without Electron and without a display: one line on what to do, and exit code 1', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = start([], env);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('xvfb-run npm start');
  });
});
