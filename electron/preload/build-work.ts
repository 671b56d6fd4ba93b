import type { IpcRenderer } from 'electron';
import { type PageWorkApi, WORK_IPC, type WorkProgress } from '../../core/api/work-bridge.ts';

/**
 * window.work: long calls with progress and cancel over three IPC names. The page never sees ipcRenderer; progress
 * events reach the one listener the page registered, with only the {id, done, total} it needs.
 */
export function buildWork(ipc: Pick<IpcRenderer, 'invoke' | 'send' | 'on'>): PageWorkApi {
  let listener: ((progress: WorkProgress) => void) | null = null;
  ipc.on(WORK_IPC.progress, (_event, progress: WorkProgress) =>
    listener?.({ id: String(progress.id), done: Number(progress.done), total: Number(progress.total) }),
  );
  return Object.freeze({
    run: (id: string, channel: string, input: unknown) => ipc.invoke(WORK_IPC.run, { id, channel, input: input ?? {} }),
    cancel: (id: string) => ipc.send(WORK_IPC.cancel, id),
    onProgress: (next: (progress: WorkProgress) => void) => {
      listener = next;
    },
  });
}
