import type { ChannelInput } from '../../../core/api/contract.ts';
import type { Book } from '../../../core/domain/items.ts';

export type ImportInput = NonNullable<ChannelInput<'items.importPreview'>>;
export type ImportMapping = NonNullable<ImportInput['mapping']>;

/**
 * The item fields an old register's columns can fill. A copy of IMPORT_FIELDS in core/api/contract/items-import.ts:
 * importing that module pulls zod into the page, whose feature check calls eval and is blocked by the CSP.
 * tests/unit/renderer-copies.test.ts keeps the two lists equal.
 */
export const IMPORT_FIELDS = [
  'registerNo',
  'registerYear',
  'receivedDate',
  'docNumber',
  'docDate',
  'docType',
  'summary',
  'level',
  'agreement',
  'foreignBody',
  'foreignMarking',
  'originator',
  'recipients',
  'copies',
  'pages',
  'department',
  'storagePlace',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers old registers commonly have; offered as suggestions for every column. */
export const COMMON_HEADERS = [
  'STT',
  'Số đến',
  'Ngày đến',
  'Số, ký hiệu',
  'Ngày văn bản',
  'Loại văn bản',
  'Trích yếu',
  'Độ mật',
  'Tác giả',
  'Nơi nhận',
  'Số bản',
  'Ghi chú',
];

/** A first guess, as most registers typed in Excel head their columns; the officer corrects what differs. */
export const GUESSED_COLUMNS: Partial<Record<ImportField, string>> = {
  registerNo: 'STT',
  receivedDate: 'Ngày đến',
  docNumber: 'Số, ký hiệu',
  docDate: 'Ngày văn bản',
  summary: 'Trích yếu',
  level: 'Độ mật',
  originator: 'Tác giả',
};

export interface ImportForm {
  book: Book;
  sheet: string;
  headerRow: string;
  year: string;
  encoding: 'auto' | 'unicode' | 'tcvn3' | 'vni';
  columns: Partial<Record<ImportField, string>>;
  defaults: {
    agreement: string;
    level: string;
    docType: string;
    originator: string;
    copies: string;
    department: string;
  };
}

export const initialImportForm = (book: Book): ImportForm => ({
  book,
  sheet: '',
  headerRow: '1',
  year: '',
  encoding: 'auto',
  columns: { ...GUESSED_COLUMNS },
  defaults: { agreement: '', level: '', docType: 'Công văn', originator: '', copies: '', department: '' },
});

/** The form as the contract's mapping: empty columns and defaults are left out. */
export function toMapping(form: ImportForm): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const field of IMPORT_FIELDS) {
    const v = form.columns[field]?.trim();
    if (v) columns[field] = v;
  }
  const d = form.defaults;
  const defaults: NonNullable<ImportMapping['defaults']> = {};
  if (d.agreement) defaults.agreement = d.agreement;
  if (d.level) defaults.level = d.level as NonNullable<typeof defaults.level>;
  if (d.docType.trim()) defaults.docType = d.docType.trim();
  if (d.originator.trim()) defaults.originator = d.originator.trim();
  if (/^\d+$/.test(d.copies.trim())) defaults.copies = Number(d.copies.trim());
  if (d.department.trim()) defaults.department = d.department.trim();
  const mapping: ImportMapping = {
    book: form.book,
    headerRow: /^\d+$/.test(form.headerRow.trim()) ? Number(form.headerRow.trim()) : 1,
    encoding: form.encoding,
    columns,
    defaults,
  };
  const sheet = form.sheet.trim();
  if (sheet) mapping.sheet = /^\d+$/.test(sheet) ? Number(sheet) : sheet;
  if (/^\d{4}$/.test(form.year.trim())) mapping.year = Number(form.year.trim());
  return mapping;
}

/** File bytes as base64, in chunks (a 20 MB register would overflow String.fromCharCode's argument list). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
