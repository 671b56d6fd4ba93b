import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unitAndPolice } from '../../support/exchange.ts';
import { incidentInput } from '../../support/incidents.ts';
import { outgoingItem } from '../../support/items.ts';
import { keepPngPages, pdfTextFlat, pdfWords } from '../../support/pdf-tools.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

/**
 * Every document that prints the unit's own settings (place, parent body, "Lưu", signer), built once before the
 * settings are set and once after: the first names what it lacked and prints no placeholder, the second prints them.
 */
let pair: Awaited<ReturnType<typeof unitAndPolice>>;
const DOCUMENTS = ['report', 'reportDocx', 'book', 'bookDocx', 'receipt', 'keySheet', 'cover'] as const;
type Doc = (typeof DOCUMENTS)[number];
const printed: Record<'bare' | 'set', Partial<Record<Doc, { file: string; missing: string[] }>>> = {
  bare: {},
  set: {},
};
let reportId = '';
const itemIds: string[] = [];
let packageId = '';

const SETTINGS = {
  placeName: 'Đắk Lắk',
  parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
  archiveUnit: 'PA03',
  archiveCopies: 2,
  signingAuthority: 'KT',
  signerHeadTitle: 'Giám đốc',
  signerTitle: 'Phó Giám đốc',
  signerName: 'Nguyễn Thị Hồng Nhung',
};

async function printAll(round: 'bare' | 'set') {
  const { unit, usb } = pair;
  const file = (name: string) => join(usb, `${round}-${name}`);
  const out = printed[round];
  const report = await unit.call('incidents.print', { id: reportId, copies: 1, outPath: file('bao-cao.pdf') });
  out.report = { file: report.path, missing: report.missingSettings };
  const docx = await unit.call('incidents.print', { id: reportId, format: 'docx', outPath: file('bao-cao.docx') });
  out.reportDocx = { file: docx.path, missing: docx.missingSettings };
  const book = await unit.call('print.register', { book: 'outgoing', year: 2026, outPath: file('so-di.pdf') });
  out.book = { file: book.path, missing: book.missingSettings };
  const bookDocx = await unit.call('print.register', {
    book: 'outgoing',
    year: 2026,
    format: 'docx',
    outPath: file('so-di.docx'),
  });
  out.bookDocx = { file: bookDocx.path, missing: bookDocx.missingSettings };
  const receipt = await unit.call('print.receipt', { itemIds, outPath: file('phieu.pdf') });
  out.receipt = { file: receipt.path, missing: receipt.missingSettings };
  const sheet = await unit.call('keys.printSheet', { outPath: file('to-khoa.pdf') });
  out.keySheet = { file: sheet.path, missing: sheet.missingSettings };
  const cover = await unit.call('packages.cover', { packageId, outPath: file('bia-goi.pdf') });
  out.cover = { file: cover.path, missing: cover.missingSettings };
  for (const doc of ['report', 'book', 'receipt', 'keySheet', 'cover'] as const) keepPngPages(out[doc]?.file ?? '');
}

