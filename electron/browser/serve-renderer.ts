import type { Route } from '@playwright/test';
import { createAppProtocolHandler } from '../main/protocol.ts';

/**
 * The page's origin in the browser fallback. Chromium will not load a page from an unknown scheme like app://, so
 * the fallback uses an https origin under `.invalid` (RFC 2606: never resolves) and answers every request itself
 * (page.route); Chromium is also told to resolve no host at all (browser-window.ts). Nothing listens on a port.
 */
export const BROWSER_HOST = 'register.invalid';
export const BROWSER_ORIGIN = `https://${BROWSER_HOST}`;
export const BROWSER_ENTRY_URL = `${BROWSER_ORIGIN}/index.html`;

/**
 * The route handler for every request of the browser context: the built renderer through the very handler that
 * serves app:// in Electron (same path confinement, same CSP and security headers); any other address is refused
 * before it leaves the browser.
 */
export function serveRenderer(rendererDir: string): (route: Route) => Promise<void> {
  const handle = createAppProtocolHandler(rendererDir, BROWSER_HOST);
  return async (route) => {
    const request = route.request();
    if (new URL(request.url()).origin !== BROWSER_ORIGIN) return route.abort('blockedbyclient');
    const response = await handle(new Request(request.url(), { method: request.method() }));
    await route.fulfill({
      status: response.status,
      // A rebuilt renderer (npm start builds first) must never be answered from the profile's cache.
      headers: { ...Object.fromEntries(response.headers), 'cache-control': 'no-store' },
      body: Buffer.from(await response.arrayBuffer()),
    });
  };
}
