import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openBrowserShell } from '../../electron/browser/index.ts';
import { electronUserDataDir } from '../../electron/browser/user-data.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { SYSTEM_CHROMIUM } from '../../scripts/start-choice.ts';

/**
 * `npm start` where Electron's binary is missing: the fallback itself (electron/browser, what scripts/start.ts
 * opens), not the UI tests' bridge. It runs headless without a display and in a real window where there is one
 * (e.g. `xvfb-run npx playwright test tests/ui/start-fallback.spec.ts`). The user's data folder is a temp
 * XDG_CONFIG_HOME, so the register must land where Electron would put it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const { productName } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName: string };
const UNIT = 'Sở Ngoại vụ tỉnh Quảng Trị';
const ADMIN = 'nguyen.van.an';
const PASSWORD = 'Đông Hà mùa mưa 2026!';

/** The page's globals this test reads (the node tsconfig has no DOM types). */
interface FallbackPage {
  api: Record<string, (input: unknown) => Promise<unknown>>;
  isSecureContext: boolean;
  require?: unknown;
}

/** One window.api call made by the page itself, as a screen would make it. */
const callApi = (page: Page, channel: string, input: unknown) =>
  page.evaluate(([c, i]) => (globalThis as unknown as FallbackPage).api[c as string]?.(i), [channel, input] as const);

test('without Electron: the app opens in Chromium, and set-up creates the register in the user data folder', async () => {
  test.setTimeout(60_000);
  const config = mkdtempSync(join(tmpdir(), 'cxr-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: config };
  delete env.CXR_DB;
  const userData = electronUserDataDir(productName, env, 'linux');
  const shell = await openBrowserShell({
    appRoot: ROOT,
    userDataDir: userData,
    chromiumPath: SYSTEM_CHROMIUM,
    headless: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    env,
  });
  try {
    const { page } = shell;
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));

    // The page comes from the app's files under the app's CSP, on a secure origin, with no Node in it.
    const reloaded = await page.reload();
    expect(reloaded?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.url()).toBe('https://register.invalid/index.html');
    expect(
      await page.evaluate(() => {
        const page = globalThis as unknown as FallbackPage;
        return [page.isSecureContext, typeof page.require];
      }),
    ).toEqual([true, 'undefined']);

    await expect(page.getByRole('heading', { name: 'Thiết lập sổ đăng ký lần đầu' })).toBeVisible();
    expect(shell.registerPath).toBe(join(config, productName, 'register', 'register.db'));
    expect(existsSync(shell.registerPath)).toBe(false);

    // Host channels answer like the app's while locked: refused.
    expect(await callApi(page, 'host.print', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await page.getByLabel('Tên đơn vị').fill(UNIT);
    await page.getByLabel('Tên đăng nhập của người quản trị').fill(ADMIN);
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Tạo sổ đăng ký' }).click();
    await expect(page.getByRole('heading', { name: 'Mã khôi phục của sổ đăng ký' })).toBeVisible({ timeout: 20_000 });

    // The encrypted register and its keys file, where Electron's app keeps them.
    expect(existsSync(shell.registerPath)).toBe(true);
    expect(existsSync(`${shell.registerPath}.keys`)).toBe(true);
    expect(readFileSync(shell.registerPath).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    await page.getByLabel('Tôi đã ghi mã khôi phục').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByTestId('frame-user')).toContainText(ADMIN);

    // Unlocked, the actor is the host's: the set-up admin, whatever the page sends. No OS save dialog here.
    const asSomeoneElse = await callApi(page, 'users.list', { actor: { userId: 'someone-else', roles: [] } });
    expect(asSomeoneElse).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await callApi(page, 'host.chooseSavePath', { defaultName: 'so-di.pdf', format: 'pdf' })).toEqual({
      ok: true,
      value: { path: null },
    });
    const listed = await callApi(page, 'users.list', {});
    expect(JSON.stringify(listed)).toContain(ADMIN);
    expect(problems).toEqual([]);
    // The open register keeps its write-ahead log beside it…
    expect(existsSync(`${shell.registerPath}-wal`)).toBe(true);

    // …until the window closes: then the register is locked (its connection closed, the log folded in).
    await page.close();
    await shell.closed;
    expect(existsSync(`${shell.registerPath}-wal`)).toBe(false);
    expect(existsSync(shell.registerPath)).toBe(true);
  } finally {
    await shell.close();
    rmSync(config, { recursive: true, force: true });
  }
});
