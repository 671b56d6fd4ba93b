import { type Book, type ItemRecord, vietnamDate } from '../domain/items.ts';
import { type Level, LEVEL_RANK } from '../shared/levels.ts';
import { bookTitle, cellText, columnsOf, vnDate } from '../domain/register-layout.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import { type WorkControl, workStep } from '../ports/work-control.ts';
import { upper } from './admin-document.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { type MarkingProfile, markPages } from './pdf/marking.ts';
import { addPage, createPdf, FONT, finish, type Pdf } from './pdf/pdf-writer.ts';
import { drawTable } from './pdf/table.ts';

export interface RegisterBookInput {
  book: Book;
  year: number;
  parentBody: string | null;
  unitName: string;
  volume: number;
  items: ItemRecord[];
  printedAt: string;
  auditHead: { seq: number; hash: string };
  copies: number;
  training: boolean;
}

export const highestLevel = (items: readonly ItemRecord[]): Level =>
  items.reduce<Level>((top, i) => (LEVEL_RANK[i.level] > LEVEL_RANK[top] ? i.level : top), 'mat');

/**
 * The cover's "Từ số … đến số …" from the entries printed (oldest first). The print channels refuse a book with no
 * entry, so there is always a range; an empty list prints no line rather than a placeholder.
 */
export function numberRange(sorted: readonly ItemRecord[]): string | null {
  const first = sorted[0];
  const last = sorted.at(-1);
  return first && last ? `Từ số ${first.registerNo} đến số ${last.registerNo}` : null;
}

/**
 * A register book as printed: the cover in the register-cover layout of Decree 30/2020 Phụ lục IV (parent body, unit,
 * book title, year, from–to numbers, volume), then landscape pages with the template's columns, oldest entry first.
 */
export async function registerBookPdf(
  assets: DocumentAssets,
  input: RegisterBookInput,
  work?: WorkControl,
): Promise<Buffer> {
  const doc = createPdf(assets, `${bookTitle(input.book)} năm ${input.year}`);
  const level = highestLevel(input.items);
  // Each numbered copy is printed whole, one after the other, and carries its own "Bản số n/N".
  for (let n = 1; n <= input.copies; n++) {
    // Between copies other calls get their turn and a cancel stops the build (nothing is written by a build).
    await workStep(work, n - 1, input.copies);
    const from = doc.bufferedPageRange().count;
    drawRegisterBook(doc, input);
    const profile: MarkingProfile = {
      kind: 'classified',
      level,
      copy: { n, of: input.copies },
      auditHead: input.auditHead,
      training: input.training,
    };
    markPages(doc, profile, from, doc.bufferedPageRange().count);
  }
  return finish(doc);
}

function drawRegisterBook(doc: Pdf, input: RegisterBookInput): void {
  const title = bookTitle(input.book);
  const items = [...input.items].sort((a, b) => a.registerNo - b.registerNo);

  addPage(doc, 'portrait');
  const cover = contentBox('portrait');
  doc.font(FONT.regular).fontSize(13);
  doc.y = cover.y + mm(10);
  if (input.parentBody)
    doc.text(upper(input.parentBody), cover.x, cover.y + mm(10), { width: cover.width, align: 'center' });
  doc.font(FONT.bold).text(upper(input.unitName), cover.x, doc.y, { width: cover.width, align: 'center' });
  doc
    .font(FONT.bold)
    .fontSize(22)
    .text(title, cover.x, cover.y + mm(90), { width: cover.width, align: 'center' });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .text(`Năm: ${input.year}`, cover.x, doc.y + mm(12), { width: cover.width, align: 'center' });
  doc.font(FONT.regular).fontSize(14);
  const range = numberRange(items);
  if (range) doc.text(range, cover.x, doc.y + mm(6), { width: cover.width, align: 'center' });
  doc.text(`Quyển số: ${input.volume}`, cover.x, doc.y + mm(range ? 3 : 6), { width: cover.width, align: 'center' });

  addPage(doc, 'landscape');
  const page = contentBox('landscape');
  doc
    .font(FONT.bold)
    .fontSize(13)
    .text(`${title} — NĂM ${input.year}`, page.x, page.y + mm(2), { width: page.width, align: 'center' });
  const columns = columnsOf(input.book);
  drawTable(doc, {
    orientation: 'landscape',
    fontSize: 10,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    rows: items.map((item) => columns.map((c) => String(cellText(item, c.key)))),
  });
  doc
    .font(FONT.italic)
    .fontSize(10)
    .text(`In ngày ${vnDate(vietnamDate(input.printedAt))}`, page.x, doc.y + mm(4));
}
