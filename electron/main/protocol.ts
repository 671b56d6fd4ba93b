import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { APP_HOST } from './window-options.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Headers on every app:// response: the CSP travels with the page, not in a meta tag a bug could drop. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Serves the built renderer from rootDir for app://register/…; anything that would resolve outside rootDir
 * (../, encoded slashes, another host) is refused, so the page can never read other files on the computer.
 * `host` is the page's host: app://register in Electron; the browser fallback (electron/browser) serves the same
 * files, through this same handler, under its own host.
 */
export function createAppProtocolHandler(rootDir: string, host: string = APP_HOST) {
  const root = resolve(rootDir);
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== host || request.method !== 'GET') return new Response('Forbidden', { status: 403 });
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return new Response('Bad request', { status: 400 });
    const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!target.startsWith(root + sep)) return new Response('Forbidden', { status: 403 });
    const contentType = CONTENT_TYPES[extname(target).toLowerCase()];
    if (!contentType) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(target);
      return new Response(body, { status: 200, headers: securityHeaders(contentType) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
