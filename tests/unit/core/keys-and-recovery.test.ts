import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { keysPathOf, readKeysFile, writeKeysFile } from '../../../db/keys/keys-file.ts';
import { recoveryKitOf } from '../../../db/keys/recovery-kit.ts';
import { withPendingSeals } from '../../../db/keys/vault.ts';
import { masterKeyOf, openRaw } from '../../support/raw-register.ts';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());
const NEW_PW = 'mat-khau-sau-khoi-phuc';

async function unlock(name: string, password: string) {
  r.host.lock();
  r.clock.advance(60_000);
  return r.router.call('session.unlock', { userName: name, password }, { actor: null });
}

describe('recovery code', () => {
  it('resets the admin password and unlocks as the admin', async () => {
    r = await createTestRegister();
    r.host.lock();
    const result = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode.toLowerCase().replace(/-/g, ' '), userName: ADMIN.name, newPassword: NEW_PW },
      { actor: null },
    );
    expect(result).toMatchObject({ ok: true, value: { user: { name: ADMIN.name } } });
    expect(await unlock(ADMIN.name, ADMIN.password)).toMatchObject({ ok: false });
    expect(await unlock(ADMIN.name, NEW_PW)).toMatchObject({ ok: true });
    expect((await r.call('audit.list', { action: 'session.recovered' })).length).toBe(1);
  });

  it('with the sheet’s block, rebuilds a lost keys file', async () => {
    r = await createTestRegister();
    const kit = recoveryKitOf(readKeysFile(keysPathOf(r.path)));
    r.host.lock();
    rmSync(keysPathOf(r.path));
    expect(await unlock(ADMIN.name, ADMIN.password)).toMatchObject({ ok: false, error: { code: 'KEYS_FILE_MISSING' } });
    const result = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: ADMIN.name, newPassword: NEW_PW, recoveryKit: kit },
      { actor: null },
    );
    expect(result).toMatchObject({ ok: true });
    expect(await unlock(ADMIN.name, NEW_PW)).toMatchObject({ ok: true });
  });

  it('refuses a wrong code, and a non-admin account', async () => {
    r = await createTestRegister();
    await r.call('users.add', {
      name: 'lan',
      roles: ['reporter'],
      department: null,
      password: 'mat-khau-rieng-biet-7',
    });
    r.host.lock();
    const wrong = await r.router.call(
      'session.recover',
      { recoveryCode: 'A'.repeat(32), userName: ADMIN.name, newPassword: NEW_PW },
      { actor: null },
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    r.clock.advance(60_000);
    const notAdmin = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: 'lan', newPassword: NEW_PW },
      { actor: null },
    );
    expect(notAdmin).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('recovery under stress (issue 16)', () => {
  it('after a key rotation, a sheet whose block predates it still recovers with the keys file, and says so', async () => {
    r = await createTestRegister();
    const oldKit = recoveryKitOf(readKeysFile(keysPathOf(r.path)));
    const rotated = await r.call('key.rotate', {});
    r.host.lock();
    const result = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: ADMIN.name, newPassword: NEW_PW, recoveryKit: oldKit },
      { actor: null },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { user: { name: ADMIN.name }, notice: expect.stringContaining(`kỳ khóa 1`) },
    });
    if (result.ok) expect(result.value.notice).toContain(`kỳ khóa ${rotated.epoch}`);
    expect(await unlock(ADMIN.name, NEW_PW)).toMatchObject({ ok: true });
    const [recovered] = await r.call('audit.list', { action: 'session.recovered' });
    expect(recovered?.info).toMatchObject({ kitEpoch: 1, registerEpoch: 2, fromRecoverySheet: false });
  });

  it('without the keys file, a block that predates a rotation names its epoch instead of another register', async () => {
    r = await createTestRegister();
    const oldKit = recoveryKitOf(readKeysFile(keysPathOf(r.path)));
    await r.call('key.rotate', {});
    r.host.lock();
    rmSync(keysPathOf(r.path));
    const result = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: ADMIN.name, newPassword: NEW_PW, recoveryKit: oldKit },
      { actor: null },
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'KEYS_FILE_INVALID', message: expect.stringContaining('kỳ khóa 1') },
    });
    if (!result.ok) expect(result.error.message).toContain('đổi khóa');
  });

  it('refuses a block from another register by saying so, next to the block, not as a wrong code', async () => {
    const other = await createTestRegister();
    const foreignKit = recoveryKitOf(readKeysFile(keysPathOf(other.path)));
    other.cleanup();
    r = await createTestRegister();
    r.host.lock();
    const result = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: ADMIN.name, newPassword: NEW_PW, recoveryKit: foreignKit },
      { actor: null },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('thuộc một sổ khác'),
        issues: [{ path: 'recoveryKit', message: expect.stringContaining('sổ khác') }],
      },
    });
  });

  it('clears the lockout that wrong passwords earned, and audits it', async () => {
    r = await createTestRegister();
    r.host.lock();
    for (let i = 1; i <= 5; i++) {
      r.clock.advance(10_000);
      await r.router.call('session.unlock', { userName: ADMIN.name, password: `sai-lan-${i}` }, { actor: null });
    }
    r.clock.advance(60_000);
    expect(
      await r.router.call('session.unlock', { userName: ADMIN.name, password: ADMIN.password }, { actor: null }),
    ).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    const recovered = await r.router.call(
      'session.recover',
      { recoveryCode: r.recoveryCode, userName: ADMIN.name, newPassword: NEW_PW },
      { actor: null },
    );
    expect(recovered).toMatchObject({ ok: true });
    // Well inside the 15 minutes: the new password opens at once.
    r.host.lock();
    r.clock.advance(1_000);
    expect(
      await r.router.call('session.unlock', { userName: ADMIN.name, password: NEW_PW }, { actor: null }),
    ).toMatchObject({ ok: true });
    expect(readKeysFile(keysPathOf(r.path)).failures.streaks).toEqual({});
    const [cleared] = await r.call('audit.list', { action: 'user.lockout_cleared' });
    expect(cleared).toMatchObject({ entityId: r.admin.id, info: { failedAttempts: 5, by: 'recovery-code' } });
  });
});

