import PDFDocument from 'pdfkit';
import type { DocumentAssets } from '../../ports/document-assets.ts';
import { MARGINS, type Orientation } from './geometry.ts';

export type Pdf = PDFKit.PDFDocument;

export const FONT = { regular: 'R', bold: 'B', italic: 'I', boldItalic: 'BI' } as const;

/**
 * A PDFKit document with the embedded Tinos faces registered, pages buffered (so the control footer can say
 * "Trang x/y" once the page count is known) and the Decree 30 margins.
 */
export function createPdf(assets: DocumentAssets, title: string): Pdf {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margins: MARGINS,
    info: { Title: title, Producer: 'Sổ trao đổi tin mật', Creator: 'Sổ trao đổi tin mật' },
  });
  doc.registerFont(FONT.regular, assets.font('regular'));
  doc.registerFont(FONT.bold, assets.font('bold'));
  doc.registerFont(FONT.italic, assets.font('italic'));
  doc.registerFont(FONT.boldItalic, assets.font('boldItalic'));
  return doc;
}

export function addPage(doc: Pdf, orientation: Orientation): void {
  doc.addPage({ size: 'A4', layout: orientation, margins: MARGINS });
  doc.font(FONT.regular).fontSize(13);
}

/** Ends the document and collects its bytes. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Writes text at a fixed place without letting PDFKit start a new page (footers sit inside the bottom margin). */
export function fixedText(doc: Pdf, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.text(text, x, y, { lineBreak: false, ...options });
  doc.page.margins.bottom = bottom;
}
