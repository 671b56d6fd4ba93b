import { contentBox, mm, type Orientation } from './geometry.ts';
import { addPage, FONT, type Pdf } from './pdf-writer.ts';

export interface TableSpec {
  headers: string[];
  /** Relative widths; scaled to the content width. */
  widths: number[];
  rows: string[][];
  fontSize: number;
  orientation: Orientation;
}

const PAD = mm(1.2);

/**
 * A bordered table that breaks across pages and repeats its header row on each one, like a register book page.
 * Leaves the cursor under the table.
 */
export function drawTable(doc: Pdf, spec: TableSpec, startY?: number): void {
  const box = contentBox(spec.orientation);
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const widths = spec.widths.map((w) => (w / total) * box.width);
  const heightOf = (cells: string[], font: string) => {
    doc.font(font).fontSize(spec.fontSize);
    return (
      Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 0) - 2 * PAD }))) + 2 * PAD
    );
  };
  const drawRow = (cells: string[], y: number, font: string, height: number) => {
    let x = box.x;
    doc.font(font).fontSize(spec.fontSize).lineWidth(0.5);
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, height).stroke();
      doc.text(cell, x + PAD, y + PAD, { width: w - 2 * PAD, align: font === FONT.bold ? 'center' : 'left' });
      x += w;
    });
  };
  const headerHeight = heightOf(spec.headers, FONT.bold);
  let y = startY ?? box.y + mm(12);
  drawRow(spec.headers, y, FONT.bold, headerHeight);
  y += headerHeight;
  for (const row of spec.rows) {
    const height = heightOf(row, FONT.regular);
    if (y + height > box.bottom) {
      addPage(doc, spec.orientation);
      y = box.y + mm(12);
      drawRow(spec.headers, y, FONT.bold, headerHeight);
      y += headerHeight;
    }
    drawRow(row, y, FONT.regular, height);
    y += height;
  }
  doc.x = box.x;
  doc.y = y;
}
