import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../core/domain/errors.ts';
import { openEncrypted, type Sqlite } from './connection.ts';
import { copyFileAtomic } from './files/atomic-write.ts';
import { storageError } from './files/media-error.ts';
import { keysPathOf, readKeysFile } from './keys/keys-file.ts';

/**
 * Copies the (still encrypted) register and its keys file. The WAL is checkpointed first so the main file alone
 * holds every committed page; the SQLite backup API is not used because it would write the copy unencrypted. Both go
 * through the atomic writer, so a full stick leaves no short copy; a register copied without its keys file is removed.
 */
function copyRegister(db: Sqlite, registerPath: string, target: string): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileAtomic(registerPath, target);
  try {
    copyFileAtomic(keysPathOf(registerPath), keysPathOf(target));
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

export function backupBeforeMigration(db: Sqlite, registerPath: string, fromVersion: number, at: string): string {
  const dir = join(dirname(registerPath), 'backups');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, `${basename(registerPath)}.schema-v${fromVersion}.${at.replace(/[:.]/g, '-')}`);
  copyRegister(db, registerPath, target);
  return target;
}

/** A backup the user asked for: written, then opened with the same key and checked before it is reported done. */
export function backupTo(db: Sqlite, master: Buffer, registerPath: string, outDir: string, at: string): string {
  const dir = resolve(outDir);
  if (!existsSync(dir)) throw new AppError('VALIDATION', `Thư mục sao lưu không tồn tại: ${dir}`);
  const target = join(dir, `${basename(registerPath, '.db')}-${at.replace(/[:.]/g, '-')}.db`);
  if (existsSync(target)) throw new AppError('VALIDATION', `Tệp sao lưu đã tồn tại: ${target}`);
  try {
    copyRegister(db, registerPath, target);
    const keys = readKeysFile(keysPathOf(target));
    const copy = openEncrypted(target, master, { create: false });
    try {
      const meta = copy.prepare('SELECT register_id FROM register_meta').get() as { register_id: string } | undefined;
      const check = copy.pragma('quick_check', { simple: true });
      if (meta?.register_id !== keys.registerId || check !== 'ok')
        throw new AppError('INTEGRITY', 'Bản sao lưu không mở được đúng; đã xóa bản hỏng.');
    } finally {
      copy.close();
    }
    return target;
  } catch (error) {
    for (const path of [target, keysPathOf(target), `${target}-wal`, `${target}-shm`]) rmSync(path, { force: true });
    // Opening the copy to check it writes its -wal/-shm beside it: a stick full to the last byte fails there.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_NOTADB' || String(code).startsWith('SQLITE_CORRUPT'))
      throw new AppError('INTEGRITY', 'Bản sao lưu đọc lại từ thiết bị không mở được đúng; đã xóa bản hỏng.');
    throw storageError(error, target);
  }
}
