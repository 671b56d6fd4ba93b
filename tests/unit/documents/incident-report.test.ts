import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mm } from '../../../core/documents/pdf/geometry.ts';
import { incidentInput } from '../../support/incidents.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { convertDocxToPdf } from '../../support/libreoffice.ts';
import { keepPngPages, pdfFonts, pdfPages, pdfText, pdfTextFlat, pdfWords } from '../../support/pdf-tools.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let r: TestRegister;
const files: Record<string, string> = {};
/** Words that must never reach a report: the items' summaries. */
const SUMMARIES = ['hợp tác phòng chống tội phạm', 'tình hình biên giới', 'mật danh Sao Mai'];
const CIRCUMSTANCES = [
  'Hồi 13 giờ 30 phút, khi kiểm tra tủ tài liệu cuối ngày theo quy chế, đồng chí Lê Thị Thu Hương, văn thư, phát hiện thiếu một bản tài liệu trong cặp hồ sơ Hiệp định.',
  'Cặp hồ sơ được giao cho ông Trần Văn Bình, chuyên viên Phòng Hợp tác quốc tế, mang đi làm việc tại phòng họp tầng 2 từ 8 giờ sáng cùng ngày và trả lại lúc 11 giờ 45 phút; khi trả không kiểm đếm.',
  'Đơn vị đã rà soát camera hành lang, sổ giao nhận, phòng họp và các phòng làm việc liên quan nhưng chưa tìm thấy tài liệu.',
].join('\n');

beforeAll(async () => {
  r = await createTestRegister();
  const ids: string[] = [];
  for (let i = 0; i < 24; i++)
    ids.push(
      (
        await r.call(
          'items.add',
          outgoingItem({ docNumber: `${300 + i}/CV-SNgV`, summary: `Về việc mật danh Sao Mai đợt ${i + 1}` }),
        )
      ).id,
    );
  ids.push((await r.call('items.add', incomingItem())).id);
  const first = await r.call('incidents.add', incidentInput(ids.slice(0, 2)));
  const followUp = await r.call(
    'incidents.add',
    incidentInput(ids, {
      followUpOf: first.id,
      circumstances: CIRCUMSTANCES,
      remedy: 'Tiếp tục xác minh với các cá nhân liên quan; sẽ báo cáo tiếp theo khi có kết quả.',
      foreignPartyNotice: true,
    }),
  );
  const draft = await r.call('incidents.add', incidentInput(ids.slice(0, 1), { type: 'exposed', draft: true }));
  files.pdf = join(r.dir, 'bao-cao-su-co.pdf');
  files.draft = join(r.dir, 'bao-cao-su-co-nhap.pdf');
  files.docx = join(r.dir, 'bao-cao-su-co-word.docx');
  const common = {
    id: followUp.id,
    place: 'Đắk Lắk',
    signerTitle: 'Giám đốc',
    signerName: 'Nguyễn Thị Hồng Nhung',
    parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
  };
  await r.call('incidents.print', { ...common, copies: 2, outPath: files.pdf });
  await r.call('incidents.print', { ...common, format: 'docx', outPath: files.docx });
  await r.call('incidents.print', { id: draft.id, outPath: files.draft });
  keepPngPages(files.pdf);
  keepPngPages(files.draft);
});
afterAll(() => r.cleanup());

const REPORT_STRINGS = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
  'SỞ NGOẠI VỤ TỈNH ĐẮK LẮK',
  'Số: 02/BC-SNVTDL',
  'Đắk Lắk, ngày 23 tháng 11 năm 2026',
  'BÁO CÁO',
  'Về việc tài liệu mật bị mất',
  'Báo cáo tiếp theo lần 1 của báo cáo số 01/BC-SNVTDL ngày 23/11/2026',
  'Kính gửi: Phòng An ninh chính trị nội bộ, Công an tỉnh',
  'I. TÌNH HÌNH SỰ VIỆC',
  'Tài liệu, vật chứa bí mật nhà nước không còn thuộc sự quản lý',
  '13 giờ 30 phút ngày 23/11/2026 (giờ Việt Nam)',
  'Lê Thị Thu Hương',
  'Ông Trần Văn Bình',
  'II. TÀI LIỆU LIÊN QUAN',
  'Sổ/số đăng ký',
  'Đi 24/2026',
  'Đến 1/2026',
  '323/CV-SNgV',
  'Tối mật',
  'Việt Nam - Lào',
  'III. BIỆN PHÁP ĐÃ XỬ LÝ',
  'IV. KHẮC PHỤC HẬU QUẢ, THEO DÕI TIẾP',
  'V. THÔNG BÁO CHO PHÍA NƯỚC NGOÀI',
  'Đề nghị Bộ Công an thông báo cho phía I-ta-li-a theo Hiệp định',
  'Nơi nhận:',
  '- Như trên;',
  'GIÁM ĐỐC',
  'Nguyễn Thị Hồng Nhung',
];

