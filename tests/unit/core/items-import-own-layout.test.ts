import { afterEach, describe, expect, it } from 'vitest';
import { writeSpreadsheet } from '../../../core/documents/spreadsheet.ts';
import type { Book } from '../../../core/domain/items.ts';
import { bookTitle, columnsOf, exportColumnsOf, type LayoutColumn } from '../../../core/domain/register-layout.ts';
import { authorOriginator, splitTypeAndSummary } from '../../../core/services/items-import-own-layout.ts';
import { importInput } from '../../support/legacy-register.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

/** A file in the export's form, built by hand so a test can put in it what the app would never write. */
async function exportLike(
  book: Book,
  columns: LayoutColumn[],
  rows: Record<string, string | number>[],
  banner = ['MẬT', `${bookTitle(book)} — Sở Ngoại vụ tỉnh Đắk Lắk`, 'Xuất ngày 01/03/2026'],
) {
  const content = await writeSpreadsheet({
    sheetName: 'So',
    banner,
    headers: columns.map((c) => c.header),
    widths: columns.map(() => 12),
    rows: rows.map((row) => columns.map((c) => row[c.key] ?? '')),
  });
  return { fileName: 'so.xlsx', contentBase64: content.toString('base64') };
}

const INCOMING = {
  receivedDate: '03/01/2026',
  registerNo: 4,
  author: 'Bộ An ninh Lào',
  docNumber: '12/BAN',
  docDate: '28/12/2025',
  typeAndSummary: 'Thông báo: Về tình hình biên giới',
  level: 'Mật',
  recipients: 'Phòng Hợp tác quốc tế',
};

describe("recognising the app's own export", () => {
  it('splits the combined columns as the export writes them', () => {
    expect(splitTypeAndSummary('Công văn: Về việc A: phụ lục')).toEqual({
      docType: 'Công văn',
      summary: 'Về việc A: phụ lục',
    });
    expect(splitTypeAndSummary('Báo cáo đột xuất')).toEqual({ docType: 'Báo cáo đột xuất', summary: '' });
    const body = 'Sở An ninh tỉnh (mẫu) Chăm-pa-sắc';
    expect(authorOriginator(`${body} (${body})`, body)).toBe(body);
    expect(authorOriginator('Bộ An ninh Lào (Vụ 1)', '')).toBe('Bộ An ninh Lào (Vụ 1)');
  });

  it('without a mapping, a register typed by hand is refused with IMPORT_MAPPING_REQUIRED and nothing is written', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const { mapping: _none, ...foreign } = await importInput([
      [1, '03/01/2026', '12/BAN', '28/12/2025', 'X', 'Mật', 'Y'],
    ]);
    // The export's own header row with no title row above it is not taken for an export either.
    const untitled = await exportLike('incoming', exportColumnsOf('incoming'), [INCOMING], []);
    for (const input of [foreign, untitled]) {
      const result = await r.router.call('items.importCommit', input, r.ctx());
      expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_MAPPING_REQUIRED' } });
    }
    expect((await r.call('items.list', {})).total).toBe(0);
  });

  it('reads an export made before the year column existed, taking the year from the date received', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const input = await exportLike('incoming', columnsOf('incoming'), [
      INCOMING,
      { ...INCOMING, registerNo: 5, docNumber: '13/BAN', typeAndSummary: 'Công văn', level: 'Tuyệt mật' },
    ]);
    expect(await r.call('items.importCommit', input)).toMatchObject({
      imported: 2,
      books: [{ book: 'incoming', year: 2026, lastNo: 5 }],
    });
    const { items } = await r.call('items.list', { book: 'incoming' });
    expect(items.map((i) => [i.registerNo, i.docType, i.summary, i.level, i.originator, i.agreement])).toEqual([
      [5, 'Công văn', null, 'tuyet_mat', 'Bộ An ninh Lào', null],
      [4, 'Thông báo', 'Về tình hình biên giới', 'mat', 'Bộ An ninh Lào', null],
    ]);
  });

  it('is all or nothing: a Tuyệt mật row with a summary or an unknown agreement refuses the whole file', async () => {
    r = await createTestRegister();
    r.clock.set('2026-03-01T03:00:00.000Z');
    const tail = { registerYear: 2026, agreement: 'VN-LA', foreignBody: 'Bộ An ninh Lào', foreignMarking: 'ລັບ' };
    const input = await exportLike('incoming', exportColumnsOf('incoming'), [
      { ...INCOMING, ...tail, author: 'Bộ An ninh Lào (Bộ An ninh Lào)' },
      { ...INCOMING, ...tail, registerNo: 5, level: 'Tuyệt mật' },
      { ...INCOMING, ...tail, registerNo: 6, agreement: 'VN-XX' },
    ]);
    const preview = await r.call('items.importPreview', input);
    expect(preview).toMatchObject({ layout: 'app', book: 'incoming', valid: 1, invalid: 2 });
    expect(preview.rows[0]).toMatchObject({ row: 5, originator: 'Bộ An ninh Lào', errors: [] });
    const result = await r.router.call('items.importCommit', input, r.ctx());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues?.map((i) => i.path)).toEqual(['row.6', 'row.7']);
      expect(result.error.issues?.[0]?.message).toContain('Tuyệt mật có trích yếu');
      expect(result.error.issues?.[1]?.message).toContain('không có Hiệp định "VN-XX"');
    }
    expect((await r.call('items.list', {})).total).toBe(0);
  });
});
