/**
 * `npm start`: builds the three bundles, then opens the app in Electron, or — where Electron's binary was never
 * fetched — the same app in the system Chromium (electron/browser). `npm start -- --electron` insists on Electron.
 * The choice and its messages are in start-choice.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseShell, machineFacts } from './start-choice.ts';

const ROOT = resolve(import.meta.dirname, '..');
const choice = chooseShell(process.argv.slice(2), machineFacts(ROOT));
if (choice.shell === 'none') {
  console.error(choice.message);
  process.exit(choice.exitCode);
}

const build = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('npm start: the build failed (see above); nothing was opened.');
  process.exit(build.status ?? 1);
}

if (choice.shell === 'electron') {
  // Electron's own launcher (what `electron .` runs): a missing binary ends in Electron's own error message.
  const electron = spawn(process.execPath, [join(ROOT, 'node_modules', 'electron', 'cli.js'), '.'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  electron.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.log(choice.notice);
  // Loaded only here: the fallback brings the register, the router and Playwright with it.
  const { openBrowserShell } = await import('../electron/browser/index.ts');
  const { electronUserDataDir } = await import('../electron/browser/user-data.ts');
  const { productName } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName: string };
  // Ctrl+C, or the terminal closing, locks the register and closes the window, as closing the window does; also
  // while Chromium is still starting (it runs in its own process group and would outlive this process).
  let shell: Awaited<ReturnType<typeof openBrowserShell>> | null = null;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopping = true;
      void shell?.close();
    });
  }
  try {
    shell = await openBrowserShell({
      appRoot: ROOT,
      userDataDir: electronUserDataDir(productName),
      chromiumPath: choice.chromium,
      headless: false,
    });
    if (stopping) await shell.close();
    await shell.closed;
  } catch (error) {
    console.error(`Could not open the app in Chromium: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