describe('incident report (PDF)', () => {
  it('reads back the Decree 30 blocks, the sections, the items table and names with diacritics', () => {
    const text = pdfTextFlat(files.pdf ?? '');
    for (const s of REPORT_STRINGS) expect(text, s).toContain(s);
  });

  it('never prints an item summary', () => {
    const text = pdfTextFlat(files.pdf ?? '');
    for (const s of SUMMARIES) expect(text).not.toContain(s);
  });

  it('carries the level and the control footer on every page; the second copy is "Bản số 2/2"', () => {
    const file = files.pdf ?? '';
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages % 2).toBe(0);
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(file, p);
      expect(text, `page ${p}`).toContain('TỐI MẬT');
      expect(text, `page ${p}`).toMatch(
        new RegExp(`Trang \\d+/${pages / 2} · Bản số ${p <= pages / 2 ? 1 : 2}/2 · Đầu chuỗi nhật ký trước khi in`),
      );
    }
    expect(pdfText(file, pages / 2 + 1)).toContain('Số: 02/BC-SNVTDL');
    expect(pdfText(file, pages)).toContain('Bản số 2/2');
  });

  it('embeds every font it uses (Tinos, no system font)', () => {
    const fonts = pdfFonts(files.pdf ?? '');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded && f.name.includes('Tinos'))).toBe(true);
  });

  it('keeps the margins; the national title sits right of the issuing body and above "BÁO CÁO"', () => {
    const words = pdfWords(files.pdf ?? '');
    expect(words.length).toBeGreaterThan(300);
    const stampOrNumber = /^(TỐI|MẬT|\d+)$/;
    for (const w of words) {
      const where = `${w.text} on page ${w.page}`;
      expect(w.xMin, where).toBeGreaterThanOrEqual(mm(30) - 1);
      expect(w.xMax, where).toBeLessThanOrEqual(w.pageWidth - mm(15) + 1);
      // Only the stamp and the page number in the top margin; only the control footer in the bottom one.
      if (w.yMin < mm(20) - 1) expect(w.text, where).toMatch(stampOrNumber);
      if (w.yMax > w.pageHeight - mm(20) + 1) expect(w.yMin, where).toBeGreaterThan(w.pageHeight - mm(16));
    }
    const first = words.filter((w) => w.page === 1);
    const find = (text: string) => {
      const word = first.find((w) => w.text === text);
      if (!word) throw new Error(`${text} not on page 1`);
      return word;
    };
    const issuing = ['SỞ', 'NGOẠI', 'VỤ'].map(find);
    const title = find('CỘNG');
    expect(title.xMin).toBeGreaterThan(Math.max(...issuing.map((w) => w.xMax)));
    expect(Math.abs(title.yMin - (issuing[0]?.yMin ?? 0))).toBeLessThan(mm(8));
    const heading = find('BÁO');
    expect(title.yMax).toBeLessThan(heading.yMin);
    expect(find('Kính').yMin).toBeGreaterThan(heading.yMax);
    // Decree 30: the page number is centred at the top from page 2 on, never on page 1.
    const number = words.find((w) => w.page === 2 && w.text === '2' && w.yMax < mm(20));
    expect(number).toBeDefined();
    if (number) expect(Math.abs((number.xMin + number.xMax) / 2 - number.pageWidth / 2)).toBeLessThan(5);
    expect(first.some((w) => w.yMax < mm(20) && /^\d+$/.test(w.text))).toBe(false);
  });

  it('prints a draft as "BẢN NHÁP" on every page with the number and the date left blank', () => {
    const file = files.draft ?? '';
    for (let p = 1; p <= pdfPages(file); p++) {
      expect(pdfText(file, p)).toContain('BẢN NHÁP');
      expect(pdfText(file, p)).toContain('MẬT');
    }
    const text = pdfTextFlat(file);
    expect(text).toMatch(/Số: \/BC-SNVTDL/);
    // No place in the settings: room to write it by hand, never a printed "……" (document-settings.test.ts).
    expect(text).toMatch(/Số: \/BC-SNVTDL , ngày tháng năm 2026/);
    expect(text).not.toContain('…');
    expect(text).toContain('Về việc tài liệu mật bị lộ');
    expect(text).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).not.toMatch(/Số: \d/);
  });

  it('is recorded in the audit chain with the report number and copies, never the content', async () => {
    const events = await r.call('audit.list', { action: 'document.printed', limit: 10 });
    const infos = events.map((e) => e.info);
    expect(infos).toContainEqual(
      expect.objectContaining({ reportNumber: '02/BC-SNVTDL', copies: 2, draft: false, format: 'pdf' }),
    );
    expect(infos).toContainEqual(expect.objectContaining({ reportNumber: null, copies: 1, draft: true }));
    expect(JSON.stringify(infos)).not.toContain('Lê Thị Thu Hương');
  });
});

/** The visible text of a part of the .docx (w:t runs), in document order. */
const docxText = (part: string) =>
  [
    ...execFileSync('unzip', ['-p', files.docx ?? '', part], { encoding: 'utf8' }).matchAll(
      /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g,
    ),
  ]
    .map((m) => m[1])
    .join('');

describe('incident report (DOCX)', () => {
  it('holds the same text as Word runs and the level in every page header', () => {
    const body = docxText('word/document.xml');
    for (const s of REPORT_STRINGS) expect(body, s).toContain(s);
    for (const s of SUMMARIES) expect(body).not.toContain(s);
    const headers = execFileSync('unzip', ['-Z1', files.docx ?? ''], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBe(2);
    for (const h of headers) expect(docxText(h)).toContain('TỐI MẬT');
    const xml = execFileSync('unzip', ['-p', files.docx ?? '', 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('w:ascii="Times New Roman"');
    // A4 portrait with the Decree 30 margins (twips): 20 mm top and bottom, 30 mm left, 15 mm right.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('converts with LibreOffice to a PDF that reads back the same strings, the level on every page', () => {
    const { pdf, fontNote } = convertDocxToPdf(files.docx ?? '', r.dir);
    keepPngPages(pdf);
    const text = pdfTextFlat(pdf);
    for (const s of REPORT_STRINGS) expect(text, `${s} — ${fontNote}`).toContain(s);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) expect(pdfText(pdf, p), `page ${p}`).toContain('TỐI MẬT');
  });

  it('is audited as an export', async () => {
    const [event] = await r.call('audit.list', { action: 'document.exported' });
    expect(event?.info).toMatchObject({ format: 'docx', reportNumber: '02/BC-SNVTDL', draft: false });
  });
});
