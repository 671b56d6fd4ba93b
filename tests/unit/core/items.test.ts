import { afterEach, describe, expect, it } from 'vitest';
import { searchTerms } from '../../../core/domain/vietnamese-fold.ts';
import { itemsRepository } from '../../../db/repositories/items.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { importInput } from '../../support/legacy-register.ts';
import { openRaw } from '../../support/raw-register.ts';
import { createTestRegister, hostFor, routerFor, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

const fail = async (input: unknown) => {
  const result = await r.router.call('items.add', input, r.ctx());
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('registering items', () => {
  it('issues register numbers per book and year, derives envelopes and the protection date', async () => {
    r = await createTestRegister();
    const first = await r.call('items.add', outgoingItem());
    const second = await r.call(
      'items.add',
      outgoingItem({ docNumber: '126/CV-SNgV', level: 'tuyet_mat', summary: null }),
    );
    const incoming = await r.call('items.add', incomingItem());
    expect([first.book, first.registerYear, first.registerNo]).toEqual(['outgoing', 2026, 1]);
    expect(second.registerNo).toBe(2);
    expect([incoming.book, incoming.registerNo]).toEqual(['incoming', 1]);
    expect(first).toMatchObject({
      envelopes: 1,
      envelopeLetter: 'C',
      protectionYears: 10,
      protectedUntil: '2036-11-20',
      registeredBy: 'quantri',
    });
    expect(second).toMatchObject({ envelopes: 2, envelopeLetter: 'A', protectionYears: 30, summary: null });
    expect(incoming).toMatchObject({
      protectionYears: null,
      protectedUntil: null,
      foreignProtectionNote: 'Không ghi thời hạn',
    });
  });

  it('restarts numbering on 1 January, Vietnam time', async () => {
    r = await createTestRegister();
    r.clock.set('2026-12-31T16:59:00.000Z'); // 23:59 on 31 December in Hà Nội
    expect((await r.call('items.add', outgoingItem())).registerYear).toBe(2026);
    r.clock.set('2026-12-31T17:00:00.000Z'); // 00:00 on 1 January 2027 in Hà Nội
    const next = await r.call('items.add', outgoingItem({ docNumber: '1/CV-SNgV' }));
    expect([next.registerYear, next.registerNo]).toEqual([2027, 1]);
  });

  it('never stores a Tuyệt mật summary while the policy forbids it, and requires one otherwise', async () => {
    r = await createTestRegister();
    expect(await fail(outgoingItem({ level: 'tuyet_mat' }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'summary', message: expect.stringContaining('Tuyệt mật') }],
    });
    expect(await fail(outgoingItem({ summary: null }))).toMatchObject({ issues: [{ path: 'summary' }] });
  });

  it('requires the release decision for outgoing items under an agreement and warns on an unlisted approver title', async () => {
    r = await createTestRegister();
    expect(await fail(outgoingItem({ approval: null }))).toMatchObject({ issues: [{ path: 'approval' }] });
    const warned = await r.call(
      'items.add',
      outgoingItem({ approval: { ...outgoingItem().approval, approverTitle: 'Trưởng phòng' } }),
    );
    expect(warned.warnings.join(' ')).toContain('Trưởng phòng');
    const top = await r.call(
      'items.add',
      outgoingItem({
        docNumber: '2/TM',
        level: 'tuyet_mat',
        summary: null,
        approval: { ...outgoingItem().approval, approverTitle: 'Thủ tướng Chính phủ' },
      }),
    );
    expect(top.warnings).toEqual([]);
  });

  it('a domestic outgoing report needs no agreement and no release decision', async () => {
    r = await createTestRegister();
    const report = await r.call(
      'items.add',
      outgoingItem({
        agreement: null,
        foreignBody: null,
        approval: null,
        recipients: 'Phòng An ninh chính trị nội bộ, Công an tỉnh',
      }),
    );
    expect(report.agreement).toBeNull();
  });

  it('rejects dates in the future, a longer term than the law, and a shorter one without a reason', async () => {
    r = await createTestRegister();
    expect(await fail(outgoingItem({ docDate: '2026-12-01' }))).toMatchObject({ issues: [{ path: 'docDate' }] });
    expect(await fail(outgoingItem({ protectionYears: 11 }))).toMatchObject({ issues: [{ path: 'protectionYears' }] });
    expect(await fail(outgoingItem({ protectionYears: 5 }))).toMatchObject({ issues: [{ path: 'protectionReason' }] });
    const short = await r.call(
      'items.add',
      outgoingItem({ protectionYears: 5, protectionReason: 'Hoạt động kết thúc năm 2031' }),
    );
    expect(short.protectedUntil).toBe('2031-11-20');
  });

  it('records the foreign marking, shows the agreement equivalent and warns when the table has none', async () => {
    r = await createTestRegister();
    const none = await r.call('items.add', incomingItem());
    expect(none.equivalentLevel).toBeNull();
    expect(none.warnings[0]).toContain('chưa có mức');
    await r.call('agreements.updateEquivalences', {
      code: 'VN-LA',
      equivalences: [{ foreignMarking: 'ລັບທີ່ສຸດ', vnLevel: 'tuyet_mat', sourceClause: 'Điều 3' }],
    });
    const mismatch = await r.call('items.add', incomingItem({ docNumber: '0458/BAN' }));
    expect(mismatch.equivalentLevel).toBe('tuyet_mat');
    expect(mismatch.warnings[0]).toContain('khác mức tương đương');
    expect(await fail(incomingItem({ foreignMarking: null }))).toMatchObject({ issues: [{ path: 'foreignMarking' }] });
    expect(await fail(incomingItem({ protectionYears: 10 }))).toMatchObject({ issues: [{ path: 'protectionYears' }] });
  });

  it('warns about the same document registered before (number, date, counterparty)', async () => {
    r = await createTestRegister();
    await r.call('items.add', incomingItem());
    const again = await r.call('items.add', incomingItem());
    expect(again.warnings.some((w) => w.includes('đã vào sổ đến số 1/2026'))).toBe(true);
  });

  it('keeps a clerk to their own department, and every registration in the audit chain', async () => {
    r = await createTestRegister();
    await r.call('users.add', {
      name: 'vanthu',
      roles: ['clerk'],
      department: 'Văn phòng',
      password: 'mat-khau-van-thu-9',
    });
    const clerk = { id: '', name: 'vanthu', roles: ['clerk' as const], department: 'Văn phòng' };
    clerk.id = (await r.call('users.list')).find((u) => u.name === 'vanthu')?.id ?? '';
    const own = await r.call('items.add', outgoingItem({ department: 'Phòng khác' }), clerk);
    expect(own.department).toBe('Văn phòng');
    await r.call('items.add', outgoingItem({ docNumber: '9/X' }));
    expect((await r.call('items.list', {}, clerk)).items.map((i) => i.docNumber)).toEqual(['125/CV-SNgV']);
    expect((await r.call('audit.verify', {})).problems).toEqual([]);
  });

  it('gives distinct numbers to two writers on the same file (no duplicate, no lost number)', async () => {
    r = await createTestRegister();
    const second = hostFor(r.path);
    await second.unlock('quantri', 'mat-khau-thu-nghiem-1', new Date().toISOString());
    const router2 = routerFor(second, r.clock);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2
          ? router2.call('items.add', outgoingItem({ docNumber: `W2-${i}` }), { actor: second.actor() })
          : r.router.call('items.add', outgoingItem({ docNumber: `W1-${i}` }), r.ctx()),
      ),
    );
    const numbers = results.map((x) => (x.ok ? x.value.registerNo : -1)).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    second.lock();
    expect((await r.call('audit.verify', {})).ok).toBe(true);
  });
});

