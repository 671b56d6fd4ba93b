import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_TYPES as APP_CONTENT_TYPES, securityHeaders } from '../../electron/main/protocol.ts';

/**
 * Serves the built renderer (out/renderer) to the UI tests on 127.0.0.1 with the CSP the app ships, so a test
 * passes only if the page works under the real policy. GET/HEAD only, paths confined to the root, no directory
 * listings, nothing cached.
 */
export interface UiServer {
  origin: string;
  close(): Promise<void>;
}

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

// The app:// handler's own table and headers, so the tests serve exactly what the app serves (plus source maps).
const CONTENT_TYPES: Record<string, string> = { ...APP_CONTENT_TYPES, '.map': 'application/json; charset=utf-8' };

function headers(contentType: string): Record<string, string> {
  return { ...securityHeaders(contentType), 'Cache-Control': 'no-store' };
}

/** Maps a URL path to a file under root, or null when it would leave root or is malformed. */
export function resolveUnderRoot(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return target.startsWith(root + sep) ? target : null;
}

export async function startUiServer(rootDir: string = RENDERER_DIR): Promise<UiServer> {
  const root = resolve(rootDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}. Build it first: npx electron-vite build`);
  }
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, headers('text/plain; charset=utf-8'));
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    const target = resolveUnderRoot(root, req.url ?? '/');
    if (!target) return send(403, 'Forbidden');
    const contentType = CONTENT_TYPES[extname(target).toLowerCase()];
    if (!contentType) return send(404, 'Not found');
    try {
      const body = await readFile(target);
      res.writeHead(200, { ...headers(contentType), 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(404, 'Not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
