import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../core/api/context.ts';
import { openRaw } from '../../support/raw-register.ts';
import { ADMIN, hostFor, routerFor, tempDir } from '../../support/temp-register.ts';

/** A training register (tập huấn) created through session.setup, left unlocked, as the set-up screen leaves it. */
async function trainingRegister() {
  const temp = tempDir();
  const path = join(temp.dir, 'register.db');
  const host = hostFor(path);
  const router = routerFor(host);
  const ctx = (): CallContext => ({ actor: host.actor() });
  const setup = await router.call(
    'session.setup',
    {
      mode: 'unit',
      unitName: 'Đơn vị tập huấn (DỮ LIỆU MẪU)',
      adminName: ADMIN.name,
      password: ADMIN.password,
      training: true,
    },
    ctx(),
  );
  if (!setup.ok) throw new Error(`setup failed: ${setup.error.code}`);
  const entries = async () => {
    let total = 0;
    for (const book of ['outgoing', 'incoming'] as const) {
      const list = await router.call('items.list', { book, limit: 1 }, ctx());
      if (!list.ok) throw new Error(`items.list failed: ${list.error.code}`);
      total += list.value.total;
    }
    return total;
  };
  return {
    path,
    router,
    ctx,
    entries,
    recoveryCode: setup.value.recoveryCode,
    cleanup: () => {
      host.lock();
      temp.cleanup();
    },
  };
}

let r: Awaited<ReturnType<typeof trainingRegister>> | undefined;
afterEach(() => {
  r?.cleanup();
  r = undefined;
});

describe('training data (training.populate)', () => {
  it('adds the fictional entries through the register service', async () => {
    r = await trainingRegister();
    expect(await r.router.call('training.populate', { items: 40, seed: 1 }, r.ctx())).toEqual({
      ok: true,
      value: { added: 40 },
    });
    expect(await r.entries()).toBe(40);
  });

  it('is all or nothing: a run that fails part-way leaves no entry, and a second run adds the full set', async () => {
    r = await trainingRegister();
    // A real failure in the middle of the run: SQLite itself refuses the 31st entry (as a full disk would).
    const raw = await openRaw(r.path, r.recoveryCode);
    raw.exec(`CREATE TRIGGER test_refuse_31st BEFORE INSERT ON items
      WHEN (SELECT count(*) FROM items) >= 30 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    const failed = await r.router.call('training.populate', { items: 40, seed: 1 }, r.ctx());
    expect(failed.ok).toBe(false);
    expect(await r.entries()).toBe(0);

    raw.exec('DROP TRIGGER test_refuse_31st');
    raw.close();
    expect(await r.router.call('training.populate', { items: 40, seed: 1 }, r.ctx())).toMatchObject({ ok: true });
    expect(await r.entries()).toBe(40);
    const first = await r.router.call('items.list', { book: 'outgoing', limit: 1 }, r.ctx());
    // Numbering starts at 1 again: the failed run took no numbers.
    expect(first.ok && first.value.items[0]?.registerNo).toBe(first.ok ? first.value.total : -1);
  });
});
