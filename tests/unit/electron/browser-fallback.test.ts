import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { HOST_CHANNEL_NAMES, type HostChannelName } from '../../../core/api/host-channels.ts';
import { hostContract } from '../../../core/api/host-contract.ts';
import { appWindowArgs } from '../../../electron/browser/browser-window.ts';
import { createBrowserHostAnswers } from '../../../electron/browser/host-answers.ts';
import { BROWSER_ORIGIN, serveRenderer } from '../../../electron/browser/serve-renderer.ts';
import { electronUserDataDir } from '../../../electron/browser/user-data.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.ts';
import { tempDir } from '../../support/temp-register.ts';

/**
 * The browser fallback's pieces that need no browser (tests/ui/start-fallback.spec.ts runs the whole fallback in
 * the real Chromium): its host answers, where it finds the user's data, its window's command line, and how it
 * answers requests.
 */

/** A valid input per host channel, typed by the channel list: a new host channel needs one here too. */
const VALID_INPUT: Record<HostChannelName, unknown> = {
  'host.chooseSavePath': { defaultName: 'so-bmnn-di-2026.pdf', format: 'pdf' },
  'host.chooseOpenPath': { format: 'cxrpkg' },
  'host.chooseFolder': { purpose: 'backup' },
  'host.print': {},
};

describe('host channels in the browser (no OS dialog)', () => {
  const answers = createBrowserHostAnswers(() => true);

  it('answers every channel of the host channel list with an output its contract accepts', async () => {
    for (const channel of HOST_CHANNEL_NAMES) {
      const result = await answers[channel](VALID_INPUT[channel]);
      expect(result.ok, channel).toBe(true);
      if (result.ok) expect(hostContract[channel].output.safeParse(result.value).success, channel).toBe(true);
    }
  });

  it('chooses no path (the screen keeps the typed one) and reports that nothing was printed', async () => {
    expect(await answers['host.chooseSavePath'](VALID_INPUT['host.chooseSavePath'])).toEqual({
      ok: true,
      value: { path: null },
    });
    expect(await answers['host.print']({})).toEqual({ ok: true, value: { printed: false, reason: 'failed' } });
  });

  it('refuses while the register is locked and on input its contract refuses, like electron/main', async () => {
    const locked = createBrowserHostAnswers(() => false);
    for (const channel of HOST_CHANNEL_NAMES) {
      const result = await locked[channel](VALID_INPUT[channel]);
      expect(result.ok ? null : result.error.code, channel).toBe('LOCKED');
    }
    const bad = await answers['host.chooseSavePath']({ defaultName: '../../etc/passwd', format: 'pdf' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
    const extra = await answers['host.print']({ silent: true });
    expect(extra.ok ? null : extra.error.code).toBe('VALIDATION');
  });
});

describe("the user's data folder, as Electron names it", () => {
  const name = 'Sổ trao đổi tin mật';
  it('is <XDG_CONFIG_HOME or ~/.config>/<productName> on Linux', () => {
    expect(electronUserDataDir(name, {}, 'linux', '/home/an')).toBe(`/home/an/.config/${name}`);
    expect(electronUserDataDir(name, { XDG_CONFIG_HOME: '/srv/cfg' }, 'linux', '/home/an')).toBe(`/srv/cfg/${name}`);
  });
  it('is %APPDATA%\\<productName> on Windows and Application Support on macOS', () => {
    expect(electronUserDataDir(name, { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'win32', 'C:\\Users\\an')).toBe(
      join('C:\\Users\\an\\AppData\\Roaming', name),
    );
    expect(electronUserDataDir(name, {}, 'darwin', '/Users/an')).toBe(`/Users/an/Library/Application Support/${name}`);
  });
});

describe("the app window's command line", () => {
  const args = appWindowArgs();
  it('is an app window (no tabs or address bar) of the Electron window size that starts on no address', () => {
    expect(args).toContain('--app=data:text/html,');
    expect(args).toContain('--window-size=1280,820');
  });
  it('resolves no host name at all, so nothing can reach a network even past the route', () => {
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
  });
});

/** A route as Playwright hands it to the handler: the request's address and method, and what was answered. */
function routeFor(url: string, method = 'GET') {
  const answered: { fulfilled?: { status: number; headers: Record<string, string>; body: Buffer }; aborted?: string } =
    {};
  const route = {
    request: () => ({ url: () => url, method: () => method }),
    fulfill: async (response: { status: number; headers: Record<string, string>; body: Buffer }) => {
      answered.fulfilled = response;
    },
    abort: async (reason: string) => {
      answered.aborted = reason;
    },
  } as unknown as Route;
  return { route, answered };
}

describe('requests in the browser window', () => {
  const work = tempDir('cxr-browser-serve-');
  afterAll(work.cleanup);
  const renderer = join(work.dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Sổ</title>');
  writeFileSync(join(work.dir, 'secret.txt'), 'outside the renderer');
  const serve = serveRenderer(renderer);

  it("serves the built renderer from the app's origin with the app's CSP and no caching", async () => {
    const { route, answered } = routeFor(`${BROWSER_ORIGIN}/index.html`);
    await serve(route);
    expect(answered.fulfilled?.status).toBe(200);
    expect(answered.fulfilled?.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answered.fulfilled?.headers['cache-control']).toBe('no-store');
    expect(answered.fulfilled?.body.toString()).toContain('<title>Sổ</title>');
  });

  it('refuses paths outside the renderer and any other method', async () => {
    const outside = routeFor(`${BROWSER_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`);
    await serve(outside.route);
    expect(outside.answered.fulfilled?.status).toBe(403);
    expect(outside.answered.fulfilled?.body.toString()).not.toContain('outside the renderer');
    const post = routeFor(`${BROWSER_ORIGIN}/index.html`, 'POST');
    await serve(post.route);
    expect(post.answered.fulfilled?.status).toBe(403);
  });

  it('aborts every request to another address before it leaves the browser', async () => {
    for (const url of ['https://example.com/', 'http://register.invalid/index.html', 'http://127.0.0.1:8080/']) {
      const { route, answered } = routeFor(url);
      await serve(route);
      expect(answered, url).toEqual({ aborted: 'blockedbyclient' });
    }
  });
});
