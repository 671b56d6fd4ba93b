import { openEncrypted, type Sqlite } from '../../db/connection.ts';
import { recoverySlotAad, unwrapKey } from '../../db/keys/key-slots.ts';
import { keysPathOf, readKeysFile } from '../../db/keys/keys-file.ts';
import { normalizeRecoveryCode } from '../../db/keys/recovery-code.ts';

/** Opens a test register's file directly with its recovery code, as an attacker holding the key could. */
export async function openRaw(path: string, recoveryCode: string): Promise<Sqlite> {
  const keys = readKeysFile(keysPathOf(path));
  const slot = keys.slots.find((s) => s.kind === 'recovery');
  const key = slot && (await unwrapKey(slot, normalizeRecoveryCode(recoveryCode), recoverySlotAad(keys.registerId)));
  if (!key) throw new Error('recovery code did not unwrap the key');
  return openEncrypted(path, key, { create: false });
}