describe('key reveal', () => {
  it('gives PRAGMAs that open the file with the plain SQLite3MultipleCiphers build, and is audited', async () => {
    r = await createTestRegister();
    r.host.lock();
    const result = await r.router.call('key.reveal', { recoveryCode: r.recoveryCode }, { actor: null });
    if (!result.ok) throw new Error(result.error.message);
    const db = new Database(r.path, { fileMustExist: true });
    for (const pragma of result.value.pragmas) db.exec(pragma);
    expect(db.prepare('SELECT unit_name FROM register_meta').get()).toEqual({ unit_name: 'Sở Ngoại vụ tỉnh Đắk Lắk' });
    const last = db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ action: 'key.revealed' });
    db.close();
  });
});

describe('key rotation', () => {
  it('re-keys the register, re-seals every slot without passwords, and an old keys file opens nothing', async () => {
    r = await createTestRegister();
    await r.call('users.add', {
      name: 'lan',
      roles: ['reporter'],
      department: null,
      password: 'mat-khau-rieng-biet-7',
    });
    const oldKeys = `${r.path}.old-keys`;
    copyFileSync(keysPathOf(r.path), oldKeys);
    const oldMaster = await masterKeyOf(r.path, r.recoveryCode);
    const rotated = await r.call('key.rotate', {});
    expect(rotated.epoch).toBe(2);
    // Every user, and the recovery code, still open the register.
    expect(await unlock('lan', 'mat-khau-rieng-biet-7')).toMatchObject({ ok: true });
    expect(await unlock(ADMIN.name, ADMIN.password)).toMatchObject({ ok: true });
    expect((await masterKeyOf(r.path, r.recoveryCode)).equals(oldMaster)).toBe(false);
    expect((await r.call('audit.verify', {})).ok).toBe(true);
    // The keys file from before the rotation holds only the old key.
    r.host.lock();
    copyFileSync(oldKeys, keysPathOf(r.path));
    r.clock.advance(60_000);
    expect(
      await r.router.call('session.unlock', { userName: ADMIN.name, password: ADMIN.password }, { actor: null }),
    ).toMatchObject({ ok: false });
  });

  it('survives an interruption after the register was re-keyed but before the keys file was finished', async () => {
    r = await createTestRegister();
    r.host.lock();
    const db = await openRaw(r.path, r.recoveryCode);
    const newMaster = Buffer.alloc(32, 9);
    writeKeysFile(keysPathOf(r.path), withPendingSeals(readKeysFile(keysPathOf(r.path)), newMaster));
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = "x'${newMaster.toString('hex')}'"`);
    db.close();
    expect(await unlock(ADMIN.name, ADMIN.password)).toMatchObject({ ok: true });
  });
});

describe('failed unlocks', () => {
  it('grow a delay, lock the name out after five, and are entered into the audit chain at the next unlock', async () => {
    r = await createTestRegister();
    r.host.lock();
    const attempt = (password: string) =>
      r.router.call('session.unlock', { userName: ADMIN.name, password }, { actor: null });
    expect(await attempt('sai-lan-1')).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    // Immediately again: refused without trying, even with the right password.
    expect(await attempt(ADMIN.password)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    for (let i = 2; i <= 5; i++) {
      r.clock.advance(10_000);
      expect(await attempt(`sai-lan-${i}`)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    }
    r.clock.advance(10 * 60_000);
    const locked = await attempt(ADMIN.password);
    expect(locked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    if (!locked.ok) expect(locked.error.message).toContain('phút');
    r.clock.advance(6 * 60_000);
    expect(await attempt(ADMIN.password)).toMatchObject({ ok: true });
    const failures = await r.call('audit.list', { action: 'session.unlock_failed' });
    expect(failures).toHaveLength(5);
    expect(readKeysFile(keysPathOf(r.path)).failures).toEqual({ streaks: {}, unaudited: [] });
  });
});

describe('clock warning', () => {
  it('reports when the computer’s clock is earlier than the newest audit event', async () => {
    r = await createTestRegister();
    expect((await r.call('app.status')).clockBehindMinutes).toBeNull();
    r.clock.advance(-3 * 3600_000);
    expect((await r.call('app.status')).clockBehindMinutes).toBe(180);
  });
});

describe('keys file at rest', () => {
  it('holds no master key and no password in clear', async () => {
    r = await createTestRegister();
    const master = await masterKeyOf(r.path, r.recoveryCode);
    const text = readFileSync(keysPathOf(r.path), 'utf8');
    expect(text).not.toContain(master.toString('hex'));
    expect(text).not.toContain(master.toString('base64'));
    expect(text).not.toContain(ADMIN.password);
  });
});
