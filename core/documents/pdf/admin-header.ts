import { type AdminHeader, MOTTO, NATIONAL_TITLE, upper } from '../admin-document.ts';
import { contentBox, mm } from './geometry.ts';
import { FONT, type Pdf } from './pdf-writer.ts';

/** Share of the content width taken by the issuing body's column (ô 2, ô 3); the rest is ô 1 and ô 4. */
const LEFT_SHARE = 0.45;

/** A centred rule of the given length under the text just written (ô 1 motto, ô 2 body, ô 5 summary). */
function rule(doc: Pdf, centreX: number, y: number, length: number): void {
  doc
    .lineWidth(0.6)
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .stroke();
}

/** Width of the widest line the text takes in a column, so a rule can be sized to the printed text. */
function printedWidth(doc: Pdf, text: string, column: number): number {
  return Math.min(doc.widthOfString(text), column);
}

/**
 * Ô 1–5 of Decree 30/2020 on the first page of a portrait document: issuing body top left with a short rule, national
 * title and motto top right with a rule as long as the motto, number under the body, place and date in italics under
 * the motto on the same line, then the type and summary centred with a short rule. Leaves the cursor below.
 */
export function drawAdminHeader(doc: Pdf, header: AdminHeader): void {
  const box = contentBox('portrait');
  const leftWidth = box.width * LEFT_SHARE;
  const rightX = box.x + leftWidth;
  const rightWidth = box.width - leftWidth;
  const left = { align: 'center' as const, width: leftWidth };
  const right = { align: 'center' as const, width: rightWidth };

  // Ô 2: parent body upright, issuing body bold, both upper case; a rule a third to a half of its width.
  doc.font(FONT.regular).fontSize(12);
  doc.y = box.y;
  if (header.parentBody) doc.text(upper(header.parentBody), box.x, box.y, left);
  doc.font(FONT.bold).fontSize(12).text(upper(header.issuingBody), box.x, doc.y, left);
  const bodyRule = printedWidth(doc, upper(header.issuingBody), leftWidth) * 0.4;
  rule(doc, box.x + leftWidth / 2, doc.y + mm(1), bodyRule);
  const leftBottom = doc.y + mm(1);

  // Ô 1: national title and motto, bold; the motto's rule is as long as the motto.
  doc.font(FONT.bold).fontSize(12).text(NATIONAL_TITLE, rightX, box.y, right);
  doc.fontSize(13).text(MOTTO, rightX, doc.y, right);
  rule(doc, rightX + rightWidth / 2, doc.y + mm(0.5), doc.widthOfString(MOTTO));
  const rightBottom = doc.y + mm(0.5);

  // Ô 3 and ô 4 on one line.
  const lineY = Math.max(leftBottom, rightBottom) + mm(4);
  doc.font(FONT.regular).fontSize(13).text(header.numberLine, box.x, lineY, left);
  doc.font(FONT.italic).fontSize(13).text(header.placeDateLine, rightX, lineY, right);

  // Ô 5a: type, summary and a short rule, centred on the page's text block.
  const full = { align: 'center' as const, width: box.width };
  doc
    .font(FONT.bold)
    .fontSize(14)
    .text(header.docType, box.x, doc.y + mm(9), full);
  doc.text(header.summary, box.x, doc.y + mm(0.5), full);
  rule(doc, box.x + box.width / 2, doc.y + mm(1), printedWidth(doc, header.summary, box.width) * 0.4);
  doc.y += mm(2);
  if (header.note)
    doc
      .font(FONT.italic)
      .fontSize(13)
      .text(header.note, box.x, doc.y + mm(1), full);
  doc.x = box.x;
}

/** "Kính gửi: …" (ô 9a), centred under the summary, for reports to a superior body. */
export function drawAddressee(doc: Pdf, addressee: string): void {
  const box = contentBox('portrait');
  doc
    .font(FONT.regular)
    .fontSize(14)
    .text(`Kính gửi: ${addressee}`, box.x, doc.y + mm(5), { align: 'center', width: box.width });
  doc.x = box.x;
  doc.y += mm(3);
}

/**
 * The unit's name as an unclassified sheet heads it (receipt, key sheet, package cover): the parent body upright
 * above it when there is one, the unit in bold, both upper case, as ô 2 prints them. Leaves the cursor below.
 */
export function drawUnitHeading(
  doc: Pdf,
  unit: { parentBody: string | null; unitName: string },
  x: number,
  y: number,
  options: { width: number; align: 'left' | 'center' },
): void {
  doc.font(FONT.regular).fontSize(13);
  doc.y = y;
  if (unit.parentBody) doc.text(upper(unit.parentBody), x, y, options);
  doc.font(FONT.bold).fontSize(13).text(upper(unit.unitName), x, doc.y, options);
}
