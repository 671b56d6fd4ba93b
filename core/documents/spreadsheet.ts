import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { AppError } from '../domain/errors.ts';

export type Cell = string | number | boolean | Date | null;

/** 20 MB: far beyond any register typed by hand; a larger file is refused before it is parsed. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The rows of one sheet (first by default). Anything that is not an .xlsx workbook gets one clear error. */
export async function readSpreadsheet(content: Buffer, sheet?: string | number): Promise<Cell[][]> {
  if (content.length > MAX_SPREADSHEET_BYTES) {
    throw new AppError('VALIDATION', `Tệp quá lớn (${Math.round(content.length / 1048576)} MB); tối đa 20 MB.`);
  }
  if (!content.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new AppError(
      'VALIDATION',
      'Tệp không phải bảng tính Excel .xlsx (các tệp .xls cũ hãy mở bằng Excel và lưu lại dạng .xlsx).',
    );
  }
  try {
    const rows = sheet === undefined ? await readSheet(content) : await readSheet(content, sheet);
    return rows as Cell[][];
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/sheet/i.test(message) && sheet !== undefined)
      throw new AppError('VALIDATION', `Không có trang tính "${sheet}" trong tệp.`);
    throw new AppError('VALIDATION', 'Tệp .xlsx bị hỏng hoặc không đọc được.');
  }
}

export interface SheetSpec {
  /** Rows above the table (stamp, title); each is one merged line across the table. */
  banner: string[];
  headers: string[];
  widths: number[];
  rows: (string | number)[][];
  sheetName: string;
}

/** One sheet, register style: banner lines in bold, a bold header row, then the data. */
export async function writeSpreadsheet(spec: SheetSpec): Promise<Buffer> {
  const span = spec.headers.length;
  const data = [
    ...spec.banner.map((line) => [{ value: line, fontWeight: 'bold' as const, span }]),
    spec.headers.map((h) => ({ value: h, fontWeight: 'bold' as const, wrap: true, borderStyle: 'thin' as const })),
    ...spec.rows.map((row) =>
      row.map((v) => ({ value: v, wrap: typeof v === 'string', borderStyle: 'thin' as const })),
    ),
  ];
  return writeXlsxFile(data as never, {
    columns: spec.widths.map((width) => ({ width })),
    sheet: spec.sheetName,
  }).toBuffer();
}