describe('search', () => {
  it('folds case, tones and đ: "dak lak" finds Đắk Lắk, "bi mat" finds bí mật; every term must match', async () => {
    r = await createTestRegister();
    await r.call('items.add', outgoingItem());
    await r.call('items.add', incomingItem());
    const search = async (query: string) => (await r.call('items.search', { query })).items.map((i) => i.docNumber);
    expect(await search('dak lak')).toEqual(['125/CV-SNgV']);
    expect(await search('ĐẮK')).toEqual(['125/CV-SNgV']);
    expect(await search('bi mat')).toEqual(['0457/BAN']);
    expect(await search('bi mat dak')).toEqual([]);
    expect(await search('cham')).toEqual(['0457/BAN']);
  });

  it('treats user input as text, never FTS syntax', async () => {
    r = await createTestRegister();
    await r.call('items.add', incomingItem());
    for (const query of ['A3/BAN', '0457/BAN', '"', 'NEAR(a b)', 'x OR y', '*', ') AND (', "l'", '']) {
      const result = await r.router.call('items.search', { query }, r.ctx());
      expect(result.ok, query).toBe(true);
    }
    expect((await r.call('items.search', { query: '0457/BAN' })).items).toHaveLength(1);
  });

  it('never indexes a Tuyệt mật summary (there is none to index)', async () => {
    r = await createTestRegister();
    await r.call('items.add', outgoingItem({ level: 'tuyet_mat', summary: null }));
    expect((await r.call('items.search', { query: 'phong chong' })).items).toEqual([]);
  });
});

