import { join } from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNEL_NAMES } from '../../../core/api/host-channels.ts';
import { bindHostIpc, createHostHandlers, type HostShell, PRINT_OPTIONS } from '../../../electron/main/host.ts';

/**
 * The host channels (OS save dialog, system print) against fakes of Electron's dialog and webContents: the real
 * dialogs cannot open on these machines (no Electron binary, no display), so what electron/main asks of them is
 * pinned here, and the UI tests use a recording double of the same channels (tests/support/ui-bridge.ts).
 */
type PrintCallback = (success: boolean, failureReason: string) => void;

function fakes(options: { unlocked?: boolean; answer?: { canceled: boolean; filePath: string } } = {}) {
  const dialogCalls: { window: unknown; options: SaveDialogOptions }[] = [];
  const printCalls: { options: unknown; done: PrintCallback }[] = [];
  const mainWindow = { id: 'main' } as unknown as BrowserWindow;
  const contents = {
    print: (opts: unknown, done: PrintCallback) => printCalls.push({ options: opts, done }),
  } as unknown as WebContents;
  const stranger = { print: () => undefined } as unknown as WebContents;
  const shell: HostShell = {
    dialog: {
      showSaveDialog: async (window, opts) => {
        dialogCalls.push({ window, options: opts });
        return options.answer ?? { canceled: false, filePath: '/home/vanthu/Tài liệu/so-bmnn-di-2026.pdf' };
      },
    },
    windowOf: (c) => (c === contents ? mainWindow : null),
    documentsDir: () => '/home/vanthu/Tài liệu',
    unlocked: () => options.unlocked ?? true,
  };
  return { handlers: createHostHandlers(shell), dialogCalls, printCalls, mainWindow, contents, stranger };
}

