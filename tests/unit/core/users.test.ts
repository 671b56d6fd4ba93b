import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

const PW = 'mat-khau-ban-dau-1';

async function unlockAs(name: string, password: string) {
  r.host.lock();
  // Past the growing delay after a failed attempt (the throttle has its own tests).
  r.clock.advance(60_000);
  return r.router.call('session.unlock', { userName: name, password }, { actor: null });
}

describe('user accounts', () => {
  it('a new user gets a key slot and can unlock with their own password and roles', async () => {
    r = await createTestRegister();
    const hoa = await r.call('users.add', {
      name: 'hoa.vt',
      roles: ['clerk'],
      department: 'Phòng Tổng hợp',
      password: PW,
    });
    expect(hoa).toMatchObject({
      name: 'hoa.vt',
      roles: ['clerk'],
      department: 'Phòng Tổng hợp',
      active: true,
      hasKeySlot: true,
    });
    expect(await unlockAs('hoa.vt', PW)).toMatchObject({
      ok: true,
      value: { user: { name: 'hoa.vt', roles: ['clerk'] } },
    });
    // A clerk may not manage accounts; the router says so, whatever the screen shows.
    expect(await r.router.call('users.list', {}, r.ctx())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a taken name, a clerk without department, roles of the other mode and a password containing the name', async () => {
    r = await createTestRegister();
    const add = (input: object) => r.router.call('users.add', input, r.ctx());
    expect(await add({ name: 'QuanTri', roles: ['reporter'], password: PW })).toMatchObject({
      ok: false,
      error: { code: 'USER_NAME_TAKEN' },
    });
    expect(await add({ name: 'lan', roles: ['clerk'], password: PW })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'department' }] },
    });
    expect(await add({ name: 'lan', roles: ['receiver_officer'], password: PW })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'roles' }] },
    });
    expect(await add({ name: 'lan', roles: ['reporter'], password: 'lan-va-mat-khau' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'password' }] },
    });
  });

  it('disabling removes the slot (the user can no longer unlock) but keeps the account for the audit', async () => {
    r = await createTestRegister();
    const minh = await r.call('users.add', { name: 'minh', roles: ['reporter'], department: null, password: PW });
    const disabled = await r.call('users.disable', { userId: minh.id });
    expect(disabled).toMatchObject({ active: false, hasKeySlot: false });
    expect(await unlockAs('minh', PW)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    await unlockAs(ADMIN.name, ADMIN.password);
    expect((await r.call('users.list')).map((u) => u.name)).toContain('minh');
    const events = await r.call('audit.list', { action: 'user.disabled' });
    expect(events[0]).toMatchObject({ entityId: minh.id, actorName: ADMIN.name });
  });

  it('a reset password replaces the old one', async () => {
    r = await createTestRegister();
    const minh = await r.call('users.add', { name: 'minh', roles: ['reporter'], department: null, password: PW });
    await r.call('users.resetPassword', { userId: minh.id, newPassword: 'mat-khau-moi-cap-lai' });
    expect(await unlockAs('minh', PW)).toMatchObject({ ok: false, error: { code: 'WRONG_CREDENTIALS' } });
    expect(await unlockAs('minh', 'mat-khau-moi-cap-lai')).toMatchObject({ ok: true });
  });

  it('changing one’s own password needs the current one and re-wraps the slot', async () => {
    r = await createTestRegister();
    expect(
      await r.router.call(
        'session.changePassword',
        { currentPassword: 'sai-roi', newPassword: 'mat-khau-moi-cua-toi' },
        r.ctx(),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS' },
    });
    await r.call('session.changePassword', { currentPassword: ADMIN.password, newPassword: 'mat-khau-moi-cua-toi' });
    expect(await unlockAs(ADMIN.name, ADMIN.password)).toMatchObject({ ok: false });
    expect(await unlockAs(ADMIN.name, 'mat-khau-moi-cua-toi')).toMatchObject({ ok: true });
  });

  it('never leaves the register without an active admin, and nobody disables themselves', async () => {
    r = await createTestRegister();
    expect(
      await r.router.call('users.setRoles', { userId: r.admin.id, roles: ['security_officer'] }, r.ctx()),
    ).toMatchObject({
      ok: false,
      error: { code: 'LAST_ADMIN' },
    });
    expect(await r.router.call('users.disable', { userId: r.admin.id }, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const second = await r.call('users.add', { name: 'admin2', roles: ['admin'], department: null, password: PW });
    expect(
      await r.router.call('users.setRoles', { userId: r.admin.id, roles: ['security_officer'] }, r.ctx()),
    ).toMatchObject({ ok: true });
    expect(second.roles).toEqual(['admin']);
  });

  it('keeps the audit chain verifiable through every account change', async () => {
    r = await createTestRegister();
    const u = await r.call('users.add', { name: 'tuan', roles: ['auditor'], department: null, password: PW });
    await r.call('users.setRoles', { userId: u.id, roles: ['auditor', 'reporter'], department: 'Thanh tra' });
    await r.call('users.disable', { userId: u.id });
    const report = await r.call('audit.verify', {});
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatch(/^OK \d+ sự kiện, đầu chuỗi [0-9a-f]{64}$/);
  });

  it('receiver mode: the first admin is also the receiving officer; unit roles are refused', async () => {
    r = await createTestRegister('receiver');
    expect(r.admin.roles).toEqual(['admin', 'receiver_officer']);
    expect(
      await r.router.call('users.add', { name: 'vanthu', roles: ['clerk'], department: 'X', password: PW }, r.ctx()),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
