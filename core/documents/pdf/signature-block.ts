import { type Signature, upper } from '../admin-document.ts';
import { contentBox, mm } from './geometry.ts';
import { addPage, FONT, type Pdf } from './pdf-writer.ts';

/** Room left for the handwritten signature and the seal between the title and the name. */
const SIGNING_SPACE = mm(24);
const LEFT_SHARE = 0.45;

/**
 * Ô 9b and ô 7 side by side at the end of a document (Decree 30/2020 Phụ lục I): "Nơi nhận:" bold italic 12 pt with
 * its list in 11 pt on the left; on the right the authority and title upper case bold, space to sign, the name bold.
 * Kept together on one page.
 */
export function drawSignatureAndRecipients(doc: Pdf, signature: Signature, recipients: readonly string[]): void {
  const box = contentBox('portrait');
  const leftWidth = box.width * LEFT_SHARE;
  const rightX = box.x + leftWidth;
  const rightWidth = box.width - leftWidth;
  const right = { width: rightWidth, align: 'center' as const };
  const titleLines = [signature.authority, signature.title].filter((t): t is string => !!t).map(upper);

  doc.font(FONT.bold).fontSize(14);
  const titleHeight = doc.heightOfString(titleLines.join('\n'), right);
  const needed = mm(4) + Math.max(titleHeight + SIGNING_SPACE + mm(8), mm(6) + recipients.length * mm(5));
  if (doc.y + needed > box.bottom) {
    addPage(doc, 'portrait');
    doc.y = box.y;
  }
  const top = doc.y + mm(4);

  doc.font(FONT.boldItalic).fontSize(12).text('Nơi nhận:', box.x, top, { width: leftWidth });
  doc.font(FONT.regular).fontSize(11);
  for (const line of recipients) doc.text(line, box.x, doc.y, { width: leftWidth });
  const leftBottom = doc.y;

  // Titles not set leave their place empty for the signer to write in, as the name below.
  doc.font(FONT.bold).fontSize(14);
  if (titleLines.length > 0) doc.text(titleLines.join('\n'), rightX, top, right);
  else doc.y = top + doc.currentLineHeight();
  const nameY = doc.y + SIGNING_SPACE;
  // Without a name the line stays empty for the signer to write it in.
  if (signature.name) doc.text(signature.name, rightX, nameY, right);
  doc.x = box.x;
  doc.y = Math.max(leftBottom, nameY + mm(8));
}
