import type { ParsedInput } from '../api/contract.ts';
import type { IMPORT_FIELDS } from '../api/contract/items-import.ts';
import { type CellValue, cellString } from '../domain/import-cells.ts';
import { type Book, DIRECTIONS } from '../domain/items.ts';
import { bookTitle, columnsOf, exportColumnsOf } from '../domain/register-layout.ts';

type Mapping = NonNullable<ParsedInput<'items.importPreview'>['mapping']>;
type Field = (typeof IMPORT_FIELDS)[number];

/** The app's export has three title rows; a header row further down than this is not ours. */
const TITLE_ROWS_AT_MOST = 9;

/** A file written by `items.exportXlsx`: which book, where its header row is, and the layout key of each column. */
export interface OwnExport {
  book: Book;
  headerRow: number;
  keys: string[];
}

const norm = (value: CellValue) => cellString(value).normalize('NFC').replace(/\s+/g, ' ');

function headerCells(row: CellValue[] | undefined): string[] {
  const cells = (row ?? []).map(norm);
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * Recognises the app's own export by its form, never by guessing from the data: a header row that is exactly a
 * book's export columns (today's, or the book's layout alone as exports made before the tail columns were), below a
 * title row that names the same book. A table typed by hand with the same headers but no title is not taken for one.
 */
export function detectOwnExport(rows: CellValue[][]): OwnExport | null {
  for (const book of DIRECTIONS) {
    const title = norm(bookTitle(book));
    const layouts = [exportColumnsOf(book), columnsOf(book)];
    for (let h = 1; h <= Math.min(TITLE_ROWS_AT_MOST, rows.length - 1); h++) {
      const header = headerCells(rows[h]);
      const layout = layouts.find(
        (columns) => columns.length === header.length && columns.every((c, i) => norm(c.header) === header[i]),
      );
      if (!layout) continue;
      if (!rows.slice(0, h).some((row) => norm(row[0]).includes(title))) continue;
      return { book, headerRow: h + 1, keys: layout.map((c) => c.key) };
    }
  }
  return null;
}

/** Layout keys written as one item field each (the others are split below, or are kept by hand on paper). */
const FIELD_OF_KEY: Partial<Record<string, Field>> = {
  registerNo: 'registerNo',
  registerYear: 'registerYear',
  receivedDate: 'receivedDate',
  docNumber: 'docNumber',
  docDate: 'docDate',
  level: 'level',
  originator: 'originator',
  recipients: 'recipients',
  storagePlace: 'storagePlace',
  copies: 'copies',
  notes: 'notes',
  agreement: 'agreement',
  foreignBody: 'foreignBody',
  foreignMarking: 'foreignMarking',
};

/**
 * "Tên loại và trích yếu nội dung" is written "Loại: trích yếu", or the type alone when the item has no summary
 * (every Tuyệt mật item while the rules forbid its summary): the text before the first ": " is the type.
 */
export function splitTypeAndSummary(text: string): { docType: string; summary: string } {
  const at = text.indexOf(': ');
  return at < 0
    ? { docType: text.trim(), summary: '' }
    : { docType: text.slice(0, at).trim(), summary: text.slice(at + 2).trim() };
}

/** "Tác giả" is written "originator (foreign body)" when the item has a foreign body; the tail column names it. */
export function authorOriginator(author: string, foreignBody: string): string {
  const suffix = ` (${foreignBody})`;
  return foreignBody && author.endsWith(suffix) ? author.slice(0, -suffix.length).trim() : author.trim();
}

function fieldsOf(key: string): Field[] {
  if (key === 'typeAndSummary') return ['docType', 'summary'];
  if (key === 'author') return ['originator'];
  const field = FIELD_OF_KEY[key];
  return field ? [field] : [];
}

/**
 * The export as the mapping importer reads any register: its header row replaced by the item fields, one column per
 * field, with the combined columns split. Row numbers stay those of the file, so errors name the rows people see.
 */
export function ownExportAsMapped(rows: CellValue[][], own: OwnExport): { rows: CellValue[][]; mapping: Mapping } {
  const fields = [...new Set(own.keys.flatMap(fieldsOf))];
  const body = rows.slice(own.headerRow).map((cells) => {
    const values: Partial<Record<Field, CellValue>> = {};
    own.keys.forEach((key, i) => {
      const field = FIELD_OF_KEY[key];
      if (key === 'typeAndSummary') Object.assign(values, splitTypeAndSummary(cellString(cells[i])));
      else if (field) values[field] = cells[i];
    });
    const author = own.keys.indexOf('author');
    if (author >= 0) values.originator = authorOriginator(cellString(cells[author]), cellString(values.foreignBody));
    return fields.map((f) => values[f]);
  });
  return {
    rows: [...rows.slice(0, own.headerRow - 1), fields, ...body],
    mapping: {
      book: own.book,
      headerRow: own.headerRow,
      // The app writes Unicode; guessing a legacy encoding from its text could only go wrong.
      encoding: 'unicode',
      columns: Object.fromEntries(fields.map((f) => [f, f])),
      defaults: {},
    },
  };
}
