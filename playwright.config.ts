import { defineConfig } from '@playwright/test';

/**
 * UI tests: the built renderer (out/renderer, from `npx electron-vite build`) served with the app's CSP and driven
 * in the system Chromium; window.api goes through the real router over a temp register (tests/support/ui-bridge.ts).
 * No browser is downloaded and nothing leaves 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/ui',
  // Not tsconfig.node.json: its `paths` maps better-sqlite3 to the .d.ts for the type checker, and Playwright's
  // loader would follow that mapping at run time. The base config has the compiler options and no paths.
  tsconfig: './tsconfig.base.json',
  outputDir: 'test-results/ui',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 820 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    colorScheme: 'light',
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
