import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mm } from '../../../core/documents/pdf/geometry.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { keepPngPages, pdfFonts, pdfPages, pdfText, pdfTextFlat, pdfWords } from '../../support/pdf-tools.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
const topSecret = () =>
  outgoingItem({
    docNumber: '09/TM-SNgV',
    level: 'tuyet_mat',
    summary: null,
    recipients: 'Bộ An ninh nước CHDCND Lào',
    handling: {
      namedRecipientOnly: true,
      channel: 'hand_carry',
      storagePlace: 'Két sắt phòng Bảo mật',
      copyingAllowed: false,
      returnBy: null,
    },
    approval: { ...outgoingItem().approval, approverTitle: 'Thủ tướng Chính phủ' },
  });
const ids: Record<string, string> = {};

beforeAll(async () => {
  r = await createTestRegister();
  ids.mat = (await r.call('items.add', outgoingItem())).id;
  ids.topSecret = (await r.call('items.add', topSecret())).id;
  for (let i = 0; i < 30; i++)
    await r.call(
      'items.add',
      outgoingItem({
        docNumber: `${200 + i}/CV-SNgV`,
        summary: `Về việc phối hợp bảo vệ bí mật nhà nước đợt ${i + 1} tại tỉnh Đắk Lắk`,
      }),
    );
  ids.incoming = (await r.call('items.add', incomingItem())).id;
});
afterAll(() => r.cleanup());

const out = (name: string) => join(r.dir, name);

describe('register book (PDF)', () => {
  let file: string;
  beforeAll(async () => {
    file = out('so-dang-ky-di-2026.pdf');
    await r.call('print.register', {
      book: 'outgoing',
      year: 2026,
      copies: 2,
      parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      outPath: file,
    });
    keepPngPages(file);
  });

  it('reads back the cover, the column headings and names with diacritics', () => {
    const text = pdfTextFlat(file);
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
      'SỞ NGOẠI VỤ TỈNH ĐẮK LẮK',
      'SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI',
      'Năm: 2026',
      'Từ số 1 đến số 32',
      'Quyển số: 1',
      'Số, ký hiệu văn bản',
      'Độ mật',
      'Nơi nhận văn bản',
      'Đại sứ quán I-ta-li',
      'Sở Ngoại vụ tỉnh Đắk Lắk',
      'Bộ An ninh nước CHDCND Lào',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it('carries the highest level of its content on every page, with the control footer and numbered copies', () => {
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      expect(text, `page ${p}`).toContain('TUYỆT MẬT');
      expect(text, `page ${p}`).toMatch(
        /Trang \d+\/\d+ · Bản số [12]\/2 · Đầu chuỗi nhật ký trước khi in: \d+:[0-9a-f]{64}/,
      );
      expect(text, `page ${p}`).toContain('cxr audit verify --anchor');
    }
    expect(pdfText(file, pages)).toContain('Bản số 2/2');
  });

  it('embeds every font it uses (no system font)', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.name.includes('Tinos'))).toBe(true);
  });

  it('keeps the Decree 30 side margins: nothing left of 30 mm or right of 15 mm, body below the top margin', () => {
    const words = pdfWords(file);
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      expect(w.xMin, `${w.text} on page ${w.page}`).toBeGreaterThanOrEqual(mm(30) - 1);
      expect(w.xMax, `${w.text} on page ${w.page}`).toBeLessThanOrEqual(w.pageWidth - mm(15) + 1);
    }
    // Table rows sit inside the top and bottom margins; only the stamp, page number and footer use the margin bands.
    const body = words.filter((w) => w.text === '20/11/2026');
    expect(body.length).toBeGreaterThan(20);
    for (const w of body) {
      expect(w.yMin).toBeGreaterThanOrEqual(mm(20));
      expect(w.yMax).toBeLessThanOrEqual(w.pageHeight - mm(20));
    }
    // The page number is centred at the top from page 2 on.
    const number = words.find((w) => w.page === 2 && w.text === '2' && w.yMax < mm(20));
    expect(number).toBeDefined();
    if (number) expect(Math.abs((number.xMin + number.xMax) / 2 - number.pageWidth / 2)).toBeLessThan(5);
  });

  it('is recorded in the audit chain', async () => {
    const [event] = await r.call('audit.list', { action: 'document.printed', limit: 10 });
    expect(event?.info).toMatchObject({ book: 'outgoing', year: 2026, copies: 2 });
  });
});

