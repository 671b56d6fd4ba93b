import type { IpcRenderer } from 'electron';

/**
 * window.api: exactly one function per contract channel, each a thin ipcRenderer.invoke. The page never sees
 * ipcRenderer itself, so it cannot reach a channel that is not in the contract.
 */
export function buildApi(ipc: Pick<IpcRenderer, 'invoke'>, channels: readonly string[]) {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of channels) api[channel] = (input) => ipc.invoke(channel, input ?? {});
  return Object.freeze(api);
}
