import { type ItemRecord, vietnamDate } from '../domain/items.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import { datedLine } from './admin-document.ts';
import { drawUnitHeading } from './pdf/admin-header.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { markPages } from './pdf/marking.ts';
import { drawHandoverSignatures } from './pdf/handover-signatures.ts';
import { addPage, createPdf, FONT, finish, type Pdf } from './pdf/pdf-writer.ts';
import { drawTable } from './pdf/table.ts';

export interface ReceiptInput {
  unitName: string;
  /** From the settings: the parent body above the unit, the place before the date (each left out when not set). */
  parentBody: string | null;
  placeName: string | null;
  items: ItemRecord[];
  at: string;
  training: boolean;
  /** Identical copies one after the other (one for the courier, one kept); a receipt carries no copy number. */
  copies?: number;
}

/**
 * The handover receipt a courier signs: register numbers, document numbers, the outer-envelope letter and counts. No
 * summary and no level word: the receipt itself is not classified and travels with the courier.
 */
export async function receiptPdf(assets: DocumentAssets, input: ReceiptInput): Promise<Buffer> {
  const doc = createPdf(assets, 'Phiếu giao nhận');
  for (let n = 1; n <= (input.copies ?? 1); n++) {
    const from = doc.bufferedPageRange().count;
    drawReceipt(doc, input);
    markPages(doc, { kind: 'unclassified', training: input.training }, from, doc.bufferedPageRange().count);
  }
  return finish(doc);
}

function drawReceipt(doc: Pdf, input: ReceiptInput): void {
  addPage(doc, 'portrait');
  const box = contentBox('portrait');
  drawUnitHeading(doc, input, box.x, box.y, { width: box.width / 2, align: 'center' });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .text('PHIẾU GIAO NHẬN TÀI LIỆU', box.x, Math.max(doc.y + mm(8), box.y + mm(20)), {
      width: box.width,
      align: 'center',
    });
  doc
    .font(FONT.italic)
    .fontSize(13)
    .text(datedLine(input.placeName, vietnamDate(input.at)), box.x, doc.y + mm(2), {
      width: box.width,
      align: 'center',
    });
  drawTable(
    doc,
    {
      orientation: 'portrait',
      fontSize: 12,
      headers: ['STT', 'Sổ, số đăng ký', 'Số, ký hiệu văn bản', 'Dấu ngoài bì', 'Số bì', 'Số bản'],
      widths: [8, 24, 30, 14, 10, 10],
      rows: input.items.map((item, i) => [
        String(i + 1),
        `${item.book === 'outgoing' ? 'Đi' : 'Đến'} ${item.registerNo}/${item.registerYear}`,
        item.docNumber,
        item.envelopeLetter,
        String(item.envelopes),
        String(item.copies),
      ]),
    },
    doc.y + mm(8),
  );
  const total = input.items.reduce((n, i) => n + i.copies, 0);
  doc
    .font(FONT.regular)
    .fontSize(13)
    .text(`Tổng cộng: ${input.items.length} tài liệu, ${total} bản.`, box.x, doc.y + mm(6));
  drawHandoverSignatures(doc, box, 'NGƯỜI GIAO', 'NGƯỜI NHẬN');
}
