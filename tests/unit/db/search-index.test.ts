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

const all = loadMigrations(MIGRATIONS_DIR);

/** A register made by an app that had only the migrations before `idx`, holding `items`; locked again. */
async function registerBefore(idx: number, items: object[]): Promise<{ path: string; recoveryCode: string }> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const path = join(dir, 'register.db');
  const before = all.filter((m) => m.idx < idx);
  const oldHost = hostFor(path, before);
  const oldRouter = routerFor(oldHost, fakeClock(), before.length);
  const setup = await oldRouter.call(
    'session.setup',
    { mode: 'unit', unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk', adminName: ADMIN.name, password: ADMIN.password },
    { actor: null },
  );
  if (!setup.ok) throw new Error(setup.error.message);
  for (const item of items) {
    const added = await oldRouter.call('items.add', item, { actor: oldHost.actor() });
    if (!added.ok) throw new Error(added.error.message);
  }
  oldHost.lock();
  return { path, recoveryCode: setup.value.recoveryCode };
}

/** Opens the register with every migration (upgrading it) and searches through the router as the app does. */
async function upgradedSearch(path: string) {
  const host = hostFor(path, all);
  cleanups.push(() => host.lock());
  await host.unlock(ADMIN.name, ADMIN.password, '2026-11-23T08:00:00.000Z');
  const router = routerFor(host);
  const search = async (query: string) => {
    const result = await router.call('items.search', { query }, { actor: host.actor() });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.items.map((i) => i.docNumber);
  };
  return { host, search };
}

const sqlOf = (db: Awaited<ReturnType<typeof openRaw>>, name: string) =>
  (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;

describe('migration 0010: prefix indexes for the search', () => {
  it('rebuilds the index of a register made before it: same matches, each term now a prefix index of its length', async () => {
    const { path, recoveryCode } = await registerBefore(10, [outgoingItem(), incomingItem()]);
    const { host, search } = await upgradedSearch(path);
    expect(await search('dak lak')).toEqual(['125/CV-SNgV']);
    expect(await search('bi mat')).toEqual(['0457/BAN']);
    // A one-letter term is a prefix like any other ("c": chống, Chăm-pa-sắc), newest first; "đ" is folded to "d".
    expect(await search('c')).toEqual(['0457/BAN', '125/CV-SNgV']);
    expect(await search('đ')).toEqual(['125/CV-SNgV']);
    expect(await search('thong bao c')).toEqual(['0457/BAN']);
    expect(await search('chong toi p')).toEqual(['125/CV-SNgV']);
    host.lock();

    const db = await openRaw(path, recoveryCode);
    cleanups.push(() => db.close());
    expect(sqlOf(db, 'items_fts')).toContain("prefix = '1 2 3 4 5 6'");
  });
});

describe('migration 0011: a trigram index for Lao, Thai and other non-Latin text', () => {
  const lao = incomingItem({
    docNumber: '0458/BAN',
    foreignBody: 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ',
    foreignMarking: 'ລັບ',
    level: 'mat',
  });
  const thai = incomingItem({ docNumber: '77/TH', foreignBody: 'กระทรวงการต่างประเทศ', foreignMarking: 'ลับมาก' });

  it('fills the index from the items already registered: Lao and Thai found by any part, Vietnamese as before', async () => {
    const { path, recoveryCode } = await registerBefore(11, [outgoingItem(), lao, thai]);
    const { host, search } = await upgradedSearch(path);
    for (const query of ['ກະຊວງ', 'ປ້ອງກັນ', 'ຄວາມສະຫງົບ', 'ລັບ']) expect(await search(query), query).toEqual(['0458/BAN']);
    for (const query of ['การต่างประเทศ', 'ลับ']) expect(await search(query), query).toEqual(['77/TH']);
    expect(await search('dak lak')).toEqual(['125/CV-SNgV']);
    expect(await search('bi mat ປ້ອງກັນ')).toEqual(['0458/BAN']);
    host.lock();

    const db = await openRaw(path, recoveryCode);
    cleanups.push(() => db.close());
    expect(sqlOf(db, 'items_fts_trigram')).toContain("tokenize = 'trigram'");
    // Only the two items with non-Latin text have a row: the Vietnamese one costs the trigram index nothing.
    const rows = db.prepare('SELECT id FROM items_fts_trigram_docsize ORDER BY id').all() as { id: number }[];
    const rids = db.prepare("SELECT rid FROM items WHERE doc_number IN ('0458/BAN', '77/TH') ORDER BY rid").all() as {
      rid: number;
    }[];
    expect(rows.map((row) => row.id)).toEqual(rids.map((row) => row.rid));
  });

  it('keeps the index in step when an item is registered, its text changed, or the row removed', async () => {
    const { path, recoveryCode } = await registerBefore(11, [outgoingItem()]);
    const { host, search } = await upgradedSearch(path);
    const added = await routerFor(host).call('items.add', lao, { actor: host.actor() });
    expect(added.ok).toBe(true);
    expect(await search('ຄວາມສະຫງົບ')).toEqual(['0458/BAN']);
    host.lock();

    // Nothing in the app rewrites an item's text or removes an item; the triggers still follow the row if it happens.
    const db = await openRaw(path, recoveryCode);
    cleanups.push(() => db.close());
    const matches = (term: string) =>
      (
        db.prepare('SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ?').all(`"${term}"`) as {
          rowid: number;
        }[]
      ).map((row) => row.rowid);
    const { rid } = db.prepare("SELECT rid FROM items WHERE doc_number = '125/CV-SNgV'").get() as { rid: number };
    expect(matches('ປ້ອງກັນ')).toHaveLength(1);
    db.prepare("UPDATE items SET recipients = 'ກົມໃຫຍ່ສືບລັບ' WHERE rid = ?").run(rid);
    expect(matches('ສືບລັບ')).toEqual([rid]);
    db.prepare("UPDATE items SET recipients = 'Đại sứ quán I-ta-li-a' WHERE rid = ?").run(rid);
    expect(matches('ສືບລັບ')).toEqual([]);
    db.prepare("UPDATE items SET notes = 'ກົມໃຫຍ່ສືບລັບ' WHERE rid = ?").run(rid);
    expect(matches('ສືບລັບ')).toEqual([rid]);
    db.prepare('DELETE FROM items WHERE rid = ?').run(rid);
    expect(matches('ສືບລັບ')).toEqual([]);
    expect(matches('ປ້ອງກັນ')).toHaveLength(1);
  });
});
