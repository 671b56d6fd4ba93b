import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertText } from '../../../core/domain/legacy-encoding.ts';
import { outgoingItem } from '../../support/items.ts';
import { importInput, LEGACY_MAPPING, legacyRegisterXlsx } from '../../support/legacy-register.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

const ROWS: (string | number)[][] = [
  [1, '03/01/2026', '12/BAN', '28/12/2025', 'Thông báo về tình hình biên giới tỉnh Đắk Lắk', 'Mật', 'Bộ An ninh Lào'],
  [2, '05/01/2026', '15/BAN', '02/01/2026', 'Kế hoạch phối hợp tuần tra', 'Tối mật', 'Sở An ninh Chăm-pa-sắc'],
  [7, '09/02/2026', '31/BAN', '07/02/2026', '', 'Tuyệt mật', 'Bộ An ninh Lào'],
];

/** Encode Unicode text the way an old TCVN3 / VNI spreadsheet stores it (inverse of the converter, for the test). */
function legacyEncode(text: string, encoding: 'tcvn3' | 'vni'): string {
  // Built by brute force over one code point, then two: small and independent of the module's tables.
  const single = new Map<string, string>();
  const double = new Map<string, string>();
  for (let a = 0x20; a < 0x250; a++) {
    const ch = String.fromCharCode(a);
    const out = convertText(ch, encoding);
    if (out !== ch && out.length === 1 && !single.has(out)) single.set(out, ch);
  }
  if (encoding === 'vni') {
    for (const base of 'aeiouyAEIOUY') {
      for (let m = 0xa0; m < 0x100; m++) {
        const pair = base + String.fromCharCode(m);
        const out = convertText(pair, encoding);
        if (out.length === 1 && out !== pair && !double.has(out)) double.set(out, pair);
      }
    }
  }
  return [...text.normalize('NFC')].map((ch) => double.get(ch) ?? single.get(ch) ?? ch).join('');
}

