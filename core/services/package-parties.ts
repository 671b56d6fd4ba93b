import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import { fingerprintOf } from '../exchange/public-key-file.ts';
import type { TrustedSigner } from '../exchange/package/index.ts';
import type { TrustedKeyRecord, Workspace } from '../ports/register-host.ts';
import { ownPublicFile } from './unit-keys.ts';

/** This installation as a package party: its fingerprint and the private halves, which never leave core. */
export async function ownParty(ws: Workspace, ctx: CallContext, at: string) {
  const fingerprint = fingerprintOf(await ownPublicFile(ws, ctx, at));
  const keys = ws.unitKeys.own();
  if (!keys) throw new AppError('INTERNAL', 'Chưa có khóa của đơn vị.');
  return {
    unitName: ws.meta().unitName,
    fingerprint,
    ageRecipient: keys.ageRecipient,
    ageIdentity: keys.ageIdentity,
    signingPublic: keys.signingPublic,
    signingPrivate: keys.signingPrivate,
  };
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** A partner chosen by the name in its trusted key file, or by its fingerprint; never a revoked one. */
export function trustedPeer(ws: Workspace, nameOrFingerprint: string, mode: 'unit' | 'receiver'): TrustedKeyRecord {
  const wanted = fold(nameOrFingerprint).replace(/\s+/g, ' ');
  const hex = wanted.replace(/\s+/g, '');
  const matches = ws.unitKeys
    .trusted()
    .filter((k) => k.fingerprint === hex || fold(k.unitName) === wanted)
    .filter((k) => k.mode === mode);
  const active = matches.filter((k) => !k.revokedAt);
  if (active.length === 1 && active[0]) return active[0];
  if (active.length > 1)
    throw new AppError(
      'VALIDATION',
      `Có ${active.length} khóa tin cậy cùng tên "${nameOrFingerprint}": chọn theo dấu vân tay.`,
    );
  if (matches.length > 0)
    throw new AppError('PACKAGE_SIGNER_REVOKED', `Khóa của "${nameOrFingerprint}" đã bị thu hồi.`);
  throw new AppError(
    'NOT_FOUND',
    `Chưa tin cậy khóa nào của "${nameOrFingerprint}"${mode === 'receiver' ? ' (Công an tỉnh)' : ''}. Nhận tệp khóa công khai và đối chiếu dấu vân tay trước.`,
  );
}

/** The trusted-key lookup the codec checks signatures with; in read-back the unit's own key answers too. */
export function signerLookup(ws: Workspace, own?: { fingerprint: string; signingPublic: string }) {
  const trusted = new Map(ws.unitKeys.trusted().map((k) => [k.fingerprint, k]));
  return (fingerprint: string): TrustedSigner | null => {
    if (own && fingerprint === own.fingerprint) return { signingPublic: own.signingPublic, revoked: false };
    const key = trusted.get(fingerprint);
    return key ? { signingPublic: key.signingPublic, revoked: key.revokedAt !== null } : null;
  };
}

/** Sequence numbers below the highest seen that never arrived. */
export function missingSequences(seen: number[]): number[] {
  const have = new Set(seen);
  const highest = Math.max(0, ...seen);
  const missing: number[] = [];
  for (let n = 1; n < highest; n++) if (!have.has(n)) missing.push(n);
  return missing;
}