describe('envelope labels', () => {
  it('Tuyệt mật: an inner label with number, level and named-recipient stamp; an outer one with only the letter A', async () => {
    const file = out('nhan-bi-tuyet-mat.pdf');
    await r.call('print.envelope', { itemId: ids.topSecret, outPath: file });
    keepPngPages(file);
    expect(pdfPages(file)).toBe(2);
    const inner = pdfText(file, 1);
    expect(inner).toContain('TUYỆT MẬT');
    expect(inner).toContain('09/TM-SNgV');
    expect(inner).toContain('CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ');
    const outer = pdfText(file, 2);
    expect(outer).not.toMatch(/MẬT|mật/);
    expect(outer).toMatch(/\bA\b/);
    expect(outer).toContain('Kính gửi: Đại sứ quán I-ta-li-a tại Hà Nội');
  });

  it('Mật: one envelope, outer only, letter C, no level word and no control footer', async () => {
    const file = out('nhan-bi-mat.pdf');
    await r.call('print.envelope', { itemId: ids.mat, outPath: file });
    expect(pdfPages(file)).toBe(1);
    const text = pdfText(file);
    expect(text).not.toMatch(/MẬT|mật|Trang 1\/1|Đầu chuỗi/);
    expect(text).toMatch(/\bC\b/);
  });
});

describe('handover receipt', () => {
  it('lists numbers, envelope letters and counts, with no summary and no level word', async () => {
    const file = out('phieu-giao-nhan.pdf');
    await r.call('print.receipt', { itemIds: [ids.mat ?? '', ids.topSecret ?? '', ids.incoming ?? ''], outPath: file });
    keepPngPages(file);
    const text = pdfText(file);
    expect(text).toContain('PHIẾU GIAO NHẬN TÀI LIỆU');
    expect(text).toContain('125/CV-SNgV');
    expect(text).toContain('Đi 2/2026');
    expect(text).toContain('Đến 1/2026');
    expect(text).toContain('Tổng cộng: 3 tài liệu');
    expect(text).not.toContain('phòng chống tội phạm');
    expect(text).not.toContain('Thông báo bí mật');
    expect(text).not.toMatch(/TUYỆT MẬT|TỐI MẬT|Tối mật|Tuyệt mật/);
  });
});

describe('printing rules', () => {
  it('lets a clerk print labels for their own department only, and not the whole book', async () => {
    const clerk = { id: 'c', name: 'vanthu', roles: ['clerk' as const], department: 'Phòng Hợp tác quốc tế' };
    const other = { ...clerk, department: 'Văn phòng' };
    expect(
      await r.router.call('print.envelope', { itemId: ids.mat, outPath: out('bi-vanthu.pdf') }, { actor: clerk }),
    ).toMatchObject({ ok: true });
    expect(
      await r.router.call('print.envelope', { itemId: ids.mat, outPath: out('bi-khac.pdf') }, { actor: other }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await r.router.call(
        'print.register',
        { book: 'outgoing', year: 2026, outPath: out('so-vanthu.pdf') },
        { actor: clerk },
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses roles without print permission and never overwrites a file', async () => {
    const auditor = { id: 'a', name: 'kiemtoan', roles: ['auditor' as const], department: null };
    expect(
      await r.router.call('print.receipt', { itemIds: [ids.mat], outPath: out('x.pdf') }, { actor: auditor }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const file = out('phieu-2.pdf');
    await r.call('print.receipt', { itemIds: [ids.mat ?? ''], outPath: file });
    expect(await r.router.call('print.receipt', { itemIds: [ids.mat], outPath: file }, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
