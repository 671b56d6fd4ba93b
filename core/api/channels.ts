/**
 * The channel names alone, with no schema library behind them: the sandboxed preload can load nothing but
 * 'electron', so it builds window.api from this list. contract.ts must define exactly these (checked at compile
 * time there and by the IPC parity test).
 */
export const CHANNEL_NAMES = [
  'app.status',
  'session.setup',
  'session.unlock',
  'session.lock',
  'session.recover',
  'session.changePassword',
  'key.reveal',
  'key.rotate',
  'users.list',
  'users.add',
  'users.disable',
  'users.resetPassword',
  'users.setRoles',
  'audit.verify',
  'audit.list',
  'audit.redact',
  'settings.update',
  'backup.create',
  'items.add',
  'items.get',
  'items.list',
  'items.search',
  'training.populate',
  'items.exportXlsx',
  'items.importPreview',
  'items.importCommit',
  'print.register',
  'print.envelope',
  'print.receipt',
  'keys.show',
  'keys.export',
  'keys.trust',
  'keys.revoke',
  'agreements.list',
  'agreements.get',
  'agreements.updateEquivalences',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
