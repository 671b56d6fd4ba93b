import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.ts';
import { createAppProtocolHandler } from '../../../electron/main/protocol.ts';
import { APP_ENTRY_URL, mainWindowOptions } from '../../../electron/main/window-options.ts';
import { tempDir } from '../../support/temp-register.ts';

describe('main window options', () => {
  it('pins the hardening of every webPreferences switch', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs', true);
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.title).toBe('Sổ trao đổi tin mật');
  });

  it('allows DevTools only in an unpackaged (development) build', () => {
    expect(mainWindowOptions('/p', false).webPreferences?.devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app and no network at all', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    // The print preview's pdf.js worker: a module file from the app itself, never blob: or data:.
    expect(directives['worker-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('app:// protocol handler', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sổ</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  const handle = createAppProtocolHandler(root);
  const get = (url: string) => handle(new Request(url));

  it('serves the entry page with the CSP and nosniff headers', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Sổ');
  });

  it('serves built assets with their content type', async () => {
    const response = await get('app://register/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
  });

  it.each([
    'app://register/../secret.txt',
    'app://register/%2e%2e/secret.txt',
    'app://register/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://register/..%5csecret.txt',
    'app://other-host/index.html',
    'app://register/assets/app.js%00.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('refuses anything but GET and unknown file types', async () => {
    expect((await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(403);
    writeFileSync(join(root, 'data.bin'), 'x');
    expect((await get('app://register/data.bin')).status).toBe(404);
    expect((await get('app://register/missing.js')).status).toBe(404);
  });
});
