import { mm } from './geometry.ts';
import { FONT, type Pdf } from './pdf-writer.ts';

/** The two signature places of a handover (who gives, who receives), side by side under the text. */
export function drawHandoverSignatures(doc: Pdf, box: { x: number; width: number }, left: string, right: string): void {
  const y = doc.y + mm(12);
  const half = box.width / 2;
  doc.font(FONT.bold).fontSize(13).text(left, box.x, y, { width: half, align: 'center' });
  doc.text(right, box.x + half, y, { width: half, align: 'center' });
  doc
    .font(FONT.italic)
    .fontSize(12)
    .text('(Ký, ghi rõ họ tên)', box.x, y + mm(6), { width: half, align: 'center' });
  doc.text('(Ký, ghi rõ họ tên)', box.x + half, y + mm(6), { width: half, align: 'center' });
}