describe('host.chooseSavePath (the OS save dialog)', () => {
  it('opens on the main window in the Documents folder with the proposed name and one filter, and returns the path', async () => {
    const f = fakes();
    const result = await f.handlers['host.chooseSavePath'](f.contents, {
      defaultName: 'so-bmnn-di-2026.pdf',
      format: 'pdf',
    });
    expect(result).toEqual({ ok: true, value: { path: '/home/vanthu/Tài liệu/so-bmnn-di-2026.pdf' } });
    expect(f.dialogCalls).toHaveLength(1);
    expect(f.dialogCalls[0]?.window).toBe(f.mainWindow);
    expect(f.dialogCalls[0]?.options).toEqual({
      title: 'Lưu PDF',
      defaultPath: join('/home/vanthu/Tài liệu', 'so-bmnn-di-2026.pdf'),
      buttonLabel: 'Lưu',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory'],
    });
  });

  it('adds the extension a dialog left off, and offers Word files for DOCX', async () => {
    const f = fakes({ answer: { canceled: false, filePath: '/tmp/so-di' } });
    expect(await f.handlers['host.chooseSavePath'](f.contents, { defaultName: 'so.docx', format: 'docx' })).toEqual({
      ok: true,
      value: { path: '/tmp/so-di.docx' },
    });
    expect(f.dialogCalls[0]?.options.filters).toEqual([{ name: 'Word (DOCX)', extensions: ['docx'] }]);
  });

  it('answers null when the person cancels', async () => {
    const f = fakes({ answer: { canceled: true, filePath: '' } });
    expect(await f.handlers['host.chooseSavePath'](f.contents, { defaultName: 'x.pdf', format: 'pdf' })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it.each([
    [{ defaultName: '../../etc/passwd', format: 'pdf' }],
    [{ defaultName: 'x.pdf', format: 'exe' }],
    [{ defaultName: '', format: 'pdf' }],
    [{ defaultName: 'x.pdf', format: 'pdf', defaultPath: '/etc' }],
  ])('refuses %j without opening a dialog', async (input) => {
    const f = fakes();
    expect(await f.handlers['host.chooseSavePath'](f.contents, input)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(f.dialogCalls).toEqual([]);
  });

  it('opens nothing while the register is locked, nor for a page that is not the main window', async () => {
    const locked = fakes({ unlocked: false });
    expect(
      await locked.handlers['host.chooseSavePath'](locked.contents, { defaultName: 'x.pdf', format: 'pdf' }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const f = fakes();
    expect(await f.handlers['host.chooseSavePath'](f.stranger, { defaultName: 'x.pdf', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect([...locked.dialogCalls, ...f.dialogCalls]).toEqual([]);
  });
});

describe('host.print (the system print dialog)', () => {
  it('prints the page with the system dialog, one copy, A4 without margins of its own', async () => {
    const f = fakes();
    const pending = f.handlers['host.print'](f.contents, {});
    expect(f.printCalls).toHaveLength(1);
    expect(f.printCalls[0]?.options).toEqual(PRINT_OPTIONS);
    expect(PRINT_OPTIONS).toMatchObject({ silent: false, copies: 1, pageSize: 'A4', margins: { marginType: 'none' } });
    f.printCalls[0]?.done(true, '');
    expect(await pending).toEqual({ ok: true, value: { printed: true, reason: null } });
  });

  it.each([
    ['cancelled', 'cancelled'],
    ['failed', 'failed'],
    ['Printer offline', 'failed'],
  ])('reports "%s" from the dialog as %s', async (failureReason, reason) => {
    const f = fakes();
    const pending = f.handlers['host.print'](f.contents, {});
    f.printCalls[0]?.done(false, failureReason);
    expect(await pending).toEqual({ ok: true, value: { printed: false, reason } });
  });

  it('does not print while locked or with unexpected input', async () => {
    const locked = fakes({ unlocked: false });
    expect(await locked.handlers['host.print'](locked.contents, {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    const f = fakes();
    expect(await f.handlers['host.print'](f.contents, { silent: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect([...locked.printCalls, ...f.printCalls]).toEqual([]);
  });
});

describe('binding the host channels', () => {
  type Listener = (event: unknown, input: unknown) => Promise<unknown>;

  function bound(handlers: ReturnType<typeof createHostHandlers>) {
    const listeners: Record<string, Listener> = {};
    bindHostIpc({ handle: (channel, listener) => (listeners[channel] = listener as Listener) }, handlers);
    return listeners;
  }

  it('binds exactly the host channels', () => {
    expect(Object.keys(bound(fakes().handlers)).sort()).toEqual([...HOST_CHANNEL_NAMES].sort());
  });

  it('answers a sender that is not our main frame with FORBIDDEN, without opening any dialog', async () => {
    const f = fakes();
    const listeners = bound(f.handlers);
    const frame = { url: 'https://evil.example/' };
    const event = { senderFrame: frame, sender: { ...f.contents, mainFrame: frame } };
    expect(await listeners['host.print']?.(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await listeners['host.chooseSavePath']?.(event, { defaultName: 'x.pdf', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(f.dialogCalls).toEqual([]);
    expect(f.printCalls).toEqual([]);
  });

  it('passes the trusted sender on, and turns a dialog that throws into INTERNAL', async () => {
    const f = fakes();
    const mainFrame = { url: 'app://register/index.html' };
    const contents = Object.assign(f.contents, { mainFrame });
    const listeners = bound(f.handlers);
    const event = { senderFrame: mainFrame, sender: contents } as unknown as IpcMainInvokeEvent;
    const path = await listeners['host.chooseSavePath']?.(event, { defaultName: 'x.pdf', format: 'pdf' });
    expect(path).toMatchObject({ ok: true });
    const throwing = createHostHandlers({
      dialog: {
        showSaveDialog: () => {
          throw new Error('no display');
        },
      },
      windowOf: () => ({}) as BrowserWindow,
      documentsDir: () => '/tmp',
      unlocked: () => true,
    });
    expect(await bound(throwing)['host.chooseSavePath']?.(event, { defaultName: 'x.pdf', format: 'pdf' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi nội bộ. Dữ liệu không bị thay đổi.' },
    });
  });
});
