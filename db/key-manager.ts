import { randomBytes } from 'node:crypto';
import type { KeyManager } from '../core/ports/register-host.ts';
import type { Sqlite } from './connection.ts';
import type { KdfParams } from './keys/key-slots.ts';
import { readKeysFile, type UserSlot, writeKeysFile } from './keys/keys-file.ts';
import { recoveryKitOf } from './keys/recovery-kit.ts';
import { openUserSlot, promotePendingSeals, withoutUserSlot, withPendingSeals, withUserSlot } from './keys/vault.ts';

export interface OpenKeys {
  sqlite: Sqlite;
  /** The master key of the open register; zeroed when the register is locked. */
  master: Buffer;
}

export const pragmasFor = (master: Buffer) => [
  "PRAGMA cipher = 'sqlcipher';",
  'PRAGMA legacy = 4;',
  `PRAGMA key = "x'${master.toString('hex')}'";`,
];

/** Re-keys the open database in place. WAL is left for the rewrite: SQLite3MultipleCiphers re-keys safely only
 *  with a rollback journal, where the whole rewrite is one transaction. */
function rekeyDatabase(sqlite: Sqlite, newMaster: Buffer): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma(`rekey = "x'${newMaster.toString('hex')}'"`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
}

export function keyManager(keysPath: string, kdf: KdfParams, current: () => OpenKeys): KeyManager {
  return {
    async setPassword(user, password) {
      const open = current();
      const keys = await withUserSlot(readKeysFile(keysPath), open.master, user, password, kdf);
      writeKeysFile(keysPath, keys);
    },
    removeSlot(userId) {
      writeKeysFile(keysPath, withoutUserSlot(readKeysFile(keysPath), userId));
    },
    hasSlot(userId) {
      return readKeysFile(keysPath).slots.some((s) => s.kind === 'user' && s.userId === userId);
    },
    async checkPassword(userId, password) {
      const keys = readKeysFile(keysPath);
      const slot = keys.slots.find((s): s is UserSlot => s.kind === 'user' && s.userId === userId);
      const opened = slot ? await openUserSlot(keys, slot, password) : null;
      for (const key of opened ?? []) key.fill(0);
      return !!opened;
    },
    async rotate() {
      const open = current();
      const newMaster = randomBytes(32);
      // 1. Seal the new key to every slot first, so an interruption after step 2 still leaves a way in.
      writeKeysFile(keysPath, withPendingSeals(readKeysFile(keysPath), newMaster));
      // 2. Re-key the register.
      rekeyDatabase(open.sqlite, newMaster);
      // 3. The new seals become the only ones; an old copy of a slot now opens only the old key.
      const keys = promotePendingSeals(readKeysFile(keysPath));
      writeKeysFile(keysPath, keys);
      open.master.fill(0);
      newMaster.copy(open.master);
      newMaster.fill(0);
      return { epoch: keys.epoch, recoveryKit: recoveryKitOf(keys) };
    },
  };
}
