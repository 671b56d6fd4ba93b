import type { IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../core/domain/errors.ts';
import { fail, type Result } from '../../core/api/result.ts';
import { APP_ORIGIN } from './window-options.ts';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Only our own page, in its main frame, may call: a stray frame or a foreign page gets FORBIDDEN. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** One ipcMain.handle per contract channel, each going through the router; nothing else is reachable over IPC. */
export function bindIpc(
  ipcMain: IpcMainLike,
  channels: readonly string[],
  dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>,
  trusted: (event: IpcMainInvokeEvent) => boolean = isTrustedSender,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input) => {
      if (!trusted(event)) return fail(new AppError('FORBIDDEN').toShape());
      return dispatch(channel, input);
    });
  }
}
