import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { fakeClock } from './fake-clock.ts';
import { createHostDouble, createUiRegister, type HostDouble, installBridge, type UiRegister } from './ui-bridge.ts';
import { guardPage } from './ui-guard.ts';
import { startUiServer, type UiServer } from './ui-server.ts';
import type { PageGlobals } from './ui-page-types.ts';

/**
 * The UI-test fixtures: one static server per worker, and per test a fresh register, a page wired to it through
 * the real router, and a guard that fails the test on any off-origin request, CSP violation, console error or
 * uncaught exception.
 */
interface Fixtures {
  /** Option: test.use({ manualTime: true }) gives the register a clock the test moves by hand (`clock`). */
  manualTime: boolean;
  clock: ReturnType<typeof fakeClock> | null;
  register: UiRegister;
  /** The OS save and print dialogs' stand-in: set its answers, read its calls (ui-bridge.ts). */
  hostDouble: HostDouble;
  /** Opens the app (the built renderer) in the guarded page. */
  openApp: () => Promise<void>;
}

interface WorkerFixtures {
  uiServer: UiServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  uiServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await startUiServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  manualTime: [false, { option: true }],

  clock: async ({ manualTime }, use) => {
    await use(manualTime ? fakeClock(new Date().toISOString()) : null);
  },

  register: async ({ clock }, use) => {
    const register = createUiRegister(clock ? { clock } : {});
    await use(register);
    register.close();
  },

  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  hostDouble: async ({}, use) => {
    await use(createHostDouble());
  },

  page: async ({ page, context, uiServer, register, hostDouble }, use) => {
    const guard = await guardPage(context, page, uiServer.origin);
    await installBridge(page, register, hostDouble);
    await use(page);
    expect(guard.problems, 'the page loaded something off-origin, violated the CSP or logged an error').toEqual([]);
  },

  openApp: async ({ page, uiServer }, use) => {
    await use(async () => {
      await page.goto(`${uiServer.origin}/index.html`);
    });
  },
});

export { expect };

const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Saves a full-page screenshot of a key screen to artifacts/screenshots/<name>.png for review. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // From the top: the header and navigation are fixed, so a scrolled page would show them mid-picture.
  await page.evaluate(() => (globalThis as unknown as PageGlobals).scrollTo(0, 0));
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}
