import { openEncrypted, type Sqlite } from '../../db/connection.ts';
import { keysPathOf, readKeysFile } from '../../db/keys/keys-file.ts';
import { normalizeRecoveryCode } from '../../db/keys/recovery-code.ts';
import { openRecoverySlot, recoverySlotOf } from '../../db/keys/vault.ts';

/** The master key of a test register, from its recovery code, as an attacker holding the code could get it. */
export async function masterKeyOf(path: string, recoveryCode: string): Promise<Buffer> {
  const keys = readKeysFile(keysPathOf(path));
  const slot = recoverySlotOf(keys);
  const [key] = (slot && (await openRecoverySlot(keys, slot, normalizeRecoveryCode(recoveryCode)))) || [];
  if (!key) throw new Error('recovery code did not unwrap the key');
  return key;
}

/** Opens a test register's file directly, bypassing the app, to read or tamper with it. */
export async function openRaw(path: string, recoveryCode: string): Promise<Sqlite> {
  return openEncrypted(path, await masterKeyOf(path, recoveryCode), { create: false });
}
