import { afterEach, describe, expect, it } from 'vitest';
import { openRaw } from '../../support/raw-register.ts';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

/** The daily check at unlock (core/services/audit-daily.ts): once a day, from the last sound position, chained. */
let r: TestRegister;
afterEach(() => r?.cleanup());

async function unlock() {
  r.host.lock();
  r.clock.advance(60_000);
  const result = await r.router.call(
    'session.unlock',
    { userName: ADMIN.name, password: ADMIN.password },
    { actor: null },
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const checks = () => r.call('audit.list', { action: 'audit.checked' });

describe('the daily audit check at unlock', () => {
  it('runs at the first unlock of the day from the start, then not again that day, then from where it stopped', async () => {
    r = await createTestRegister();
    const first = await unlock();
    expect(first.auditCheck).toMatchObject({ ok: true, from: 0 });
    const through = first.auditCheck?.through ?? 0;
    expect(first.auditCheck?.events).toBe(through);
    expect(await checks()).toHaveLength(1);
    expect((await r.call('app.status')).auditCheck).toMatchObject({ ok: true });

    expect((await unlock()).auditCheck).toBeNull();
    expect(await checks()).toHaveLength(1);

    r.clock.advance(24 * 3600_000);
    const next = await unlock();
    expect(next.auditCheck).toMatchObject({ ok: true, from: through });
    const [newest] = await checks();
    expect(newest?.info).toMatchObject({ scope: 'daily', ok: true, from: { seq: through } });
    expect((await r.call('audit.verify', {})).ok).toBe(true);
  });

  it('never blocks the unlock: a broken chain is reported, shown in the status, and checked again at every unlock', async () => {
    r = await createTestRegister();
    await unlock();
    r.host.lock();
    const db = await openRaw(r.path, r.recoveryCode);
    db.exec('DROP TRIGGER audit_events_no_update;');
    // The newest event (the lock) comes after the position the first check recorded.
    const seq = db.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number;
    db.prepare("UPDATE audit_events SET actor_name = 'nguoi-khac' WHERE seq = ?").run(seq);
    db.close();
    r.clock.advance(24 * 3600_000);
    const broken = await unlock();
    expect(broken.user.name).toBe(ADMIN.name);
    expect(broken.auditCheck).toMatchObject({ ok: false, problem: { seq, code: 'EVENT_EDITED' } });
    expect((await r.call('app.status')).auditCheck).toMatchObject({ ok: false, seq });
    // Same day, still broken: checked again (from the last sound position) and said again.
    expect((await unlock()).auditCheck).toMatchObject({ ok: false, problem: { seq } });
  });
});
