import Database from 'better-sqlite3';
import { AppError } from '../core/domain/errors.ts';
import { registerSearchFunctions } from './search-functions.ts';

export type Sqlite = Database.Database;

const HEX_KEY = /^[0-9a-f]{64}$/;

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Maps SQLite's damage codes to the one error a person can act on; other errors pass through. */
export function asDamageError(error: unknown): unknown {
  const code = sqliteCode(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('REGISTER_DAMAGED');
  return error;
}

/**
 * Opens an encrypted register (SQLCipher-4 compatible through SQLite3MultipleCiphers). The key is set before
 * anything else and proven by a read: a wrong key only shows as SQLITE_NOTADB on the first read. Only a validated
 * hex string reaches the PRAGMA text, so nothing user-controlled is interpolated into SQL.
 */
export function openEncrypted(path: string, key: Buffer, options: { create: boolean; readOnly?: boolean }): Sqlite {
  const keyHex = key.toString('hex');
  if (!HEX_KEY.test(keyHex)) throw new AppError('INTERNAL', 'Khóa sổ không hợp lệ.');
  const db = new Database(path, { fileMustExist: !options.create, readonly: options.readOnly === true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_NOTADB') {
        throw new AppError(
          'KEYS_FILE_INVALID',
          'Khóa không mở được tệp sổ này: tệp khóa của sổ khác, hoặc tệp sổ bị hỏng.',
        );
      }
      throw asDamageError(error);
    }
    // A reader beside the app's own connection (the verify workers) sets nothing that writes to the file.
    if (options.readOnly) {
      db.pragma('cache_size = -65536');
      db.pragma('busy_timeout = 5000');
      return db;
    }
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Deleted classified text is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('cache_size = -65536');
    // A second writer (another window or the CLI) waits for the lock instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // The search index's triggers call them on every write of an item (db/search-functions.ts).
    registerSearchFunctions(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