/** What a person reads on the printed page (PDF) or in Word (the w:t runs of the body). */
function textOf(file: string): string {
  if (file.endsWith('.pdf')) return pdfTextFlat(file);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const entry = (round: 'bare' | 'set', doc: Doc) => {
  const found = printed[round][doc];
  if (!found) throw new Error(`${doc} was not printed in the ${round} round`);
  return found;
};

beforeAll(async () => {
  pair = await unitAndPolice();
  const { unit } = pair;
  for (let i = 0; i < 2; i++)
    itemIds.push((await unit.call('items.add', outgoingItem({ docNumber: `${400 + i}/CV-SNgV` }))).id);
  reportId = (await unit.call('incidents.add', incidentInput(itemIds.slice(0, 1)))).id;
  packageId = (await unit.call('packages.export', { toDir: pair.usb, recipient: pair.receiverKey.fingerprint }))
    .packageId;
  await printAll('bare');
  await unit.call('settings.updateDocuments', SETTINGS);
  await printAll('set');
});
afterAll(() => pair.cleanup());

describe('documents before the document settings are set', () => {
  it('print no placeholder: no "…", no "……", no made-up title', () => {
    for (const doc of DOCUMENTS) {
      const text = textOf(entry('bare', doc).file);
      expect(text, doc).not.toContain('…');
      expect(text, doc).not.toContain('...');
      expect(text, doc).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    }
  });

  it('say which settings each one lacked, in the order the document prints them', () => {
    const missing = Object.fromEntries(DOCUMENTS.map((d) => [d, entry('bare', d).missing]));
    expect(missing).toEqual({
      report: ['parentBody', 'placeName', 'signerTitle', 'signerName', 'archiveUnit'],
      reportDocx: ['parentBody', 'placeName', 'signerTitle', 'signerName', 'archiveUnit'],
      book: ['parentBody'],
      bookDocx: ['parentBody'],
      receipt: ['parentBody', 'placeName'],
      keySheet: ['parentBody', 'placeName'],
      cover: ['parentBody', 'placeName'],
    });
  });

  it('leave the place of ô 4 blank to write in, keep the "Lưu" line whole, and date the sheets without a place', () => {
    const report = textOf(entry('bare', 'report').file);
    expect(report).toMatch(/ , ngày 23 tháng 11 năm 2026/);
    expect(report).toContain('- Lưu: VT (01).');
    expect(textOf(entry('bare', 'reportDocx').file)).toContain('- Lưu: VT (01).');
    for (const doc of ['receipt', 'keySheet', 'cover'] as const)
      expect(textOf(entry('bare', doc).file), doc).toContain('Ngày 23 tháng 11 năm 2026');
  });
});

describe('documents with the document settings', () => {
  it('the incident report prints the place, the parent body, "KT." with both titles, the name and "Lưu: VT, PA03"', () => {
    for (const doc of ['report', 'reportDocx'] as const) {
      const text = textOf(entry('set', doc).file);
      for (const s of [
        'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
        'SỞ NGOẠI VỤ TỈNH ĐẮK LẮK',
        'Đắk Lắk, ngày 23 tháng 11 năm 2026',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Nguyễn Thị Hồng Nhung',
        '- Lưu: VT, PA03 (02).',
      ])
        expect(text, `${doc}: ${s}`).toContain(s);
      expect(text, doc).not.toContain('…');
      expect(entry('set', doc).missing, doc).toEqual([]);
    }
  });

  it('sets ô 7 right of "Nơi nhận": the authority, then the title, room to sign, then the name', () => {
    const words = pdfWords(entry('set', 'report').file);
    const last = (text: string) => {
      const found = words.filter((w) => w.text === text).at(-1);
      if (!found) throw new Error(`${text} not printed`);
      return found;
    };
    const kt = last('KT.');
    const deputy = last('PHÓ');
    const name = last('Nhung');
    const recipients = last('nhận:');
    expect(kt.page).toBe(name.page);
    expect(kt.yMax).toBeLessThan(deputy.yMin);
    // Room for the handwritten signature and the seal (24 mm) between the title and the name.
    expect(name.yMin - deputy.yMax).toBeGreaterThan(60);
    expect(kt.xMin).toBeGreaterThan(recipients.xMax);
  });

  it('the register book, the receipt, the key sheet and the package cover carry the parent body and the place', () => {
    for (const doc of ['book', 'bookDocx', 'receipt', 'keySheet', 'cover'] as const) {
      const text = textOf(entry('set', doc).file);
      expect(text, doc).toContain('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
      expect(text, doc).toContain('SỞ NGOẠI VỤ TỈNH ĐẮK LẮK');
      expect(text, doc).not.toContain('…');
      expect(entry('set', doc).missing, doc).toEqual([]);
    }
    for (const doc of ['receipt', 'keySheet', 'cover'] as const)
      expect(textOf(entry('set', doc).file), doc).toContain('Đắk Lắk, ngày 23 tháng 11 năm 2026');
  });

  it('a print may name another signer and place; any part of the signer names all of it', async () => {
    const out = join(pair.usb, 'bao-cao-tl.pdf');
    await pair.unit.call('incidents.print', {
      id: reportId,
      outPath: out,
      place: 'Buôn Ma Thuột',
      signingAuthority: 'TL',
      signerHeadTitle: 'Giám đốc',
      signerTitle: 'Chánh Văn phòng',
      signerName: 'Trần Văn Minh',
    });
    const text = pdfTextFlat(out);
    for (const s of ['Buôn Ma Thuột, ngày 23 tháng 11 năm 2026', 'TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'Trần Văn Minh'])
      expect(text, s).toContain(s);
    expect(text).not.toContain('KT. GIÁM ĐỐC');
    expect(text).not.toContain('Nguyễn Thị Hồng Nhung');
    // The settings' parent body and "Lưu" still apply.
    expect(text).toContain('- Lưu: VT, PA03 (02).');

    const acting = join(pair.usb, 'bao-cao-q.pdf');
    const answer = await pair.unit.call('incidents.print', {
      id: reportId,
      outPath: acting,
      signingAuthority: 'Q',
      signerHeadTitle: 'Giám đốc',
      signerName: 'Lê Văn Quyền',
    });
    expect(answer.missingSettings).toEqual([]);
    const q = pdfTextFlat(acting);
    expect(q).toContain('Q. GIÁM ĐỐC Lê Văn Quyền');
    expect(q).not.toContain('PHÓ GIÁM ĐỐC');
  });

  it('a filed report is registered with the copy sent and the copies kept', async () => {
    const item = await pair.unit.call('items.add', outgoingItem({ docNumber: '410/CV-SNgV' }));
    const filed = await pair.unit.call('incidents.add', incidentInput([item.id]));
    const entryOfReport = await pair.unit.call('items.get', { id: filed.reportItemId ?? '' });
    expect(entryOfReport.copies).toBe(1 + SETTINGS.archiveCopies);
  });
});