describe('search with the list filters', () => {
  it('applies book, level and year to the matches', async () => {
    r = await createTestRegister();
    await r.call('items.add', outgoingItem());
    await r.call('items.add', outgoingItem({ docNumber: '9/TM', level: 'toi_mat' }));
    await r.call('items.add', incomingItem({ summary: 'Về hợp tác tại tỉnh Đắk Lắk' }));
    const found = async (input: object) =>
      (await r.call('items.search', { query: 'dak lak', ...input })).items.map((i) => i.docNumber).sort();
    expect(await found({})).toEqual(['0457/BAN', '125/CV-SNgV', '9/TM']);
    expect(await found({ book: 'outgoing' })).toEqual(['125/CV-SNgV', '9/TM']);
    expect(await found({ level: 'toi_mat' })).toEqual(['0457/BAN', '9/TM']);
    expect(await found({ year: 2025 })).toEqual([]);
    expect(await found({ book: 'incoming', level: 'toi_mat', ranked: true })).toEqual(['0457/BAN']);
  });

  it('filters before the limit, so an older year behind newer matches is found, and counts every match', async () => {
    r = await createTestRegister();
    r.clock.set('2025-06-02T03:00:00.000Z');
    const in2025 = { docDate: '2025-05-30', approval: { ...outgoingItem().approval, decisionDate: '2025-05-29' } };
    for (let n = 1; n <= 3; n++) await r.call('items.add', outgoingItem({ ...in2025, docNumber: `${n}/CU-2025` }));
    r.clock.set('2026-11-23T08:00:00.000Z');
    for (let n = 1; n <= 5; n++) await r.call('items.add', outgoingItem({ docNumber: `${n}/MOI-2026` }));
    await r.call('items.add', incomingItem({ summary: 'Về hợp tác tại tỉnh Đắk Lắk' }));
    const search = (input: object) => r.call('items.search', { query: 'dak lak', book: 'outgoing', ...input });

    // The 2 newest answers of the book are 2026's; with the year, 2025's three are there, newest first.
    const newest = await search({ limit: 2 });
    expect(newest.items.map((i) => i.docNumber)).toEqual(['5/MOI-2026', '4/MOI-2026']);
    expect([newest.total, newest.totalCapped]).toEqual([8, false]);
    const old = await search({ year: 2025, limit: 2 });
    expect(old.items.map((i) => [i.registerYear, i.docNumber])).toEqual([
      [2025, '3/CU-2025'],
      [2025, '2/CU-2025'],
    ]);
    expect([old.total, old.totalCapped]).toEqual([3, false]);
    // All of them fit: the count is the answer's length; no other filter leaks in.
    const all = await search({ year: 2025, limit: 50 });
    expect([all.items.length, all.total]).toEqual([3, 3]);
    expect((await r.call('items.search', { query: 'dak lak', limit: 1 })).total).toBe(9);
    expect((await search({ year: 2024, limit: 1 })).total).toBe(0);

    // Entries of 2025 imported now sit after 2026's in the index: a 2025 search still finds every one of them.
    await r.call(
      'items.importCommit',
      await importInput([
        [7, '03/06/2025', '7/BAN', '01/06/2025', 'Tình hình tỉnh Đắk Lắk', 'Mật', 'Bộ An ninh Lào'],
        [8, '04/06/2025', '8/BAN', '02/06/2025', 'Tình hình tỉnh Đắk Lắk', 'Mật', 'Bộ An ninh Lào'],
      ]),
    );
    const both = await r.call('items.search', { query: 'dak lak', year: 2025, limit: 4 });
    expect(both.items.map((i) => i.docNumber)).toEqual(['8/BAN', '7/BAN', '3/CU-2025', '2/CU-2025']);
    expect([both.total, both.totalCapped]).toEqual([5, false]);
    expect((await r.call('items.search', { query: 'dak lak', year: 2026, limit: 50 })).total).toBe(6);
  });
});

describe('counting search matches', () => {
  it('counts up to the cap with the same filter, then says there are more', async () => {
    r = await createTestRegister();
    for (let n = 1; n <= 4; n++) await r.call('items.add', outgoingItem({ docNumber: `${n}/CV` }));
    await r.call('items.add', outgoingItem({ docNumber: '9/TM', level: 'toi_mat' }));
    await r.call('items.add', incomingItem());
    r.host.lock();
    const db = await openRaw(r.path, r.recoveryCode);
    try {
      const items = itemsRepository(db);
      const terms = searchTerms('dak lak');
      expect(items.countMatches(terms, {}, 10)).toEqual({ count: 5, more: false });
      expect(items.countMatches(terms, {}, 5)).toEqual({ count: 5, more: false });
      expect(items.countMatches(terms, {}, 3)).toEqual({ count: 3, more: true });
      expect(items.countMatches(terms, { book: 'outgoing', level: 'mat' }, 10)).toEqual({ count: 4, more: false });
      expect(items.countMatches(terms, { book: 'outgoing', level: 'mat' }, 2)).toEqual({ count: 2, more: true });
      expect(items.countMatches(terms, { book: 'incoming' }, 10)).toEqual({ count: 0, more: false });
      expect(items.countMatches(searchTerms('bi mat'), { book: 'incoming' }, 10)).toEqual({ count: 1, more: false });
      expect(items.countMatches([], {}, 10)).toEqual({ count: 0, more: false });
    } finally {
      db.close();
    }
  });
});
