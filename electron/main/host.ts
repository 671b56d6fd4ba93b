import { join } from 'node:path';
import type {
  BrowserWindow,
  FileFilter,
  IpcMainInvokeEvent,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
  WebContentsPrintOptions,
} from 'electron';
import type { HostChannelName } from '../../core/api/host-channels.ts';
import { type HostChannel, type HostOutput, hostContract } from '../../core/api/host-contract.ts';
import { fail, ok, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';
import { type IpcMainLike, isTrustedSender } from './ipc.ts';

/** The pieces of Electron the host channels use, passed in so unit tests can hand over fakes. */
export interface HostShell {
  dialog: { showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue> };
  /** The window that shows this page (the main window), or null. */
  windowOf(contents: WebContents): BrowserWindow | null;
  /** Where the save dialog opens (the person's Documents folder). */
  documentsDir(): string;
  /** Host dialogs open only while the register is unlocked, like every channel that is not public. */
  unlocked(): boolean;
}

type Handler = (sender: WebContents, input: unknown) => Promise<Result<unknown>>;

const FILTERS: Record<'pdf' | 'docx', FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word (DOCX)', extensions: ['docx'] },
};

const TITLES = { pdf: 'Lưu PDF', docx: 'Lưu DOCX' } as const;

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

export function createHostHandlers(shell: HostShell): Record<HostChannelName, Handler> {
  const parse = <C extends HostChannel>(channel: C, input: unknown) => hostContract[channel].input.safeParse(input);
  return {
    async 'host.chooseSavePath'(sender, input) {
      if (!shell.unlocked()) return fail(new AppError('LOCKED').toShape());
      const parsed = parse('host.chooseSavePath', input ?? {});
      if (!parsed.success) return fail(new AppError('VALIDATION').toShape());
      const window = shell.windowOf(sender);
      if (!window) return fail(new AppError('FORBIDDEN').toShape());
      const { format, defaultName } = parsed.data;
      const answer = await shell.dialog.showSaveDialog(window, {
        title: TITLES[format],
        defaultPath: join(shell.documentsDir(), defaultName),
        buttonLabel: 'Lưu',
        filters: [FILTERS[format]],
        properties: ['createDirectory'],
      });
      if (answer.canceled || !answer.filePath) return ok<HostOutput<'host.chooseSavePath'>>({ path: null });
      // Some dialogs (GTK) do not add the filter's extension; the print channels require it.
      const path = answer.filePath.toLowerCase().endsWith(`.${format}`)
        ? answer.filePath
        : `${answer.filePath}.${format}`;
      return ok<HostOutput<'host.chooseSavePath'>>({ path });
    },

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
