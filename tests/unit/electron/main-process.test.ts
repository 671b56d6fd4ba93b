import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../core/api/contract.ts';
import { HOST_CHANNEL_NAMES } from '../../../core/api/host-channels.ts';
import { WORK_IPC } from '../../../core/api/work-bridge.ts';
import { APP_ENTRY_URL, mainWindowOptions } from '../../../electron/main/window-options.ts';
import { tempDir } from '../../support/temp-register.ts';

/**
 * The Electron binary cannot run on these machines, so the composition in electron/main/index.ts is pinned here
 * against a recording stand-in for the 'electron' module: what it registers, in which order, with which options.
 */
const repoRoot = join(import.meta.dirname, '..', '..', '..');
const userData = tempDir('cxr-userdata-');
afterAll(userData.cleanup);

const rec = vi.hoisted(() => ({
  calls: [] as string[],
  privileged: [] as unknown[],
  ipcChannels: [] as string[],
  ipcEvents: [] as string[],
  windows: [] as { options: unknown; loaded: string[]; contentProtection: boolean }[],
  appEvents: {} as Record<string, (...args: unknown[]) => unknown>,
  protocolSchemes: [] as string[],
  ready: undefined as undefined | (() => void),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record = { options: undefined as unknown, loaded: [] as string[], contentProtection: false };
    constructor(options: unknown) {
      this.record.options = options;
      rec.windows.push(this.record);
      rec.calls.push('BrowserWindow');
    }
    setContentProtection(v: boolean) {
      this.record.contentProtection = v;
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: () => rec.calls.push('permissions'),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: () => rec.calls.push('onBeforeRequest') },
      protocol: { handle: (scheme: string) => rec.calls.push(`session.protocol:${scheme}`) },
      on: () => undefined,
    },
  };
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => {
        rec.calls.push('singleInstanceLock');
        return true;
      },
      quit: () => rec.calls.push('quit'),
      on: (event: string, h: (...args: unknown[]) => unknown) => {
        rec.appEvents[event] = h;
      },
      whenReady: () =>
        new Promise<void>((resolve) => {
          rec.ready = resolve;
        }),
      getAppPath: () => repoRoot,
      getPath: () => userData.dir,
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    Menu: { setApplicationMenu: (menu: unknown) => rec.calls.push(`menu:${String(menu)}`) },
    dialog: { showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) },
    ipcMain: {
      handle: (channel: string) => rec.ipcChannels.push(channel),
      on: (channel: string) => rec.ipcEvents.push(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        rec.calls.push('registerSchemesAsPrivileged');
        rec.privileged.push(...schemes);
      },
      handle: (scheme: string) => {
        rec.calls.push(`protocol:${scheme}`);
        rec.protocolSchemes.push(scheme);
      },
    },
    session,
  };
});

describe('electron/main/index.ts', () => {
  it('registers app:// as a secure standard scheme and takes the single-instance lock before ready', async () => {
    await import('../../../electron/main/index.ts');
    expect(rec.calls.slice(0, 2)).toEqual(['registerSchemesAsPrivileged', 'singleInstanceLock']);
    expect(rec.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
    ]);
    expect(rec.windows).toHaveLength(0);
    expect(Object.keys(rec.appEvents).sort()).toEqual(['second-instance', 'web-contents-created', 'window-all-closed']);
  });

  it('on ready: applies the session policy before any window, serves app://, binds every channel, opens one hardened window', async () => {
    rec.ready?.();
    await vi.waitFor(() => expect(rec.windows).toHaveLength(1));
    const order = rec.calls.filter((c) => ['permissions', 'protocol:app', 'BrowserWindow'].includes(c));
    expect(order).toEqual(['permissions', 'protocol:app', 'BrowserWindow']);
    expect(rec.calls).toContain('session.protocol:file');
    // Electron's default menu (reload, developer tools) is removed before any window exists.
    expect(rec.calls.indexOf('menu:null')).toBeGreaterThanOrEqual(0);
    expect(rec.calls.indexOf('menu:null')).toBeLessThan(rec.calls.indexOf('BrowserWindow'));
    // Every contract channel, and the host channels (OS save and print dialogs) behind the same sender check.
    expect(rec.ipcChannels.sort()).toEqual([...CHANNELS, ...HOST_CHANNEL_NAMES, WORK_IPC.run].sort());
    // The only fire-and-forget message the page may send: cancelling its own long call.
    expect(rec.ipcEvents).toEqual([WORK_IPC.cancel]);
    const [window] = rec.windows;
    expect(window?.options).toEqual(mainWindowOptions(join(repoRoot, 'out', 'preload', 'index.cjs'), true));
    expect(window?.loaded).toEqual([APP_ENTRY_URL]);
    expect(window?.contentProtection).toBe(true);
    expect(rec.appEvents['before-quit']).toBeDefined();
  });
});
