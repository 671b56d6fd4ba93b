import { writeSpreadsheet } from '../../core/documents/spreadsheet.ts';

/** An old register as a clerk typed it in Excel: one header row, dd/mm/yyyy dates, level words, Vietnamese text. */
export async function legacyRegisterXlsx(
  rows: (string | number)[][],
  headers = ['STT', 'Ngày đến', 'Số, ký hiệu', 'Ngày văn bản', 'Trích yếu', 'Độ mật', 'Tác giả'],
): Promise<Buffer> {
  return writeSpreadsheet({ sheetName: 'So den', banner: [], headers, widths: headers.map(() => 15), rows });
}

export const LEGACY_MAPPING = {
  book: 'incoming',
  encoding: 'auto',
  columns: {
    registerNo: 'STT',
    receivedDate: 'Ngày đến',
    docNumber: 'Số, ký hiệu',
    docDate: 'Ngày văn bản',
    summary: 'Trích yếu',
    level: 'Độ mật',
    originator: 'Tác giả',
  },
  defaults: { agreement: 'VN-LA', docType: 'Công văn' },
} as const;

export const importInput = async (rows: (string | number)[][], mapping: object = LEGACY_MAPPING) => ({
  fileName: 'so-den-cu.xlsx',
  contentBase64: (await legacyRegisterXlsx(rows)).toString('base64'),
  mapping,
});
