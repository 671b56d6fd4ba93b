import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate.ts';
import { fakeClock } from '../../support/fake-clock.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { openRaw } from '../../support/raw-register.ts';
import { ADMIN, hostFor, MIGRATIONS_DIR, routerFor, tempDir } from '../../support/temp-register.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('migration 0010: prefix indexes for the search', () => {
  it('rebuilds the index of a register made before it: same matches, each term now a prefix index of its length', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'register.db');
    const all = loadMigrations(MIGRATIONS_DIR);
    const before = all.filter((m) => m.idx < 10);
    const oldHost = hostFor(path, before);
    const oldRouter = routerFor(oldHost, fakeClock(), before.length);
    const setup = await oldRouter.call(
      'session.setup',
      { mode: 'unit', unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk', adminName: ADMIN.name, password: ADMIN.password },
      { actor: null },
    );
    expect(setup.ok).toBe(true);
    for (const item of [outgoingItem(), incomingItem()]) {
      expect((await oldRouter.call('items.add', item, { actor: oldHost.actor() })).ok).toBe(true);
    }
    oldHost.lock();

    const host = hostFor(path, all);
    cleanups.push(() => host.lock());
    await host.unlock(ADMIN.name, ADMIN.password, '2026-11-23T08:00:00.000Z');
    const router = routerFor(host);
    const search = async (query: string) => {
      const result = await router.call('items.search', { query }, { actor: host.actor() });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.items.map((i) => i.docNumber);
    };
    expect(await search('dak lak')).toEqual(['125/CV-SNgV']);
    expect(await search('bi mat')).toEqual(['0457/BAN']);
    // A one-letter term is a prefix like any other ("c": chống, Chăm-pa-sắc), newest first; "đ" is folded to "d".
    expect(await search('c')).toEqual(['0457/BAN', '125/CV-SNgV']);
    expect(await search('đ')).toEqual(['125/CV-SNgV']);
    expect(await search('thong bao c')).toEqual(['0457/BAN']);
    expect(await search('chong toi p')).toEqual(['125/CV-SNgV']);
    host.lock();

    const db = await openRaw(path, setup.ok ? setup.value.recoveryCode : '');
    cleanups.push(() => db.close());
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").get() as { sql: string }).sql;
    expect(sql).toContain("prefix = '1 2 3 4 5 6'");
  });
});