describe('importing an old register (.xlsx)', () => {
  it('previews without writing, then imports all rows keeping their numbers; the counter continues after the highest', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const input = await importInput(ROWS);
    const preview = await r.call('items.importPreview', input);
    expect(preview).toMatchObject({ encoding: 'unicode', total: 3, valid: 3, invalid: 0 });
    expect((await r.call('items.list', {})).total).toBe(0);
    const result = await r.call('items.importCommit', input);
    expect(result).toMatchObject({ imported: 3, books: [{ book: 'incoming', year: 2026, lastNo: 7 }] });
    const { items } = await r.call('items.list', { book: 'incoming' });
    expect(items.map((i) => [i.registerNo, i.docNumber, i.level, i.docDate])).toEqual([
      [7, '31/BAN', 'tuyet_mat', '2026-02-07'],
      [2, '15/BAN', 'toi_mat', '2026-01-02'],
      [1, '12/BAN', 'mat', '2025-12-28'],
    ]);
    const next = await r.call('items.add', {
      ...outgoingItem(),
      direction: 'incoming',
      agreement: 'VN-LA',
      foreignMarking: 'X',
      approval: null,
      docDate: '2026-02-20',
    });
    expect(next.registerNo).toBe(8);
    expect(
      (await r.call('items.search', { query: 'dak lak', book: 'incoming' })).items.map((i) => i.docNumber),
    ).toEqual(['125/CV-SNgV', '12/BAN']);
    expect((await r.call('audit.verify', {})).problems).toEqual([]);
  });

  it.each(['tcvn3', 'vni'] as const)('detects a %s register and converts it to Unicode', async (encoding) => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const legacy = ROWS.map((row) =>
      row.map((cell) => (typeof cell === 'string' && !/^\d/.test(cell) ? legacyEncode(cell, encoding) : cell)),
    );
    const headers = ['STT', 'Ngày đến', 'Số, ký hiệu', 'Ngày văn bản', 'Trích yếu', 'Độ mật', 'Tác giả'];
    const input = {
      fileName: 'so-cu.xlsx',
      contentBase64: (
        await legacyRegisterXlsx(
          legacy,
          headers.map((h) => legacyEncode(h, encoding)),
        )
      ).toString('base64'),
      mapping: LEGACY_MAPPING,
    };
    const preview = await r.call('items.importPreview', input);
    expect(preview.encoding).toBe(encoding);
    expect(preview.rows[0]?.summary).toBe('Thông báo về tình hình biên giới tỉnh Đắk Lắk');
    expect(preview.rows.map((x) => x.level)).toEqual(['mat', 'toi_mat', 'tuyet_mat']);
  });

  it('with one bad row writes nothing and names every bad row', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const rows = [
      ...ROWS,
      [8, '10/02/2026', '', '31/02/2026', 'Trích yếu', 'Bí mật', 'X'],
      [9, '11/02/2026', '40/BAN', '09/02/2026', 'Có trích yếu', 'Tuyệt mật', 'X'],
    ];
    const result = await r.router.call('items.importCommit', await importInput(rows), r.ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.issues?.map((i) => i.path)).toEqual(['row.5', 'row.6']);
      expect(result.error.issues?.[0]?.message).toMatch(
        /ngày văn bản "31\/02\/2026" không đọc được.*thiếu số, ký hiệu|thiếu số, ký hiệu.*ngày văn bản/,
      );
      expect(result.error.issues?.[0]?.message).toContain('độ mật "Bí mật"');
      expect(result.error.issues?.[1]?.message).toContain('Tuyệt mật có trích yếu');
    }
    expect((await r.call('items.list', {})).total).toBe(0);
  });

  it('refuses numbers already used, a non-xlsx file, a huge file and a missing column, each with its own message', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    await r.call('items.importCommit', await importInput(ROWS.slice(0, 1)));
    const again = await r.router.call('items.importCommit', await importInput(ROWS), r.ctx());
    expect(again).toMatchObject({
      ok: false,
      error: { issues: [{ message: expect.stringContaining('đã có trong sổ') }] },
    });
    const notXlsx = await r.router.call(
      'items.importPreview',
      { fileName: 'a.csv', contentBase64: Buffer.from('STT;Số\n1;2').toString('base64'), mapping: LEGACY_MAPPING },
      r.ctx(),
    );
    expect(notXlsx).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('không phải bảng tính Excel') },
    });
    const huge = Buffer.alloc(21 * 1024 * 1024, 0);
    huge.write('PK\u0003\u0004');
    const big = await r.router.call(
      'items.importPreview',
      { fileName: 'big.xlsx', contentBase64: huge.toString('base64'), mapping: LEGACY_MAPPING },
      r.ctx(),
    );
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await r.router.call(
      'items.importPreview',
      await importInput(ROWS, { ...LEGACY_MAPPING, columns: { ...LEGACY_MAPPING.columns, notes: 'Ghi chú' } }),
      r.ctx(),
    );
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringContaining('"Ghi chú"') } });
    writeFileSync(join(r.dir, 'x'), '');
  });

  it('training data goes only into a training register', async () => {
    r = await createTestRegister();
    expect(await r.router.call('training.populate', { items: 3 }, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('a long import reports progress and can be stopped', () => {
  it('stopped between rows, it writes no row, no counter and no audit event', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const rows = Array.from({ length: 250 }, (_, i) => [
      i + 1,
      '03/01/2026',
      `${i + 1}/BAN`,
      '28/12/2025',
      `Thông báo số ${i + 1}`,
      'Mật',
      'Bộ An ninh Lào',
    ]);
    const input = await importInput(rows);
    const head = (await r.call('audit.verify', {})).head;
    const seen: [number, number][] = [];
    const result = await r.router.call('items.importCommit', input, {
      actor: r.host.actor(),
      work: {
        progress: (done, total) => seen.push([done, total]),
        // The person presses "Dừng nhập" after the first hundred rows are in.
        cancelled: () => seen.length > 1,
        breathe: () => Promise.resolve(),
        signal: new AbortController().signal,
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen).toEqual([
      [0, 250],
      [100, 250],
    ]);
    expect((await r.call('items.list', { book: 'incoming' })).total).toBe(0);
    expect((await r.call('audit.verify', {})).head).toEqual(head);
    // Not stopped, the same file imports whole.
    expect(await r.call('items.importCommit', input)).toMatchObject({ imported: 250 });
  });
});
