/**
 * Host channels: what only the desktop shell can do for the page — the operating system's file dialogs (save, open,
 * folder) and its print dialog. They are not part of the register's contract (core cannot open a window or a printer): electron/main
 * implements them (electron/main/host.ts), the preload exposes them next to the contract channels with the same
 * sender checks, and the UI tests replace them with a recording double (tests/support/ui-bridge.ts), because an OS
 * dialog cannot run there. Names only, like channels.ts, so the sandboxed preload needs no schema library.
 */
export const HOST_CHANNEL_NAMES = [
  'host.chooseSavePath',
  'host.chooseOpenPath',
  'host.chooseFolder',
  'host.print',
] as const;

export type HostChannelName = (typeof HOST_CHANNEL_NAMES)[number];
