import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { RegisterSettings } from '../domain/settings.ts';
import { dailyAuditCheck } from './audit-daily.ts';
import { ownPublicFile } from './unit-keys.ts';
import type { Workspace } from '../ports/register-host.ts';

export async function setUpRegister(
  deps: Deps,
  input: ParsedInput<'session.setup'>,
): Promise<ChannelOutput<'session.setup'>> {
  if (deps.host.exists()) throw new AppError('REGISTER_EXISTS');
  const at = deps.clock.now().toISOString();
  const { recoveryCode, recoveryKit, actor } = await deps.host.create(input, at);
  // The unit's signing and receiving keys are made at set-up, inside the new register (issue 6).
  const ws = deps.host.workspace();
  if (ws) await ownPublicFile(ws, { actor }, at);
  return { recoveryCode, recoveryKit, user: actor };
}

export async function unlockRegister(
  deps: Deps,
  input: ParsedInput<'session.unlock'>,
): Promise<ChannelOutput<'session.unlock'>> {
  if (!deps.host.exists()) throw new AppError('REGISTER_NOT_INITIALISED');
  const user = await deps.host.unlock(input.userName, input.password, deps.clock.now().toISOString());
  const ws = deps.host.workspace();
  const auditCheck = ws ? await dailyAuditCheck(ws, user, deps.clock.now()) : null;
  return { user, auditCheck };
}

export function lockRegister(deps: Deps): ChannelOutput<'session.lock'> {
  const ws = deps.host.workspace();
  const actor = deps.host.actor();
  if (ws && actor) {
    const at = deps.clock.now().toISOString();
    ws.transact(() =>
      ws.audit.append({ actor, action: 'session.locked', entity: 'user', entityId: actor.id, change: {} }, at),
    );
  }
  deps.host.lock();
  return { locked: true };
}

export async function recoverAccess(
  deps: Deps,
  input: ParsedInput<'session.recover'>,
): Promise<ChannelOutput<'session.recover'>> {
  const { actor: user, notice } = await deps.host.recover(input, deps.clock.now().toISOString());
  // Recovery unlocks too: the day's check runs as at any unlock.
  const ws = deps.host.workspace();
  if (ws) await dailyAuditCheck(ws, user, deps.clock.now());
  return { user, ...(notice ? { notice } : {}) };
}

export async function changeOwnPassword(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'session.changePassword'>,
  at: string,
): Promise<ChannelOutput<'session.changePassword'>> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('LOCKED');
  if (input.newPassword.toLocaleLowerCase('vi').includes(actor.name.toLocaleLowerCase('vi'))) {
    throw new AppError('VALIDATION', undefined, [
      { path: 'newPassword', message: 'Mật khẩu không được chứa tên đăng nhập.' },
    ]);
  }
  if (!(await ws.keys.checkPassword(actor.id, input.currentPassword))) {
    throw new AppError('WRONG_CREDENTIALS', 'Mật khẩu hiện tại không đúng.');
  }
  await ws.keys.setPassword(actor, input.newPassword);
  ws.transact(() =>
    ws.audit.append({ actor, action: 'user.password_changed', entity: 'user', entityId: actor.id, change: {} }, at),
  );
  return { changed: true };
}

export async function revealKey(deps: Deps, input: ParsedInput<'key.reveal'>): Promise<ChannelOutput<'key.reveal'>> {
  return { pragmas: await deps.host.revealKey(input.recoveryCode, deps.clock.now().toISOString()) };
}

export async function rotateKey(ws: Workspace, ctx: CallContext, at: string): Promise<ChannelOutput<'key.rotate'>> {
  const result = await ws.keys.rotate();
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'key.rotated',
        entity: 'register',
        entityId: ws.meta().registerId,
        change: { info: { epoch: result.epoch } },
      },
      at,
    ),
  );
  return result;
}

export function createBackup(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'backup.create'>,
  at: string,
): ChannelOutput<'backup.create'> {
  const path = ws.backup(input.outDir, at);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'backup.created',
        entity: 'register',
        entityId: ws.meta().registerId,
        change: { info: { path } },
      },
      at,
    ),
  );
  return { path };
}

const SETTING_KEYS = ['idleLockMinutes', 'incidentDraftHours', 'incidentAddressee', 'documentSymbol'] as const;
const DOCUMENT_SETTING_KEYS = [
  'placeName',
  'parentBody',
  'archiveUnit',
  'archiveCopies',
  'signingAuthority',
  'signerHeadTitle',
  'signerTitle',
  'signerName',
] as const satisfies readonly (keyof RegisterSettings)[];

/** Stores each setting the input names, one audited `settings.changed` event per key that really changed. */
function saveSettings<K extends keyof RegisterSettings>(
  ws: Workspace,
  ctx: CallContext,
  input: Partial<Pick<RegisterSettings, K>>,
  keys: readonly K[],
  at: string,
): RegisterSettings {
  ws.transact(() => {
    for (const key of keys) {
      const value = input[key];
      if (value === undefined) continue;
      const row = ws.settings.set(key, value as RegisterSettings[K]);
      if (row)
        ws.audit.append(
          { actor: ctx.actor, action: 'settings.changed', entity: 'settings', entityId: key, change: { rows: [row] } },
          at,
        );
    }
  });
  return ws.settings.get();
}

export function updateSettings(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'settings.update'>,
  at: string,
): ChannelOutput<'settings.update'> {
  return saveSettings(ws, ctx, input, SETTING_KEYS, at);
}

/** The unit's document settings (place, parent body, "Lưu", default signer): an empty text is stored as not set. */
export function updateDocumentSettings(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'settings.updateDocuments'>,
  at: string,
): ChannelOutput<'settings.updateDocuments'> {
  return saveSettings(ws, ctx, input, DOCUMENT_SETTING_KEYS, at);
}
