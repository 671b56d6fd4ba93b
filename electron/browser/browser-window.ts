import { type BrowserContext, chromium } from '@playwright/test';

/**
 * Chromium's command line for the app window. `--app` gives a window without tabs, address bar or toolbar (like
 * Electron's); it starts on an empty data: page because the app's own page may load only once every request is
 * routed (serve-renderer.ts). The size is electron/main's window. The host-resolver rule makes every host name
 * unresolvable inside Chromium, so even a request that escaped the route (Chromium's own background requests never
 * pass through it) could not reach a network; `--test-type` keeps Chromium from showing a warning bar about that
 * rule; the rest turn off more of Chromium's own traffic (sync, first-run pages, QUIC, hyperlink pings).
 */
export function appWindowArgs(): string[] {
  return [
    '--app=data:text/html,',
    '--window-size=1280,820',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--test-type',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-pings',
  ];
}

/**
 * Starts Chromium on its own profile folder (the language choice is kept there, as Electron keeps it in its user
 * data). Chromium's sandbox stays on, except for root, where Chromium refuses to start with it.
 */
export function launchAppWindow(options: {
  executablePath: string;
  profileDir: string;
  headless: boolean;
  runningAsRoot: boolean;
}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    chromiumSandbox: !options.runningAsRoot,
    args: appWindowArgs(),
    // The window's own size decides the page's, as in Electron (no fixed emulated viewport).
    viewport: null,
    acceptDownloads: false,
    serviceWorkers: 'block',
    // The shell's owner (scripts/start.ts) closes the window on these itself, after locking the register.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
