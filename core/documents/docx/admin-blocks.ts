import { AlignmentType, type Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import { type AdminHeader, MOTTO, NATIONAL_TITLE, type Signature, upper } from '../admin-document.ts';
import { CONTENT_WIDTH, cell, NO_BORDERS, para, rule, twips } from './docx-writer.ts';

/** Rough printed width of text in twips (Times New Roman averages about half an em per character; caps more). */
const textWidth = (text: string, size: number, caps = false) =>
  Math.round(text.length * size * 20 * (caps ? 0.66 : 0.5));

const CENTER = AlignmentType.CENTER;

/**
 * Ô 1–5 of Decree 30/2020, the same layout as the PDF (core/documents/pdf/admin-header.ts): a borderless two-column
 * table — issuing body and number on the left, national title, motto and place/date on the right — then the type
 * and summary centred with a short rule, and the note under it.
 */
export function adminHeaderDocx(header: AdminHeader): (Paragraph | Table)[] {
  const leftWidth = Math.round(CONTENT_WIDTH * 0.45);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const body = upper(header.issuingBody);
  const top = new TableRow({
    children: [
      cell(
        [
          ...(header.parentBody ? [para(upper(header.parentBody), { align: CENTER, size: 12 })] : []),
          para(body, { align: CENTER, size: 12, bold: true }),
          rule(leftWidth, Math.min(leftWidth, textWidth(body, 12, true)) * 0.4),
        ],
        leftWidth,
      ),
      cell(
        [
          para(NATIONAL_TITLE, { align: CENTER, size: 12, bold: true }),
          // The motto's rule is as long as the motto: an underline is exactly that.
          para(MOTTO, { align: CENTER, size: 13, bold: true, underline: true }),
        ],
        rightWidth,
      ),
    ],
  });
  const numbers = new TableRow({
    children: [
      cell([para(header.numberLine, { align: CENTER, before: 6 })], leftWidth),
      cell([para(header.placeDateLine, { align: CENTER, before: 6, italics: true })], rightWidth),
    ],
  });
  return [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [leftWidth, rightWidth],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [top, numbers],
    }),
    para(header.docType, { align: CENTER, size: 14, bold: true, before: 24 }),
    para(header.summary, { align: CENTER, size: 14, bold: true }),
    rule(CONTENT_WIDTH, Math.min(CONTENT_WIDTH, textWidth(header.summary, 14)) * 0.4),
    ...(header.note ? [para(header.note, { align: CENTER, italics: true, before: 3 })] : []),
  ];
}

/** "Kính gửi: …" centred under the summary (ô 9a). */
export const addresseeDocx = (addressee: string) =>
  para(`Kính gửi: ${addressee}`, { align: CENTER, size: 14, before: 14, after: 8 });

/**
 * Ô 9b and ô 7 side by side, as in the PDF: "Nơi nhận:" bold italic 12 pt with its list in 11 pt on the left; the
 * authority and title upper case bold on the right, room to sign, then the name (or an empty line for it).
 */
export function signatureDocx(signature: Signature, recipients: readonly string[]): Table {
  const leftWidth = Math.round(CONTENT_WIDTH * 0.45);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const titles = [signature.authority, signature.title].filter((t): t is string => !!t).map(upper);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              para('Nơi nhận:', { size: 12, bold: true, italics: true, before: 12 }),
              ...recipients.map((line) => para(line, { size: 11 })),
            ],
            leftWidth,
          ),
          cell(
            [
              ...titles.map((t, i) => para(t, { align: CENTER, size: 14, bold: true, before: i === 0 ? 12 : 0 })),
              // Room for the handwritten signature and the seal (about 24 mm, as in the PDF).
              para('', { size: 14, after: Math.round((twips(24) - 320) / 20) }),
              para(signature.name ?? '', { align: CENTER, size: 14, bold: true }),
            ],
            rightWidth,
          ),
        ],
      }),
    ],
  });
}
