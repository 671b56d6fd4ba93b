import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/domain/errors.ts';
import type { Sqlite } from './connection.ts';

export interface Migration {
  idx: number;
  tag: string;
  when: number;
  sha256: string;
  statements: string[];
}

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

/**
 * Reads drizzle-kit's output. drizzle's own migrator silently skips an out-of-order journal entry; here the journal
 * must be exactly 0, 1, 2, … with increasing timestamps, or nothing is applied.
 */
export function loadMigrations(folder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map((entry, position) => {
    const previous = journal.entries[position - 1];
    if (entry.idx !== position || (previous && entry.when <= previous.when)) {
      throw new Error(`Migration journal out of order at entry ${position} (${entry.tag})`);
    }
    const text = readFileSync(join(folder, `${entry.tag}.sql`), 'utf8');
    return {
      ...entry,
      sha256: createHash('sha256').update(text).digest('hex'),
      statements: text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)`;

export function schemaVersionOf(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migrations this register still needs; refuses a register written by a newer app, or one whose history differs. */
export function pendingMigrations(db: Sqlite, migrations: Migration[]): Migration[] {
  const version = schemaVersionOf(db);
  if (version > migrations.length) throw new AppError('REGISTER_NEWER_THAN_APP');
  if (version > 0) {
    const applied = db.prepare('SELECT idx, tag, sha256 FROM schema_migrations ORDER BY idx').all() as {
      idx: number;
      tag: string;
      sha256: string;
    }[];
    for (const row of applied) {
      const known = migrations[row.idx];
      if (!known || known.tag !== row.tag || known.sha256 !== row.sha256) {
        throw new AppError('INTEGRITY', `Lịch sử cập nhật lược đồ của sổ không khớp với ứng dụng (bước ${row.idx}).`);
      }
    }
  }
  return migrations.slice(version);
}

/** All pending migrations in one transaction: the register is either fully upgraded or untouched. */
export function applyMigrations(db: Sqlite, pending: Migration[], at: string): void {
  if (pending.length === 0) return;
  db.transaction(() => {
    db.exec(LEDGER);
    const record = db.prepare('INSERT INTO schema_migrations (idx, tag, sha256, applied_at) VALUES (?, ?, ?, ?)');
    for (const migration of pending) {
      for (const statement of migration.statements) db.exec(statement);
      record.run(migration.idx, migration.tag, migration.sha256, at);
    }
    const last = pending[pending.length - 1];
    if (last) db.pragma(`user_version = ${last.idx + 1}`);
  }).immediate();
}
