import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Sqlite } from './connection.ts';
import { keysPathOf } from './keys/keys-file.ts';

/**
 * Copies the (still encrypted) register and its keys file before a schema change. The WAL is checkpointed first so
 * the main file alone holds every committed page; the SQLite backup API is not used because it would write the
 * copy unencrypted.
 */
export function backupBeforeMigration(db: Sqlite, registerPath: string, fromVersion: number, at: string): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const dir = join(dirname(registerPath), 'backups');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = at.replace(/[:.]/g, '-');
  const target = join(dir, `${basename(registerPath)}.schema-v${fromVersion}.${stamp}`);
  copyFileSync(registerPath, target);
  copyFileSync(keysPathOf(registerPath), keysPathOf(target));
  return target;
}
