import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { appFiles, defaultRegisterPath } from '../main/paths.ts';
import { createRegisterWorkerClient } from '../worker/register-client.ts';
import { launchAppWindow } from './browser-window.ts';
import { createBrowserHostAnswers } from './host-answers.ts';
import { exposePageApi } from './page-api.ts';
import { BROWSER_ENTRY_URL, serveRenderer } from './serve-renderer.ts';

export interface BrowserShell {
  /** The app's window (tests drive it; `npm start` only waits for it to close). */
  page: Page;
  registerPath: string;
  /** Settles once the window is gone and the register locked. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * The browser fallback's composition root, for machines without Electron's binary (scripts/start.ts picks it):
 * the same register worker as electron/main (the real register in the user's data folder, the router, the actor held
 * by the worker after unlock) and the same built renderer under the same CSP, shown in the system Chromium.
 * It never imports 'electron', so it runs where the binary is missing.
 */
export async function openBrowserShell(options: {
  appRoot: string;
  userDataDir: string;
  chromiumPath: string;
  headless: boolean;
  env?: NodeJS.ProcessEnv;
}): Promise<BrowserShell> {
  const files = appFiles(options.appRoot);
  if (!existsSync(join(files.renderer, 'index.html')) || !existsSync(files.registerWorker)) {
    throw new Error(`No built app in ${files.renderer} and out/main; build it first: npx electron-vite build`);
  }
  const { version } = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8')) as { version: string };
  const registerPath = defaultRegisterPath(options.userDataDir, options.env);
  const register = createRegisterWorkerClient(files.registerWorker, {
    registerPath,
    migrationsFolder: files.migrations,
    fontsFolder: files.fonts,
    appVersion: version,
    verifyWorkerScript: files.verifyWorker,
  });

  const context = await launchAppWindow({
    executablePath: options.chromiumPath,
    profileDir: join(options.userDataDir, 'browser-fallback'),
    headless: options.headless,
    runningAsRoot: process.getuid?.() === 0,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await register.stop();
      await context.close().catch(() => undefined);
    })();
    return closing;
  };
  const closed = new Promise<void>((resolve) => {
    page.once('close', () => void close().then(resolve));
    context.once('close', () => void close().then(resolve));
  });

  try {
    await context.route('**/*', serveRenderer(files.renderer));
    await exposePageApi(
      context,
      page,
      (channel, input) => register.call(channel, input),
      createBrowserHostAnswers(() => register.unlocked()),
      (channel, input, callOptions) => register.call(channel, input, callOptions),
    );
    // The app is one window: anything the page tries to open beside it is closed at once.
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
    await page.goto(BROWSER_ENTRY_URL);
  } catch (error) {
    await close();
    throw error;
  }
  return { page, registerPath, closed, close };
}
