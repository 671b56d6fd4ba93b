import type { ItemRecord } from '../domain/items.ts';
import { LEVEL_NAMES } from '../shared/levels.ts';
import type { DocumentAssets } from '../ports/document-assets.ts';
import { contentBox, mm } from './pdf/geometry.ts';
import { markPages } from './pdf/marking.ts';
import { addPage, createPdf, FONT, finish, type Pdf } from './pdf/pdf-writer.ts';

export interface EnvelopeInput {
  item: ItemRecord;
  senderName: string;
  /** Address block as written on ordinary mail (recipient body, address). */
  recipientAddress: string;
  training: boolean;
  /** Identical sets of labels, one after the other (labels carry no copy number). Default 1. */
  copies?: number;
}

/**
 * Envelope labels (Decree 26/2020 Art. 5): a Tuyệt mật item travels in two envelopes — the inner one carries the
 * number and symbol, the recipient, the TUYỆT MẬT stamp (and "Chỉ người có tên mới được bóc bì" when addressed to a
 * named person); the outer one is written like ordinary mail with only the letter A. Tối mật and Mật use one envelope,
 * stamped B or C outside. No outer label ever shows a level word.
 */
export async function envelopeLabelsPdf(assets: DocumentAssets, input: EnvelopeInput): Promise<Buffer> {
  const doc = createPdf(assets, `Nhãn bì ${input.item.docNumber}`);
  for (let n = 1; n <= (input.copies ?? 1); n++) {
    const from = doc.bufferedPageRange().count;
    if (input.item.envelopes === 2) drawInner(doc, input);
    drawOuter(doc, input);
    markPages(doc, { kind: 'unclassified', training: input.training }, from, doc.bufferedPageRange().count);
  }
  return finish(doc);
}

function drawInner(doc: Pdf, { item, recipientAddress }: EnvelopeInput): void {
  addPage(doc, 'portrait');
  const box = contentBox('portrait');
  doc.font(FONT.bold).fontSize(14).text('NHÃN BÌ TRONG', box.x, box.y, { width: box.width, align: 'center' });
  const word = LEVEL_NAMES[item.level].toUpperCase();
  doc.fontSize(18);
  const w = doc.widthOfString(word) + mm(10);
  const x = box.x + (box.width - w) / 2;
  doc
    .lineWidth(1.5)
    .rect(x, box.y + mm(15), w, mm(12))
    .stroke();
  doc.text(word, x, box.y + mm(18), { width: w, align: 'center' });
  doc.font(FONT.regular).fontSize(14);
  doc.text(`Số, ký hiệu: ${item.docNumber}`, box.x, box.y + mm(40));
  doc.text(`Nơi nhận: ${recipientAddress}`, box.x, doc.y + mm(4), { width: box.width });
  if (item.handling.namedRecipientOnly) {
    doc.font(FONT.bold).fontSize(14);
    const stamp = 'CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ';
    const sw = doc.widthOfString(stamp) + mm(8);
    doc
      .lineWidth(1)
      .rect(box.x, doc.y + mm(6), sw, mm(10))
      .stroke();
    doc.text(stamp, box.x, doc.y + mm(8.5), { width: sw, align: 'center' });
  }
}

function drawOuter(doc: Pdf, { item, senderName, recipientAddress }: EnvelopeInput): void {
  addPage(doc, 'portrait');
  const box = contentBox('portrait');
  doc.font(FONT.bold).fontSize(14).text('NHÃN BÌ NGOÀI', box.x, box.y, { width: box.width, align: 'center' });
  doc
    .font(FONT.regular)
    .fontSize(13)
    .text(`Nơi gửi: ${senderName}`, box.x, box.y + mm(15), { width: box.width });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .text(`Kính gửi: ${recipientAddress}`, box.x + mm(40), box.y + mm(45), { width: box.width - mm(40) });
  // Only the letter, in a circle, as the stamp is made (form 03): never the level word outside.
  const r = mm(9);
  const cx = box.x + r + mm(2);
  const cy = box.y + mm(80);
  doc.lineWidth(1.5).circle(cx, cy, r).stroke();
  doc
    .font(FONT.bold)
    .fontSize(24)
    .text(item.envelopeLetter, cx - r, cy - mm(4), { width: 2 * r, align: 'center' });
}
