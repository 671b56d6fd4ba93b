import { test as base, expect } from '@playwright/test';
import { guardPage } from '../support/ui-guard.ts';
import { startUiServer } from '../support/ui-server.ts';
import type { PageGlobals } from '../support/ui-page-types.ts';

/**
 * The guard itself must work, or every other UI test would pass vacuously: a page that fetches, embeds or
 * navigates off-origin, or logs an error, must be reported.
 */
base('guard: off-origin loads, CSP violations and console errors are all reported', async ({ page, context }) => {
  const server = await startUiServer();
  try {
    const guard = await guardPage(context, page, server.origin);
    await page.goto(`${server.origin}/index.html`);
    expect(guard.problems).toEqual([]);

    await page.evaluate(() => fetch('http://127.0.0.1:9/leak').catch(() => undefined));
    await expect.poll(() => guard.problems.some((p) => p.startsWith('CSP violation: connect-src'))).toBe(true);

    await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const img = document.createElement('img');
      img.src = 'http://192.0.2.1/pixel.png';
      document.body.append(img);
    });
    await expect.poll(() => guard.problems.some((p) => p.startsWith('CSP violation: img-src'))).toBe(true);

    await page.evaluate(() => console.error('boom'));
    await expect.poll(() => guard.problems.includes('console error: boom')).toBe(true);

    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'http://192.0.2.1/elsewhere';
    });
    await expect.poll(() => guard.problems.some((p) => p.startsWith('off-origin request'))).toBe(true);
  } finally {
    await server.close();
  }
});

base('ui server: serves with the CSP header and refuses paths outside its root', async ({ request }) => {
  const server = await startUiServer();
  try {
    const index = await request.get(`${server.origin}/`);
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers()['content-security-policy']).toContain("connect-src 'none'");
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
    ]) {
      const response = await request.get(`${server.origin}${path}`);
      expect([400, 403, 404], path).toContain(response.status());
      expect(await response.text(), path).not.toContain('"name"');
    }
    expect((await request.post(`${server.origin}/index.html`)).status()).toBe(405);
  } finally {
    await server.close();
  }
});
