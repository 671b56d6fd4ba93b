import type { ParsedInput } from '../api/contract.ts';
import { AppError } from '../domain/errors.ts';
import { timeOrderedUuid } from '../domain/ids.ts';
import {
  type CellValue,
  cellString,
  columnLetterIndex,
  parseCellDate,
  parseCellInteger,
  parseCellLevel,
} from '../domain/import-cells.ts';
import { TUYET_MAT_SUMMARY_ALLOWED } from '../domain/item-rules.ts';
import { type Book, type ItemRecord, protectedUntil } from '../domain/items.ts';
import { DEFAULT_PROTECTION_YEARS, ENVELOPE_LETTER, envelopesFor } from '../shared/levels.ts';
import { convertText, type LegacyEncoding } from '../domain/legacy-encoding.ts';

export type ImportMapping = NonNullable<ParsedInput<'items.importPreview'>['mapping']>;
type Field = keyof ImportMapping['columns'];

export interface ParsedRow {
  row: number;
  item: ItemRecord;
  errors: string[];
}

/** Who and what the imported rows are recorded as coming from. */
export interface RowContext {
  encoding: LegacyEncoding;
  today: string;
  at: string;
  registeredBy: string;
  /** The agreements this register knows: an item may name no other (the items table refers to them). */
  agreements: ReadonlySet<string>;
}

/** Finds each mapped column by its header text (case, tone and spacing ignored) or by its letter. */
function resolveColumns(
  header: CellValue[],
  mapping: ImportMapping,
  convert: (s: string) => string,
): Map<Field, number> {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const headers = header.map((h) => norm(convert(cellString(h))));
  const out = new Map<Field, number>();
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(mapping.columns) as [Field, string][]) {
    // A header text first ("STT" is a header, not column STT); a bare letter (A, B, AA) only when no header matches.
    const byHeader = headers.indexOf(norm(spec));
    const index = byHeader >= 0 ? byHeader : (columnLetterIndex(spec) ?? -1);
    if (index < 0) missing.push(`"${spec}"`);
    else out.set(field, index);
  }
  if (missing.length)
    throw new AppError('VALIDATION', `Không thấy cột ${missing.join(', ')} ở dòng tiêu đề số ${mapping.headerRow}.`);
  return out;
}

/**
 * The day the entry was made: the received date, else the document date, but not before its book's year began (a
 * letter dated in December can be registered in January's book), so the entry sits in the year its number belongs to.
 */
function registeredOn(date: string, registerYear: number): string {
  const start = `${registerYear}-01-01`;
  return registerYear > 0 && date < start ? start : date;
}

