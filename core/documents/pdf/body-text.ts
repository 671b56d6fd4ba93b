import { contentBox, mm } from './geometry.ts';
import { addPage, FONT, type Pdf } from './pdf-writer.ts';

/**
 * Ô 6, the body of a portrait document (Decree 30/2020 Phụ lục I): 13–14 pt, justified, first line indented 1 cm,
 * at least 6 pt between paragraphs, single to 1.5 line spacing; section headings "I. …" upper case bold.
 */
export const BODY = { size: 14, indent: mm(10), paragraphGap: 6, lineGap: 2 } as const;

/** Starts a new page when fewer than `lines` body lines fit, so a heading is never left alone at a page's foot. */
export function keepLines(doc: Pdf, lines: number): void {
  const box = contentBox('portrait');
  doc.font(FONT.regular).fontSize(BODY.size);
  if (doc.y + lines * (doc.currentLineHeight(true) + BODY.lineGap) > box.bottom) {
    addPage(doc, 'portrait');
    doc.y = box.y;
  }
  doc.x = box.x;
}

export function drawHeading(doc: Pdf, text: string): void {
  keepLines(doc, 3);
  const box = contentBox('portrait');
  doc.font(FONT.bold).fontSize(BODY.size).text(text, box.x, doc.y, {
    width: box.width,
    indent: BODY.indent,
    lineGap: BODY.lineGap,
    paragraphGap: BODY.paragraphGap,
  });
}

/** One paragraph; a lead ("1. Loại sự việc:") is set in bold and the text runs on after it. */
export function drawParagraph(doc: Pdf, text: string, lead?: string): void {
  keepLines(doc, 2);
  const box = contentBox('portrait');
  const options = {
    width: box.width,
    align: 'justify' as const,
    indent: BODY.indent,
    lineGap: BODY.lineGap,
    paragraphGap: BODY.paragraphGap,
  };
  doc.fontSize(BODY.size);
  if (lead && text) {
    doc.font(FONT.bold).text(`${lead} `, box.x, doc.y, { ...options, continued: true });
    doc.font(FONT.regular).text(text, options);
  } else {
    doc.font(lead ? FONT.bold : FONT.regular).text(lead ?? text, box.x, doc.y, options);
  }
  doc.x = box.x;
}
