import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isChannel } from '../../core/api/contract.ts';
import { fail, type Result } from '../../core/api/result.ts';
import { WORK_IPC } from '../../core/api/work-bridge.ts';
import { AppError } from '../../core/domain/errors.ts';
import type { CallOptions } from '../worker/register-client.ts';
import { type IpcMainLike, isTrustedSender } from './ipc.ts';

export interface WorkIpcMain extends IpcMainLike {
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
}

type Run = (channel: string, input: unknown, options: CallOptions) => Promise<Result<unknown>>;

/**
 * Long calls from the page: the same sender check and contract channels as bindIpc, plus progress sent back to
 * the calling page only and a cancel that only the same page can ask for (ids are the page's, kept per sender).
 */
export function bindWorkIpc(
  ipcMain: WorkIpcMain,
  run: Run,
  trusted: (event: IpcMainInvokeEvent | IpcMainEvent) => boolean = isTrustedSender,
): void {
  const running = new Map<string, AbortController>();
  const key = (event: IpcMainInvokeEvent | IpcMainEvent, id: unknown) => `${event.sender.id}:${String(id)}`;

  ipcMain.handle(WORK_IPC.run, async (event, raw) => {
    if (!trusted(event)) return fail(new AppError('FORBIDDEN').toShape());
    const { id, channel, input } = (raw ?? {}) as { id?: unknown; channel?: unknown; input?: unknown };
    if (typeof id !== 'string' || id.length === 0 || id.length > 100 || typeof channel !== 'string')
      return fail(new AppError('VALIDATION').toShape());
    if (!isChannel(channel)) return fail(new AppError('UNKNOWN_CHANNEL').toShape());
    const controller = new AbortController();
    running.set(key(event, id), controller);
    try {
      return await run(channel, input, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (!event.sender.isDestroyed()) event.sender.send(WORK_IPC.progress, { id, done, total });
        },
      });
    } finally {
      running.delete(key(event, id));
    }
  });

  ipcMain.on(WORK_IPC.cancel, (event, id) => {
    if (trusted(event)) running.get(key(event, id))?.abort();
  });
}
