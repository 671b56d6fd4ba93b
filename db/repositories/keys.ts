import type { KeysRepository, TrustedKeyRecord } from '../../core/ports/register-host.ts';
import { insertChange, readRow, updateChange } from '../audit/audited-tables.ts';
import type { Sqlite } from '../connection.ts';

type Row = Record<string, unknown>;

const toTrusted = (r: Row): TrustedKeyRecord => ({
  fingerprint: r.fingerprint as string,
  unitName: r.unit_name as string,
  mode: r.mode as string,
  signingPublic: r.signing_public as string,
  ageRecipient: r.age_recipient as string,
  publicFile: r.public_file as string,
  trustedAt: r.trusted_at as string,
  trustedBy: r.trusted_by as string,
  revokedAt: (r.revoked_at as string | null) ?? null,
  revokedBy: (r.revoked_by as string | null) ?? null,
});

export function keysRepository(sqlite: Sqlite): KeysRepository {
  const own = sqlite.prepare(
    'SELECT signing_private, signing_public, age_identity, age_recipient, created_at FROM unit_keys WHERE id = 1',
  );
  const storeOwn = sqlite.prepare(
    'INSERT INTO unit_keys (id, signing_private, signing_public, age_identity, age_recipient, created_at) VALUES (1, ?, ?, ?, ?, ?)',
  );
  const all = sqlite.prepare('SELECT * FROM trusted_keys ORDER BY trusted_at');
  const insert = sqlite.prepare(
    'INSERT INTO trusted_keys (fingerprint, unit_name, mode, signing_public, age_recipient, public_file, trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const revoke = sqlite.prepare(
    'UPDATE trusted_keys SET revoked_at = ?, revoked_by = ? WHERE fingerprint = ? AND revoked_at IS NULL',
  );
  return {
    own() {
      const r = own.get() as Row | undefined;
      return r
        ? {
            signingPrivate: r.signing_private as string,
            signingPublic: r.signing_public as string,
            ageIdentity: r.age_identity as string,
            ageRecipient: r.age_recipient as string,
            createdAt: r.created_at as string,
          }
        : null;
    },
    storeOwn(k) {
      storeOwn.run(k.signingPrivate, k.signingPublic, k.ageIdentity, k.ageRecipient, k.createdAt);
    },
    trusted: () => (all.all() as Row[]).map(toTrusted),
    trust(k) {
      insert.run(
        k.fingerprint,
        k.unitName,
        k.mode,
        k.signingPublic,
        k.ageRecipient,
        k.publicFile,
        k.trustedAt,
        k.trustedBy,
      );
      return insertChange('trusted_keys', readRow(sqlite, 'trusted_keys', { fingerprint: k.fingerprint }) ?? {});
    },
    revoke(fingerprint, at, by) {
      const before = readRow(sqlite, 'trusted_keys', { fingerprint });
      if (!before || revoke.run(at, by, fingerprint).changes === 0) return null;
      return updateChange('trusted_keys', before, readRow(sqlite, 'trusted_keys', { fingerprint }) ?? {});
    },
  };
}
