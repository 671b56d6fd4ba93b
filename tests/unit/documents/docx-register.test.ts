import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outgoingItem } from '../../support/items.ts';
import { convertDocxToPdf } from '../../support/libreoffice.ts';
import { keepPngPages, pdfTextFlat } from '../../support/pdf-tools.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
let r: TestRegister;
let file: string;

beforeAll(async () => {
  r = await createTestRegister();
  await r.call('items.add', outgoingItem());
  await r.call(
    'items.add',
    outgoingItem({
      docNumber: '130/CV-SNgV',
      level: 'toi_mat',
      summary: 'Về việc đoàn công tác của Bộ Công an sang Viêng Chăn',
    }),
  );
  file = join(r.dir, 'so-dang-ky-di-2026-word.docx');
  await r.call('print.register', {
    book: 'outgoing',
    year: 2026,
    format: 'docx',
    parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
    outPath: file,
  });
});
afterAll(() => r.cleanup());

/** The visible text of a part of the .docx (w:t runs), in document order. */
const docxText = (part: string) =>
  [...execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' }).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ');

describe('register book (DOCX)', () => {
  it('holds the cover, the columns and the entries as Word text', () => {
    const body = docxText('word/document.xml');
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
      'SỞ NGOẠI VỤ TỈNH ĐẮK LẮK',
      'SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI',
      'Năm: 2026',
      'Số, ký hiệu văn bản',
      'Tên loại và trích yếu nội dung',
      '130/CV-SNgV',
      'Tối mật',
      'Viêng Chăn',
    ]) {
      expect(body, s).toContain(s);
    }
    const headers = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(docxText(h)).toContain('TỐI MẬT');
  });

  it('converts with LibreOffice to a PDF that reads back the same strings, the level on every page', () => {
    const { pdf, fontNote } = convertDocxToPdf(file, r.dir);
    keepPngPages(pdf);
    const text = pdfTextFlat(pdf);
    for (const s of [
      'SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI',
      'SỞ NGOẠI VỤ TỈNH ĐẮK LẮK',
      'Số, ký hiệu văn bản',
      'Viêng Chăn',
      'Tối mật',
    ])
      expect(text, `${s} — ${fontNote}`).toContain(s);
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      expect(
        execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }),
      ).toContain('TỐI MẬT');
    }
  });

  it('is audited as an export', async () => {
    const [event] = await r.call('audit.list', { action: 'document.exported' });
    expect(event?.info).toMatchObject({ format: 'docx', items: 2 });
  });
});
