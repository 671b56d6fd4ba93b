import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/start-choice.ts';
import { REPO_ROOT } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-register.ts';

/**
 * Layer 5: the real Electron binary. It cannot be downloaded on our build machines (it comes from outside the
 * package registry), so this suite runs only where it is present, and says so plainly where it is not. Requiring
 * 'electron' would try to download it, so presence is read the way `npm start` reads it (scripts/start-choice.ts).
 */
const binary = electronBinary(join(REPO_ROOT, 'node_modules', 'electron'));
if (!binary) console.log('skipped: Electron binary not present (tests/electron needs node_modules/electron/dist)');

describe.skipIf(!binary)('the packaged shell in real Electron', () => {
  const data = tempDir('cxr-electron-');
  afterAll(data.cleanup);

  it('opens one sandboxed window on app:// that shows the first-run screen and reaches no network', async () => {
    const { _electron } = await import('@playwright/test');
    const app = await _electron.launch({
      executablePath: binary ?? '',
      args: [REPO_ROOT],
      env: { ...process.env, CXR_DB: join(data.dir, 'register.db') },
    });
    const page = await app.firstWindow();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://register/index.html');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    const status = await page.evaluate(() =>
      (globalThis as unknown as { api: Record<string, () => Promise<unknown>> }).api['app.status']?.(),
    );
    expect(status).toMatchObject({ ok: true, value: { state: 'uninitialised' } });
    expect(requests.filter((u) => !u.startsWith('app://register/'))).toEqual([]);
    await app.close();
  });
});
