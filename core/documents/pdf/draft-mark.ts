import { mm } from './geometry.ts';
import { FONT, fixedText, type Pdf } from './pdf-writer.ts';

/**
 * Marks the pages [from, to) of a document that is not issued yet ("BẢN NHÁP"): a boxed word top left of every page,
 * opposite the secrecy stamp, so a draft that leaves the room can never pass for the filed report.
 */
export function markDraftPages(doc: Pdf, word: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    doc.switchToPage(i);
    const x = doc.page.margins.left;
    const y = mm(9);
    doc.font(FONT.bold).fontSize(13);
    const width = doc.widthOfString(word) + mm(6);
    doc.lineWidth(1.5).rect(x, y, width, mm(8)).stroke();
    fixedText(doc, word, x, y + mm(2), { width, align: 'center' });
  }
}
