import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF } from '../../../db/keys/key-slots.ts';
import { keysPathOf } from '../../../db/keys/keys-file.ts';
import { openEncrypted } from '../../../db/connection.ts';
import { masterKeyOf } from '../../support/raw-register.ts';
import { ADMIN, createTestRegister, hostFor, type TestRegister } from '../../support/temp-register.ts';

const NOW = '2026-11-23T08:00:00.000Z';
let registers: TestRegister[] = [];
afterEach(() => {
  for (const r of registers) r.cleanup();
  registers = [];
});
async function register(): Promise<TestRegister> {
  const r = await createTestRegister();
  registers.push(r);
  return r;
}

describe('the register file at rest', () => {
  it('is not a plain SQLite file and cannot be read without the key', async () => {
    const r = await register();
    r.host.lock();
    const header = readFileSync(r.path).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    const plain = new Database(r.path, { fileMustExist: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
  });

  it('does not contain the unit name or agreement titles in clear', async () => {
    const r = await register();
    r.host.lock();
    const bytes = readFileSync(r.path);
    expect(bytes.includes(Buffer.from('Đắk Lắk', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('Viêng Chăn', 'utf8'))).toBe(false);
  });

  it('opens with the right password and sets the security pragmas', async () => {
    const r = await register();
    r.host.lock();
    await r.host.unlock(ADMIN.name, ADMIN.password, NOW);
    const key = await masterKeyOf(r.path, r.recoveryCode);
    r.host.lock();
    const db = openEncrypted(r.path, key, { create: false });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a wrong password with WRONG_CREDENTIALS and an unknown user the same way', async () => {
    const r = await register();
    r.host.lock();
    await expect(r.host.unlock(ADMIN.name, 'sai-mat-khau-hoan-toan', NOW)).rejects.toMatchObject({
      code: 'WRONG_CREDENTIALS',
    });
    await expect(r.host.unlock('nguoi-la', ADMIN.password, NOW)).rejects.toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect(r.host.workspace()).toBeNull();
  });

  it('accepts the login name in any letter case', async () => {
    const r = await register();
    r.host.lock();
    const actor = await r.host.unlock('QuanTri', ADMIN.password, NOW);
    expect(actor.name).toBe(ADMIN.name);
  });

  it('refuses a keys file copied from another register, even with the same password', async () => {
    const a = await register();
    const b = await register();
    a.host.lock();
    b.host.lock();
    copyFileSync(keysPathOf(b.path), keysPathOf(a.path));
    await expect(a.host.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({ code: 'KEYS_FILE_INVALID' });
  });

  it('refuses a slot moved onto another user id (the slot is bound to its user)', async () => {
    const r = await register();
    r.host.lock();
    const keysPath = keysPathOf(r.path);
    const keys = JSON.parse(readFileSync(keysPath, 'utf8'));
    keys.slots[0].userId = '00000000-0000-4000-8000-000000000000';
    writeFileSync(keysPath, JSON.stringify(keys));
    await expect(r.host.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({ code: 'WRONG_CREDENTIALS' });
  });

  it('reports a missing or corrupt keys file with its own code', async () => {
    const r = await register();
    r.host.lock();
    const keysPath = keysPathOf(r.path);
    writeFileSync(keysPath, '{"format":"cxr-keys"');
    await expect(r.host.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({ code: 'KEYS_FILE_INVALID' });
    const other = hostFor(join(r.dir, 'missing.db'));
    await expect(other.unlock(ADMIN.name, ADMIN.password, NOW)).rejects.toMatchObject({ code: 'KEYS_FILE_MISSING' });
  });

  it('never overwrites an existing register', async () => {
    const r = await register();
    r.host.lock();
    const before = readFileSync(r.path);
    const again = hostFor(r.path);
    await expect(
      again.create({ mode: 'unit', unitName: 'Khác', adminName: 'khac', password: 'mot-mat-khau-khac-1' }, NOW),
    ).rejects.toMatchObject({ code: 'REGISTER_EXISTS' });
    expect(readFileSync(r.path).equals(before)).toBe(true);
  });

  it('uses scrypt N=2^17, r=8, p=1 by default for key slots', () => {
    expect(DEFAULT_KDF).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
  });

  it('writes the keys file with owner-only permissions', async () => {
    const r = await register();
    const { statSync } = await import('node:fs');
    expect(statSync(keysPathOf(r.path)).mode & 0o077).toBe(0);
  });
});
