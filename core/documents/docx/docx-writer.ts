import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  TableBorders,
  TableCell,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';

/** Word measures in twentieths of a point. */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** The Decree 30/2020 margins the PDF engine uses (top/bottom 20 mm, left 30 mm, right 15 mm) on A4 portrait. */
export const MARGIN = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15), header: twips(8) };
export const A4_TWIPS = { width: twips(210), height: twips(297) };
export const CONTENT_WIDTH = twips(210 - 30 - 15);

/**
 * Named, not embedded, as in the register book DOCX: Word has Times New Roman; LibreOffice substitutes a
 * metric-compatible face (Liberation Serif or Tinos), so lines break in the same places.
 */
export const FONT = 'Times New Roman';

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Points; default 13. */
  size?: number;
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: (style.size ?? 13) * 2,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });

export interface ParaStyle extends RunStyle {
  align?: Align;
  /** Points before and after the paragraph. */
  before?: number;
  after?: number;
  /** First-line indent in millimetres. */
  firstLine?: number;
  keepNext?: boolean;
}

export function para(content: string | ParagraphChild[], style: ParaStyle = {}): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.LEFT,
    spacing: { before: (style.before ?? 0) * 20, after: (style.after ?? 0) * 20 },
    ...(style.firstLine ? { indent: { firstLine: twips(style.firstLine) } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
    children: typeof content === 'string' ? [run(content, style)] : content,
  });
}

/** A short centred rule of `length` twips in a column `width` twips wide: a bordered empty paragraph, indented. */
export function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** A table cell of a fixed width; `boxed` draws its four sides (a stamp box), otherwise it has none. */
export function cell(children: Paragraph[], width: number, boxed = false): TableCell {
  const side = boxed ? LINE : NONE;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: side, bottom: side, left: side, right: side },
    // A box keeps a little air inside; a layout cell none, so its column is the width the PDF gives it.
    margins: boxed ? { left: 70, right: 70, top: 20, bottom: 20 } : { left: 0, right: 0, top: 0, bottom: 0 },
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  });
}

export const NO_BORDERS = TableBorders.NONE;
