import {
  AlignmentType,
  Footer,
  Header,
  Paragraph,
  PageNumber,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Level, LEVEL_NAMES } from '../../shared/levels.ts';
import { TRAINING_MARK } from '../pdf/marking.ts';
import { CONTENT_WIDTH, cell, FONT, NO_BORDERS, para } from './docx-writer.ts';

/** A stamp box wide enough for its word at 13 pt bold capitals, with a little air on each side. */
const boxWidth = (word: string) => 400 + word.length * 190;

export interface PageMarks {
  level: Level;
  /** "BẢN NHÁP" top left of every page while the document is not issued. */
  draftWord: string | null;
  training: boolean;
}

/**
 * The page header of a classified DOCX, like the PDF's markPages: the level stamp (ô 10a) boxed top right of every
 * page, the draft mark boxed top left, and the page number centred between them from page 2 on (Decree 30/2020), so
 * the first page's header (`withPageNumber: false`) differs from the others'.
 */
export function marksHeader(marks: PageMarks, withPageNumber: boolean): Header {
  const level = LEVEL_NAMES[marks.level].toLocaleUpperCase('vi');
  const left = marks.draftWord ? boxWidth(marks.draftWord) : boxWidth(level);
  const right = boxWidth(level);
  const middle = CONTENT_WIDTH - left - right;
  const stamp = (word: string) => para(word, { align: AlignmentType.CENTER, bold: true });
  const number = withPageNumber
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })],
        }),
      ]
    : [];
  return new Header({
    children: [
      ...(marks.training ? [para(TRAINING_MARK, { bold: true, size: 10, align: AlignmentType.CENTER })] : []),
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: [left, middle, right],
        layout: TableLayoutType.FIXED,
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            children: [
              cell(marks.draftWord ? [stamp(marks.draftWord)] : [], left, marks.draftWord !== null),
              cell(number, middle),
              cell([stamp(level)], right, true),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The control footer of every page: page x/y, the copy number and the audit-chain head with how to check it. */
export function controlFooter(copy: { n: number; of: number }, auditHead: { seq: number; hash: string }): Footer {
  const head = `${auditHead.seq}:${auditHead.hash}`;
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ font: FONT, size: 16, children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] }),
          new TextRun({
            font: FONT,
            size: 16,
            text: ` · Bản số ${copy.n}/${copy.of} · Đầu chuỗi nhật ký trước khi in: ${head}`,
          }),
        ],
      }),
      para(`Kiểm tra: cxr audit verify --anchor ${head} (hoặc màn hình Nhật ký, mốc đối chiếu)`, { size: 8 }),
    ],
  });
}
