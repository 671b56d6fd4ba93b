import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../db/connection.ts';

import { keysPathOf } from '../../../db/keys/keys-file.ts';
import { applyMigrations, loadMigrations, type Migration, schemaVersionOf } from '../../../db/migrate.ts';
import { masterKeyOf as rawMasterKeyOf } from '../../support/raw-register.ts';
import {
  ADMIN,
  createTestRegister,
  hostFor,
  MIGRATIONS_DIR,
  tempDir,
  type TestRegister,
} from '../../support/temp-register.ts';

const NOW = '2026-11-23T08:00:00.000Z';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

async function register(): Promise<TestRegister> {
  const r = await createTestRegister();
  cleanups.push(r.cleanup);
  return r;
}

const masterKeyOf = (r: TestRegister) => rawMasterKeyOf(r.path, r.recoveryCode);

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const extraMigration = (idx: number): Migration => ({
  idx,
  tag: `${String(idx).padStart(4, '0')}_test_extra`,
  when: Date.now() + 1000,
  sha256: 'test',
  statements: ['CREATE TABLE test_extra (id INTEGER PRIMARY KEY)'],
});

describe('migrations', () => {
  const migrations = loadMigrations(MIGRATIONS_DIR);

  it('journal is strictly ordered: idx 0..n-1 with increasing timestamps, one SQL file per entry', () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
    const entries = journal.entries as { idx: number; when: number; tag: string }[];
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((entry, i) => {
      expect(entry.idx).toBe(i);
      if (i > 0) expect(entry.when).toBeGreaterThan(entries[i - 1]?.when ?? Number.POSITIVE_INFINITY);
    });
    const sqlFiles = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
    expect(sqlFiles.sort()).toEqual(entries.map((e) => `${e.tag}.sql`).sort());
  });

  it('refuses an out-of-order journal instead of skipping an entry', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const journalPath = join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    const first = journal.entries[0];
    journal.entries.push({ ...first, idx: journal.entries.length, when: first.when - 1, tag: first.tag });
    writeFileSync(journalPath, JSON.stringify(journal));
    expect(() => loadMigrations(dir)).toThrow(/out of order/);
  });

  it.each(migrations.map((m) => [m.tag, m.idx] as const))(
    'migration %s applies on top of the ones before it',
    async (_tag, idx) => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      const db = openEncrypted(join(dir, 'm.db'), Buffer.alloc(32, 7), { create: true });
      applyMigrations(db, migrations.slice(0, idx), NOW);
      applyMigrations(db, migrations.slice(idx, idx + 1), NOW);
      expect(schemaVersionOf(db)).toBe(idx + 1);
      expect(db.prepare('SELECT tag FROM schema_migrations WHERE idx = ?').get(idx)).toEqual({
        tag: migrations[idx]?.tag,
      });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    },
  );

  it('refuses a register written by a newer app and leaves the file untouched', async () => {
    const r = await register();
    const key = await masterKeyOf(r);
    r.host.lock();
    const db = openEncrypted(r.path, key, { create: false });
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(r.path);
    await expect(r.host.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({
      code: 'REGISTER_NEWER_THAN_APP',
    });
    expect(sha(r.path)).toBe(before);
  });

  it('refuses a register whose applied migration differs from the app’s', async () => {
    const r = await register();
    const key = await masterKeyOf(r);
    r.host.lock();
    const db = openEncrypted(r.path, key, { create: false });
    db.prepare("UPDATE schema_migrations SET sha256 = 'edited' WHERE idx = 0").run();
    db.close();
    await expect(r.host.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({ code: 'INTEGRITY' });
  });

  it('backs up the encrypted register and its keys before upgrading, then applies the new step', async () => {
    const r = await register();
    r.host.lock();
    const newer = hostFor(r.path, [...migrations, extraMigration(migrations.length)]);
    await newer.unlock(ADMIN.name, ADMIN.password, NOW);
    const backups = readdirSync(join(r.dir, 'backups'));
    const copy = backups.find((f) => !f.endsWith('.keys'));
    expect(copy).toBeDefined();
    expect(backups).toContain(`${copy}.keys`);
    const header = readFileSync(join(r.dir, 'backups', copy ?? ''))
      .subarray(0, 15)
      .toString('latin1');
    expect(header).not.toBe('SQLite format 3');
    expect(newer.workspace()?.meta().schemaVersion).toBe(migrations.length + 1);
    newer.lock();
    // The backup still opens with the old app and its own keys file.
    mkdirSync(join(r.dir, 'restore'));
    const restored = join(r.dir, 'restore', 'register.db');
    cpSync(join(r.dir, 'backups', copy ?? ''), restored);
    cpSync(join(r.dir, 'backups', `${copy}.keys`), keysPathOf(restored));
    const old = hostFor(restored);
    await old.unlock(ADMIN.name, ADMIN.password, NOW);
    expect(old.workspace()?.meta().schemaVersion).toBe(migrations.length);
    old.lock();
  });
});
