import { join } from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNEL_NAMES } from '../../../core/api/host-channels.ts';
import { bindHostIpc, createHostHandlers, type HostShell, PRINT_OPTIONS } from '../../../electron/main/host.ts';

/**
 * The host channels (OS save, open and folder dialogs, system print) against fakes of Electron's dialog and webContents: the real
 * dialogs cannot open on these machines (no Electron binary, no display), so what electron/main asks of them is
 * pinned here, and the UI tests use a recording double of the same channels (tests/support/ui-bridge.ts).
 */
type PrintCallback = (success: boolean, failureReason: string) => void;

interface FakeOptions {
  unlocked?: boolean;
  answer?: { canceled: boolean; filePath: string };
  openAnswer?: { canceled: boolean; filePaths: string[] };
}

function fakes(options: FakeOptions = {}) {
  const dialogCalls: { window: unknown; options: SaveDialogOptions }[] = [];
  const openCalls: { window: unknown; options: OpenDialogOptions }[] = [];
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
      showOpenDialog: async (window, opts) => {
        openCalls.push({ window, options: opts });
        return (
          options.openAnswer ?? {
            canceled: false,
            filePaths: ['/media/vanthu/USB/cxr-incidents-000001-1b4e28ba.cxrpkg'],
          }
        );
      },
    },
    windowOf: (c) => (c === contents ? mainWindow : null),
    documentsDir: () => '/home/vanthu/Tài liệu',
    unlocked: () => options.unlocked ?? true,
  };
  return { handlers: createHostHandlers(shell), dialogCalls, openCalls, printCalls, mainWindow, contents, stranger };
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

  it('offers Excel for the register export and the public key file for the key, each under its own title', async () => {
    const f = fakes({ answer: { canceled: false, filePath: '/tmp/so-den' } });
    expect(await f.handlers['host.chooseSavePath'](f.contents, { defaultName: 'so.xlsx', format: 'xlsx' })).toEqual({
      ok: true,
      value: { path: '/tmp/so-den.xlsx' },
    });
    expect(await f.handlers['host.chooseSavePath'](f.contents, { defaultName: 'khoa.pub', format: 'pub' })).toEqual({
      ok: true,
      value: { path: '/tmp/so-den.pub' },
    });
    expect(f.dialogCalls.map((c) => [c.options.title, c.options.filters])).toEqual([
      ['Xuất Excel', [{ name: 'Excel (XLSX)', extensions: ['xlsx'] }]],
      ['Ghi tệp khóa công khai', [{ name: 'Tệp khóa công khai', extensions: ['pub'] }]],
    ]);
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

describe('host.chooseOpenPath (the OS open dialog, for a package on the stick)', () => {
  it('opens on the main window in the Documents folder for one existing .cxrpkg file, and returns its path', async () => {
    const f = fakes();
    expect(await f.handlers['host.chooseOpenPath'](f.contents, { format: 'cxrpkg' })).toEqual({
      ok: true,
      value: { path: '/media/vanthu/USB/cxr-incidents-000001-1b4e28ba.cxrpkg' },
    });
    expect(f.openCalls).toHaveLength(1);
    expect(f.openCalls[0]?.window).toBe(f.mainWindow);
    expect(f.openCalls[0]?.options).toEqual({
      title: 'Chọn tệp gói',
      defaultPath: '/home/vanthu/Tài liệu',
      buttonLabel: 'Chọn',
      filters: [{ name: 'Gói niêm phong (.cxrpkg)', extensions: ['cxrpkg'] }],
      properties: ['openFile'],
    });
    expect(f.dialogCalls).toEqual([]);
  });

  it.each([
    [{ canceled: true, filePaths: [] }],
    [{ canceled: true, filePaths: ['/tmp/x.cxrpkg'] }],
    [{ canceled: false, filePaths: [] }],
  ])('answers null when nothing was chosen (%j)', async (openAnswer) => {
    const f = fakes({ openAnswer });
    expect(await f.handlers['host.chooseOpenPath'](f.contents, { format: 'cxrpkg' })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it.each([[{ format: 'exe' }], [{}], [{ format: 'cxrpkg', defaultPath: '/etc' }]])(
    'refuses %j without opening a dialog',
    async (input) => {
      const f = fakes();
      expect(await f.handlers['host.chooseOpenPath'](f.contents, input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
      expect(f.openCalls).toEqual([]);
    },
  );
});

describe('host.chooseFolder (the OS folder dialog)', () => {
  it.each([
    ['backup', 'Chọn thư mục sao lưu'],
    ['package', 'Chọn thư mục trên USB'],
  ])(
    'for %s: opens a folder picker on the main window under its title, and returns the folder',
    async (purpose, title) => {
      const f = fakes({ openAnswer: { canceled: false, filePaths: ['/media/vanthu/USB'] } });
      expect(await f.handlers['host.chooseFolder'](f.contents, { purpose })).toEqual({
        ok: true,
        value: { path: '/media/vanthu/USB' },
      });
      expect(f.openCalls[0]?.window).toBe(f.mainWindow);
      expect(f.openCalls[0]?.options).toEqual({
        title,
        defaultPath: '/home/vanthu/Tài liệu',
        buttonLabel: 'Chọn thư mục',
        properties: ['openDirectory', 'createDirectory'],
      });
    },
  );

  it('answers null when the person cancels, and refuses unknown input without opening a dialog', async () => {
    const f = fakes({ openAnswer: { canceled: true, filePaths: [] } });
    expect(await f.handlers['host.chooseFolder'](f.contents, { purpose: 'backup' })).toEqual({
      ok: true,
      value: { path: null },
    });
    const g = fakes();
    for (const input of [{ purpose: 'root' }, {}, { purpose: 'backup', defaultPath: '/' }]) {
      expect(await g.handlers['host.chooseFolder'](g.contents, input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(g.openCalls).toEqual([]);
  });

  it('opens no open or folder dialog while the register is locked, nor for a page that is not the main window', async () => {
    const locked = fakes({ unlocked: false });
    const f = fakes();
    for (const [channel, input] of [
      ['host.chooseOpenPath', { format: 'cxrpkg' }],
      ['host.chooseFolder', { purpose: 'package' }],
    ] as const) {
      expect(await locked.handlers[channel](locked.contents, input)).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
      expect(await f.handlers[channel](f.stranger, input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect([...locked.openCalls, ...f.openCalls]).toEqual([]);
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
    expect(await listeners['host.chooseOpenPath']?.(event, { format: 'cxrpkg' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await listeners['host.chooseFolder']?.(event, { purpose: 'backup' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(f.dialogCalls).toEqual([]);
    expect(f.openCalls).toEqual([]);
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
        showOpenDialog: () => Promise.reject(new Error('no display')),
      },
      windowOf: () => ({}) as BrowserWindow,
      documentsDir: () => '/tmp',
      unlocked: () => true,
    });
    const internal = {
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi nội bộ. Dữ liệu không bị thay đổi.' },
    };
    expect(await bound(throwing)['host.chooseSavePath']?.(event, { defaultName: 'x.pdf', format: 'pdf' })).toEqual(
      internal,
    );
    expect(await bound(throwing)['host.chooseFolder']?.(event, { purpose: 'backup' })).toEqual(internal);
  });
});
