import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

describe('Excel export', () => {
  it('writes the filtered book with the register columns, the highest level on top, and audits it', async () => {
    r = await createTestRegister();
    await r.call('items.add', outgoingItem());
    await r.call(
      'items.add',
      outgoingItem({
        docNumber: '7/TM',
        level: 'tuyet_mat',
        summary: null,
        approval: { ...outgoingItem().approval, approverTitle: 'Thủ tướng Chính phủ' },
      }),
    );
    await r.call('items.add', incomingItem());
    const out = join(r.dir, 'so-di.xlsx');
    const result = await r.call('items.exportXlsx', { book: 'outgoing', outPath: out });
    expect(result).toMatchObject({ count: 2, level: 'tuyet_mat' });
    const rows = await readSheet(readFileSync(out));
    expect(rows[0]?.[0]).toBe('TUYỆT MẬT');
    expect(String(rows[1]?.[0])).toContain('SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI');
    expect(String(rows[2]?.[0])).toMatch(/đầu chuỗi nhật ký \d+:[0-9a-f]{64}/);
    expect(rows[3]).toEqual([
      'Số thứ tự',
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung',
      'Độ mật',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
      'Năm đăng ký',
      'Hiệp định',
      'Cơ quan nước ngoài',
    ]);
    const body = rows.slice(4);
    const year = (await r.call('items.list', { book: 'outgoing' })).items[0]?.registerYear;
    expect(body.map((row) => [row[0], row[1], row[4], ...row.slice(12)])).toEqual([
      [2, '7/TM', 'Tuyệt mật', year, 'VN-IT', 'Đại sứ quán I-ta-li-a tại Hà Nội'],
      [1, '125/CV-SNgV', 'Mật', year, 'VN-IT', 'Đại sứ quán I-ta-li-a tại Hà Nội'],
    ]);
    expect(body[0]?.[3]).toBe('Công văn');
    expect(body[1]?.[3]).toBe('Công văn: Về việc trao đổi thông tin hợp tác phòng chống tội phạm tại tỉnh Đắk Lắk');
    const [event] = await r.call('audit.list', { action: 'items.exported' });
    expect(event?.info).toMatchObject({ path: out, count: 2, level: 'tuyet_mat' });
  });

  it('is refused to roles that may not export, and never overwrites a file', async () => {
    r = await createTestRegister();
    await r.call('items.add', outgoingItem());
    const out = join(r.dir, 'x.xlsx');
    writeFileSync(out, 'giữ nguyên');
    const clerk = { id: 'c', name: 'vanthu', roles: ['clerk' as const], department: 'Văn phòng' };
    expect(
      await r.router.call('items.exportXlsx', { book: 'outgoing', outPath: join(r.dir, 'y.xlsx') }, { actor: clerk }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await r.router.call('items.exportXlsx', { book: 'outgoing', outPath: out }, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(readFileSync(out, 'utf8')).toBe('giữ nguyên');
  });
});
