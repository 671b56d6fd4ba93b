import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { vietnamDate } from '../domain/items.ts';
import { LEVEL_NAMES } from '../shared/levels.ts';
import { bookTitle, cellText, columnsOf, vnDate } from '../domain/register-layout.ts';
import { upper } from './admin-document.ts';
import { TRAINING_MARK } from './pdf/marking.ts';
import { highestLevel, numberRange, type RegisterBookInput } from './register-book.ts';

/** Word measures in twentieths of a point; Decree 30 margins in millimetres. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const MARGIN = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15) };
const FONT = 'Times New Roman';

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: (options.size ?? 13) * 2,
    bold: options.bold ?? false,
    italics: options.italics ?? false,
  });

const para = (
  text: string,
  options: {
    bold?: boolean;
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    before?: number;
  } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: { before: options.before ?? 0 },
    children: [run(text, options)],
  });

/**
 * The register book as .docx, for the people who keep editing it in Word: the same cover and columns as the PDF,
 * the level word in every page header, and the control footer (page x/y, copy number, audit-chain head) in every
 * page footer. Word supplies Times New Roman; LibreOffice substitutes a metric-compatible face.
 */
export async function registerBookDocx(input: RegisterBookInput): Promise<Buffer> {
  const items = [...input.items].sort((a, b) => a.registerNo - b.registerNo);
  const title = bookTitle(input.book);
  const level = LEVEL_NAMES[highestLevel(items)].toUpperCase();
  const head = `${input.auditHead.seq}:${input.auditHead.hash}`;
  const header = new Header({
    children: [
      ...(input.training ? [para(TRAINING_MARK, { bold: true, size: 10, align: AlignmentType.CENTER })] : []),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: {
          top: { style: BorderStyle.SINGLE, size: 8, color: '000000' },
          bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000' },
          left: { style: BorderStyle.SINGLE, size: 8, color: '000000' },
          right: { style: BorderStyle.SINGLE, size: 8, color: '000000' },
        },
        children: [run(level, { bold: true })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ font: FONT, size: 16, children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] }),
          run(` · Bản số 1/1 · Đầu chuỗi nhật ký trước khi in: ${head}`, { size: 8 }),
        ],
      }),
      para(`Kiểm tra: cxr audit verify --anchor ${head}`, { size: 8 }),
    ],
  });
  const columns = columnsOf(input.book);
  const total = columns.reduce((n, c) => n + c.width, 0);
  const cell = (text: string, bold: boolean, width: number) =>
    new TableCell({
      width: { size: Math.round((width / total) * 5000), type: WidthType.PERCENTAGE },
      children: [para(text, { bold, size: 10, align: bold ? AlignmentType.CENTER : AlignmentType.LEFT })],
    });
  const table = new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, true, c.width)) }),
      ...items.map(
        (item) => new TableRow({ children: columns.map((c) => cell(String(cellText(item, c.key)), false, c.width)) }),
      ),
    ],
  });
  const range = numberRange(items);
  const doc = new Document({
    creator: 'Sổ trao đổi tin mật',
    title: `${title} năm ${input.year}`,
    sections: [
      {
        properties: { page: { margin: MARGIN } },
        headers: { default: header },
        footers: { default: footer },
        children: [
          ...(input.parentBody ? [para(upper(input.parentBody), { align: AlignmentType.CENTER, before: 400 })] : []),
          para(upper(input.unitName), { bold: true, align: AlignmentType.CENTER, before: input.parentBody ? 0 : 400 }),
          para(title, { bold: true, size: 22, align: AlignmentType.CENTER, before: 4000 }),
          para(`Năm: ${input.year}`, { bold: true, size: 15, align: AlignmentType.CENTER, before: 400 }),
          ...(range ? [para(range, { size: 14, align: AlignmentType.CENTER, before: 200 })] : []),
          para(`Quyển số: ${input.volume}`, { size: 14, align: AlignmentType.CENTER, before: range ? 0 : 200 }),
        ],
      },
      {
        properties: { page: { margin: MARGIN, size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: { default: header },
        footers: { default: footer },
        children: [
          para(`${title} — NĂM ${input.year}`, { bold: true, align: AlignmentType.CENTER }),
          table,
          para(`In ngày ${vnDate(vietnamDate(input.printedAt))}`, { size: 10, before: 200 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
