import { join } from 'node:path';
import type {
  BrowserWindow,
  FileFilter,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
  WebContentsPrintOptions,
} from 'electron';
import type { HostChannelName } from '../../core/api/host-channels.ts';
import {
  type FolderPurpose,
  type HostChannel,
  type HostOutput,
  type HostParsedInput,
  hostContract,
  type OpenDialogFormat,
  type SaveDialogFormat,
} from '../../core/api/host-contract.ts';
import { fail, ok, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';
import { type IpcMainLike, isTrustedSender } from './ipc.ts';

/** The pieces of Electron the host channels use, passed in so unit tests can hand over fakes. */
export interface HostShell {
  dialog: {
    showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  };
  /** The window that shows this page (the main window), or null. */
  windowOf(contents: WebContents): BrowserWindow | null;
  /** Where the file dialogs open (the person's Documents folder). */
  documentsDir(): string;
  /** Host dialogs open only while the register is unlocked, like every channel that is not public. */
  unlocked(): boolean;
}

type Handler = (sender: WebContents, input: unknown) => Promise<Result<unknown>>;

// The dialogs' words are Vietnamese, like the page: the shell has no translation files of its own.
const SAVE_FILTERS: Record<SaveDialogFormat, FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word (DOCX)', extensions: ['docx'] },
  xlsx: { name: 'Excel (XLSX)', extensions: ['xlsx'] },
  pub: { name: 'Tệp khóa công khai', extensions: ['pub'] },
};

const SAVE_TITLES: Record<SaveDialogFormat, string> = {
  pdf: 'Lưu PDF',
  docx: 'Lưu DOCX',
  xlsx: 'Xuất Excel',
  pub: 'Ghi tệp khóa công khai',
};

const OPEN_FILTERS: Record<OpenDialogFormat, FileFilter> = {
  cxrpkg: { name: 'Gói niêm phong (.cxrpkg)', extensions: ['cxrpkg'] },
};

const OPEN_TITLES: Record<OpenDialogFormat, string> = { cxrpkg: 'Chọn tệp gói' };

const FOLDER_TITLES: Record<FolderPurpose, string> = {
  backup: 'Chọn thư mục sao lưu',
  package: 'Chọn thư mục trên USB',
};

/**
 * Printing the preview: the page's print CSS shows only the rendered A4 pages, each filling one sheet, so the
 * sheet is A4 with no margins of its own (the document's Decree 30 margins are inside the page images). One copy:
 * the numbered copies ("Bản số n/N") are already separate pages of the document.
 */
export const PRINT_OPTIONS: WebContentsPrintOptions = {
  silent: false,
  printBackground: false,
  copies: 1,
  pageSize: 'A4',
  landscape: false,
  margins: { marginType: 'none' },
};

type DialogChannel = Exclude<HostChannel, 'host.print'>;

export function createHostHandlers(shell: HostShell): Record<HostChannelName, Handler> {
  const parse = <C extends HostChannel>(channel: C, input: unknown) => hostContract[channel].input.safeParse(input);

  /** Every dialog opens only while unlocked, only for valid input, and only on the main window. */
  const dialogHandler =
    <C extends DialogChannel>(
      channel: C,
      show: (window: BrowserWindow, input: HostParsedInput<C>) => Promise<HostOutput<C>>,
    ): Handler =>
    async (sender, input) => {
      if (!shell.unlocked()) return fail(new AppError('LOCKED').toShape());
      const parsed = parse(channel, input ?? {});
      if (!parsed.success) return fail(new AppError('VALIDATION').toShape());
      const window = shell.windowOf(sender);
      if (!window) return fail(new AppError('FORBIDDEN').toShape());
      return ok(await show(window, parsed.data as HostParsedInput<C>));
    };

  /** The first chosen path of an open dialog, or null when the person cancelled. */
  const firstPath = (answer: OpenDialogReturnValue) => ({ path: (!answer.canceled && answer.filePaths[0]) || null });

  return {
    'host.chooseSavePath': dialogHandler('host.chooseSavePath', async (window, { format, defaultName }) => {
      const answer = await shell.dialog.showSaveDialog(window, {
        title: SAVE_TITLES[format],
        defaultPath: join(shell.documentsDir(), defaultName),
        buttonLabel: 'Lưu',
        filters: [SAVE_FILTERS[format]],
        properties: ['createDirectory'],
      });
      if (answer.canceled || !answer.filePath) return { path: null };
      // Some dialogs (GTK) do not add the filter's extension; the channels that write the file require it.
      const path = answer.filePath.toLowerCase().endsWith(`.${format}`)
        ? answer.filePath
        : `${answer.filePath}.${format}`;
      return { path };
    }),

    'host.chooseOpenPath': dialogHandler('host.chooseOpenPath', async (window, { format }) =>
      firstPath(
        await shell.dialog.showOpenDialog(window, {
          title: OPEN_TITLES[format],
          defaultPath: shell.documentsDir(),
          buttonLabel: 'Chọn',
          filters: [OPEN_FILTERS[format]],
          properties: ['openFile'],
        }),
      ),
    ),

    'host.chooseFolder': dialogHandler('host.chooseFolder', async (window, { purpose }) =>
      firstPath(
        await shell.dialog.showOpenDialog(window, {
          title: FOLDER_TITLES[purpose],
          defaultPath: shell.documentsDir(),
          buttonLabel: 'Chọn thư mục',
          properties: ['openDirectory', 'createDirectory'],
        }),
      ),
    ),

    async 'host.print'(sender, input) {
      if (!shell.unlocked()) return fail(new AppError('LOCKED').toShape());
      if (!parse('host.print', input ?? {}).success) return fail(new AppError('VALIDATION').toShape());
      return new Promise<Result<unknown>>((resolve) => {
        sender.print(PRINT_OPTIONS, (success, failureReason) => {
          const reason = success ? null : failureReason === 'cancelled' ? 'cancelled' : 'failed';
          resolve(ok<HostOutput<'host.print'>>({ printed: success, reason }));
        });
      });
    },
  };
}

/** One ipcMain.handle per host channel, behind the same sender check as the contract channels. */
export function bindHostIpc(
  ipcMain: IpcMainLike,
  handlers: Record<HostChannelName, Handler>,
  trusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, async (event, input) => {
      if (!trusted(event)) return fail(new AppError('FORBIDDEN').toShape());
      try {
        return await handler(event.sender, input);
      } catch {
        // A dialog that cannot open is reported by code; the page says what to do.
        return fail(new AppError('INTERNAL').toShape());
      }
    });
  }
}