export function parseRows(rows: CellValue[][], mapping: ImportMapping, context: RowContext): ParsedRow[] {
  const { encoding, today, at } = context;
  const convert = (s: string) => convertText(s, encoding);
  const columns = resolveColumns(rows[mapping.headerRow - 1] ?? [], mapping, convert);
  const book: Book = mapping.book;
  const parsed: ParsedRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(mapping.headerRow).forEach((cells, i) => {
    const row = mapping.headerRow + i + 1;
    const raw = (field: Field): CellValue => {
      const index = columns.get(field);
      return index === undefined ? undefined : cells[index];
    };
    const text = (field: Field) => {
      const value = raw(field);
      return typeof value === 'string' ? convert(value).trim() : cellString(value);
    };
    if (cells.every((c) => cellString(c as CellValue) === '')) return;
    const errors: string[] = [];
    const registerNo = parseCellInteger(raw('registerNo'));
    if (registerNo === null) errors.push('số thứ tự (số đăng ký) không phải số nguyên dương');
    const docDate = parseCellDate(raw('docDate'));
    if (!docDate) errors.push(`ngày văn bản "${cellString(raw('docDate'))}" không đọc được (dùng dd/mm/yyyy)`);
    else if (docDate > today) errors.push('ngày văn bản sau ngày hôm nay');
    const received = columns.has('receivedDate') ? parseCellDate(raw('receivedDate')) : null;
    if (columns.has('receivedDate') && text('receivedDate') && !received) errors.push('ngày đến không đọc được');
    const registerYear =
      parseCellInteger(raw('registerYear')) ?? mapping.year ?? Number((received ?? docDate ?? '').slice(0, 4)) ?? null;
    if (!registerYear) errors.push('không xác định được năm của sổ');
    const level = columns.has('level')
      ? parseCellLevel(convert(cellString(raw('level'))))
      : (mapping.defaults.level ?? null);
    if (!level) errors.push(`độ mật "${text('level')}" không phải Tuyệt mật, Tối mật hoặc Mật`);
    const docNumber = text('docNumber');
    if (!docNumber) errors.push('thiếu số, ký hiệu văn bản');
    const summary = text('summary') || null;
    if (level === 'tuyet_mat' && summary && !TUYET_MAT_SUMMARY_ALLOWED) {
      errors.push('tài liệu Tuyệt mật có trích yếu: không được lưu; xóa trích yếu trong tệp rồi nhập lại');
    }
    const originator = text('originator') || mapping.defaults.originator || '';
    if (!originator) errors.push('thiếu nơi ban hành / người ký');
    const copies =
      columns.has('copies') && text('copies') ? parseCellInteger(raw('copies')) : (mapping.defaults.copies ?? 1);
    if (copies === null) errors.push('số bản không phải số nguyên dương');
    const key = `${registerYear}#${registerNo}`;
    if (registerNo !== null && seen.has(key))
      errors.push(`trùng số ${registerNo}/${registerYear} với dòng ${seen.get(key)}`);
    seen.set(key, row);
    const agreement = text('agreement') || mapping.defaults.agreement || null;
    if (agreement && !context.agreements.has(agreement)) errors.push(`không có Hiệp định "${agreement}" trong sổ này`);
    const lvl = level ?? 'mat';
    const determined = docDate ?? today;
    parsed.push({
      row,
      errors,
      item: {
        // Ids count up from the import's time, one millisecond per row, so the id index grows at its edge.
        id: timeOrderedUuid(Date.parse(at) + i),
        book,
        registerYear: registerYear || 0,
        registerNo: registerNo ?? 0,
        direction: book,
        agreement,
        department: text('department') || mapping.defaults.department || null,
        foreignBody: text('foreignBody') || null,
        docNumber,
        docDate: docDate ?? '',
        docType: text('docType') || mapping.defaults.docType || 'Văn bản',
        // A Tuyệt mật item holds no summary (none is written for it on export, none may be stored): never a stand-in.
        summary: lvl === 'tuyet_mat' && !TUYET_MAT_SUMMARY_ALLOWED ? null : summary,
        level: lvl,
        foreignMarking: text('foreignMarking') || null,
        equivalentLevel: null,
        originator,
        recipients: text('recipients') || null,
        copies: copies ?? 1,
        pages: columns.has('pages') ? parseCellInteger(raw('pages')) : null,
        levelDeterminedOn: book === 'outgoing' ? determined : null,
        protectionYears: book === 'outgoing' ? DEFAULT_PROTECTION_YEARS[lvl] : null,
        protectionReason: null,
        protectedUntil: book === 'outgoing' ? protectedUntil(determined, DEFAULT_PROTECTION_YEARS[lvl]) : null,
        foreignProtectionNote: null,
        envelopes: envelopesFor(lvl),
        envelopeLetter: ENVELOPE_LETTER[lvl],
        handling: {
          namedRecipientOnly: false,
          channel: null,
          storagePlace: text('storagePlace') || null,
          copyingAllowed: false,
          returnBy: null,
        },
        approval: null,
        status: 'registered',
        notes: text('notes') || null,
        // The date the register records the entry, at midnight in Hà Nội.
        registeredAt: `${registeredOn(received ?? docDate ?? today, registerYear || 0)}T00:00:00.000+07:00`,
        registeredBy: context.registeredBy,
      },
    });
  });
  return parsed;
}
