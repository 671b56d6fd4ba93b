import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import {
  fingerprintOf,
  groupedFingerprint,
  parsePublicKeyFile,
  publicKeyFileText,
} from '../exchange/public-key-file.ts';
import { generateUnitKeys } from '../exchange/unit-keys.ts';
import type { Workspace } from '../ports/register-host.ts';

/**
 * This installation's public key file. The keys are made at set-up, or on first use in a register created before
 * keys existed.
 */
export async function ownPublicFile(ws: Workspace, ctx: CallContext, at: string): Promise<string> {
  let own = ws.unitKeys.own();
  if (!own) {
    const generated = await generateUnitKeys();
    own = { ...generated, createdAt: at };
    const record = own;
    const meta = ws.meta();
    const text = publicKeyFileText({
      format: 'cxr-public-key',
      version: 1,
      unitName: meta.unitName,
      mode: meta.mode,
      signingKey: record.signingPublic,
      ageRecipient: record.ageRecipient,
    });
    ws.transact(() => {
      ws.unitKeys.storeOwn(record);
      ws.audit.append(
        {
          actor: ctx.actor,
          action: 'keys.generated',
          entity: 'keys',
          entityId: fingerprintOf(text),
          change: { info: { fingerprint: fingerprintOf(text) } },
        },
        at,
      );
    });
  }
  const meta = ws.meta();
  return publicKeyFileText({
    format: 'cxr-public-key',
    version: 1,
    unitName: meta.unitName,
    mode: meta.mode,
    signingKey: own.signingPublic,
    ageRecipient: own.ageRecipient,
  });
}

export async function showKeys(ws: Workspace, ctx: CallContext, at: string): Promise<ChannelOutput<'keys.show'>> {
  const publicFile = await ownPublicFile(ws, ctx, at);
  const fingerprint = fingerprintOf(publicFile);
  const file = parsePublicKeyFile(publicFile);
  return {
    fingerprint,
    fingerprintGrouped: groupedFingerprint(fingerprint),
    unitName: file.unitName,
    mode: file.mode,
    signingKey: file.signingKey,
    ageRecipient: file.ageRecipient,
    publicFile,
    trusted: ws.unitKeys.trusted().map(({ publicFile: _file, ...k }) => k),
  };
}

export async function exportPublicKey(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'keys.export'>,
  at: string,
): Promise<ChannelOutput<'keys.export'>> {
  const publicFile = await ownPublicFile(ws, ctx, at);
  const path = deps.files.write(input.outPath, Buffer.from(publicFile, 'utf8'));
  return { path, fingerprint: fingerprintOf(publicFile) };
}

/**
 * Trusts a partner's key file only when the fingerprint typed from their printed key sheet matches the file: a file
 * swapped on the way (on the USB stick, say) is refused.
 */
export async function trustKey(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'keys.trust'>,
  at: string,
): Promise<ChannelOutput<'keys.trust'>> {
  const file = parsePublicKeyFile(input.publicFile);
  const text = input.publicFile;
  const fingerprint = fingerprintOf(text);
  if (fingerprint !== input.fingerprint.replace(/\s+/g, '').toLowerCase()) {
    throw new AppError(
      'INTEGRITY',
      'Dấu vân tay không khớp với tệp khóa: không tin cậy tệp này. Đối chiếu lại với tờ khóa in của đơn vị gửi.',
    );
  }
  if (fingerprint === fingerprintOf(await ownPublicFile(ws, ctx, at)))
    throw new AppError('VALIDATION', 'Đây là khóa của chính đơn vị này.');
  const existing = ws.unitKeys.trusted().find((k) => k.fingerprint === fingerprint);
  if (existing && !existing.revokedAt) return { fingerprint, unitName: existing.unitName, alreadyTrusted: true };
  if (existing) throw new AppError('VALIDATION', 'Khóa này đã bị thu hồi; không tin cậy lại.');
  ws.transact(() => {
    const row = ws.unitKeys.trust({
      fingerprint,
      unitName: file.unitName,
      mode: file.mode,
      signingPublic: file.signingKey,
      ageRecipient: file.ageRecipient,
      publicFile: text,
      trustedAt: at,
      trustedBy: ctx.actor?.name ?? '',
      revokedAt: null,
      revokedBy: null,
    });
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'keys.trusted',
        entity: 'trusted_key',
        entityId: fingerprint,
        change: { rows: [row] },
      },
      at,
    );
  });
  return { fingerprint, unitName: file.unitName, alreadyTrusted: false };
}

export function revokeKey(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'keys.revoke'>,
  at: string,
): ChannelOutput<'keys.revoke'> {
  const fingerprint = input.fingerprint.replace(/\s+/g, '').toLowerCase();
  return ws.transact(() => {
    const row = ws.unitKeys.revoke(fingerprint, at, ctx.actor?.name ?? '');
    if (!row) throw new AppError('NOT_FOUND', 'Không có khóa đang được tin cậy với dấu vân tay này.');
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'keys.revoked',
        entity: 'trusted_key',
        entityId: fingerprint,
        change: { rows: [row] },
      },
      at,
    );
    return { fingerprint, revoked: true as const };
  });
}
