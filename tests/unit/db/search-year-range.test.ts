import { afterEach, describe, expect, it } from 'vitest';
import { searchTerms } from '../../../core/domain/vietnamese-fold.ts';
import { itemsRepository } from '../../../db/repositories/items.ts';
import { outgoingItem } from '../../support/items.ts';
import { openRaw } from '../../support/raw-register.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()?.();
  r?.cleanup();
});

const in2025 = { docDate: '2025-05-30', approval: { ...outgoingItem().approval, decisionDate: '2025-05-29' } };

describe('a year filter bounds the search by the year’s rid range', () => {
  it('a row another connection adds to that year, after the range was read, is found and counted', async () => {
    r = await createTestRegister();
    r.clock.set('2025-06-02T03:00:00.000Z');
    await r.call('items.add', outgoingItem({ ...in2025, docNumber: '1/CU' }));
    r.clock.set('2026-11-23T08:00:00.000Z');
    await r.call('items.add', outgoingItem({ docNumber: '1/MOI' }));
    r.host.lock();
    const reader = await openRaw(r.path, r.recoveryCode);
    const writer = await openRaw(r.path, r.recoveryCode);
    closers.push(
      () => reader.close(),
      () => writer.close(),
    );
    const items = itemsRepository(reader);
    const terms = searchTerms('dak lak');
    const year2025 = () => items.search(terms, { ranked: false, limit: 10, filter: { book: 'outgoing', year: 2025 } });
    const [old] = year2025();
    expect(old?.docNumber).toBe('1/CU');

    // Written by another connection with a rid past both years' rows: the kept range would have missed it.
    if (!old) throw new Error('no 2025 item');
    itemsRepository(writer).insert({
      ...old,
      id: '019a0000-0000-7000-8000-000000000001',
      registerNo: 2,
      docNumber: '2/CU',
    });
    expect(year2025().map((i) => i.docNumber)).toEqual(['2/CU', '1/CU']);
    expect(items.countMatches(terms, { book: 'outgoing', year: 2025 }, 10)).toEqual({ count: 2, more: false });
    // And one this connection adds.
    items.insert({ ...old, id: '019a0000-0000-7000-8000-000000000002', registerNo: 3, docNumber: '3/CU' });
    expect(year2025().map((i) => i.docNumber)).toEqual(['3/CU', '2/CU', '1/CU']);
    // A year with no items matches nothing; the other book's year is its own range.
    expect(items.search(terms, { ranked: false, limit: 10, filter: { year: 2024 } })).toEqual([]);
    expect(items.countMatches(terms, { book: 'incoming', year: 2025 }, 10)).toEqual({ count: 0, more: false });
    expect(items.countMatches(terms, { year: 2026 }, 10)).toEqual({ count: 1, more: false });
  });
});
