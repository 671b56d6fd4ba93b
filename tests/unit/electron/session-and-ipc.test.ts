import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../core/api/channels.ts';
import { CHANNELS, contract } from '../../../core/api/contract.ts';
import { HOST_CHANNEL_NAMES } from '../../../core/api/host-channels.ts';
import { hostContract } from '../../../core/api/host-contract.ts';
import { handlers } from '../../../core/services/handlers.ts';
import { bindIpc, isTrustedSender } from '../../../electron/main/ipc.ts';
import { applySessionPolicy, guardWebContents, isAllowedUrl } from '../../../electron/main/security-policy.ts';
import { buildApi } from '../../../electron/preload/build-api.ts';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const recorded: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => {
      recorded.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: Listener) => {
      recorded.permissionCheck = h;
    },
    setDevicePermissionHandler: (h: Listener) => {
      recorded.devicePermission = h;
    },
    webRequest: {
      onBeforeRequest: (h: Listener) => {
        recorded.beforeRequest = h;
      },
    },
    protocol: {
      handle: (scheme: string, h: Listener) => {
        recorded[`protocol:${scheme}`] = h;
      },
    },
    on: (event: string, h: Listener) => {
      recorded[`on:${event}`] = h;
    },
  };
  return { session: session as unknown as Session, recorded };
}

function fakeContents() {
  const events: Record<string, Listener> = {};
  let windowOpen: Listener | undefined;
  const contents = {
    on: (event: string, h: Listener) => {
      events[event] = h;
    },
    setWindowOpenHandler: (h: Listener) => {
      windowOpen = h;
    },
    closeDevTools: () => undefined,
  };
  return { contents: contents as unknown as WebContents, events, windowOpen: () => windowOpen };
}

describe('session policy', () => {
  it('denies every permission request and check', () => {
    const { session, recorded } = fakeSession();
    applySessionPolicy(session, true);
    let granted: boolean | undefined;
    recorded.permissionRequest?.(null, 'media', (v: boolean) => {
      granted = v;
    });
    expect(granted).toBe(false);
    expect(recorded.permissionCheck?.()).toBe(false);
    expect(recorded.devicePermission?.()).toBe(false);
  });

  it.each([
    ['https://example.org/x', true],
    ['http://127.0.0.1:8080/', true],
    ['ws://localhost/', true],
    ['file:///etc/passwd', true],
    ['ftp://host/', true],
    ['devtools://devtools/bundled/x', true],
    ['app://register/index.html', false],
    ['app://other/index.html', true],
    ['data:image/png;base64,AAAA', false],
  ])('cancels a request to %s: %s', (url, cancelled) => {
    const { session, recorded } = fakeSession();
    applySessionPolicy(session, true);
    let verdict: { cancel: boolean } | undefined;
    recorded.beforeRequest?.({ url }, (v: { cancel: boolean }) => {
      verdict = v;
    });
    expect(verdict).toEqual({ cancel: cancelled });
  });

  it('answers file:// with 403 and blocks downloads', async () => {
    const { session, recorded } = fakeSession();
    applySessionPolicy(session, true);
    const response = (await recorded['protocol:file']?.(new Request('file:///etc/passwd'))) as Response;
    expect(response.status).toBe(403);
    let prevented = false;
    recorded['on:will-download']?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('lets DevTools load only in development', () => {
    expect(isAllowedUrl('devtools://devtools/x', false)).toBe(true);
    expect(isAllowedUrl('devtools://devtools/x', true)).toBe(false);
  });
});

describe('web contents guard', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const { contents, events, windowOpen } = fakeContents();
    guardWebContents(contents, true);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      events[name]?.({ preventDefault: () => (prevented = true) }, 'https://example.org');
      expect(prevented, name).toBe(true);
    }
    expect(windowOpen()?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(events['devtools-opened']).toBeDefined();
  });
});

describe('IPC parity: contract == main handlers == preload keys', () => {
  it('the preload channel list names exactly the contract channels', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('the host channel list names exactly the host contract, apart from the register contract', () => {
    expect([...HOST_CHANNEL_NAMES].sort()).toEqual(Object.keys(hostContract).sort());
    expect(HOST_CHANNEL_NAMES.filter((c) => (CHANNEL_NAMES as readonly string[]).includes(c))).toEqual([]);
  });

  it('the built preload loads nothing but electron (a sandboxed preload cannot require packages)', () => {
    const built = join(import.meta.dirname, '../../../out/preload/index.cjs');
    expect(existsSync(built), 'out/preload/index.cjs missing: run `npm run build` (npm test builds first)').toBe(true);
    const requires = [...readFileSync(built, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(requires)]).toEqual(['electron']);
  });

  it('binds exactly one ipcMain handler per contract channel', () => {
    const bound: string[] = [];
    bindIpc({ handle: (channel) => bound.push(channel) }, CHANNELS, async () => ({ ok: true, value: null }));
    expect(bound.sort()).toEqual(Object.keys(contract).sort());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('builds window.api with exactly the contract channels, each invoking its own channel', async () => {
    const calls: unknown[][] = [];
    const api = buildApi({ invoke: async (...args: unknown[]) => calls.push(args) } as never, CHANNELS);
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['agreements.get']?.({ code: 'VN-LA' });
    await api['app.status']?.();
    expect(calls).toEqual([
      ['agreements.get', { code: 'VN-LA' }],
      ['app.status', {}],
    ]);
  });

  it('the preload exposes window.api (contract + host channel names) and window.work (long calls), nothing else', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../electron/preload/index.ts'), 'utf8');
    expect(source).toContain(
      "contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer, [...CHANNEL_NAMES, ...HOST_CHANNEL_NAMES]))",
    );
    expect(source).toContain("contextBridge.exposeInMainWorld('work', buildWork(ipcRenderer))");
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(2);
  });

  it('answers an untrusted sender with FORBIDDEN without reaching the router', async () => {
    const listeners: Record<string, Listener> = {};
    let reached = false;
    bindIpc({ handle: (channel, listener) => (listeners[channel] = listener as Listener) }, CHANNELS, async () => {
      reached = true;
      return { ok: true, value: null };
    });
    const mainFrame = { url: 'https://evil.example/' };
    const result = await listeners['app.status']?.({ senderFrame: mainFrame, sender: { mainFrame } }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(reached).toBe(false);
  });

  it('trusts only the main frame of an app:// page', () => {
    const mainFrame = { url: 'app://register/index.html' };
    const sub = { url: 'app://register/index.html' };
    const event = (frame: unknown) => ({ senderFrame: frame, sender: { mainFrame } }) as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(event(mainFrame))).toBe(true);
    expect(isTrustedSender(event(sub))).toBe(false);
    expect(isTrustedSender(event(null))).toBe(false);
    expect(
      isTrustedSender({ senderFrame: { url: 'file:///x' }, sender: { mainFrame: { url: 'file:///x' } } } as never),
    ).toBe(false);
  });
});
