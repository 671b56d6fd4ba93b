import type { Level } from '../shared/levels.ts';
import { foldVietnamese } from './vietnamese-fold.ts';

/** Cell values of an old register as read from .xlsx: text, numbers, real dates or empty. */
export type CellValue = string | number | boolean | Date | null | undefined;

export function cellString(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** A date as typed in a Vietnamese register (dd/mm/yyyy, d-m-yy…), an ISO date, or an Excel date cell. */
export function parseCellDate(value: CellValue): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = cellString(value);
  let y: number;
  let m: number;
  let d: number;
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const vn = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  if (y < 100) y += y >= 50 ? 1900 : 2000;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "Tuyệt mật", "TỐI MẬT", "toi mat", "Mật"… -> the level code; null when it is none of the three. */
export function parseCellLevel(value: CellValue): Level | null {
  const key = foldVietnamese(cellString(value)).replace(/[^a-z]/g, '');
  if (key === 'tuyetmat') return 'tuyet_mat';
  if (key === 'toimat') return 'toi_mat';
  if (key === 'mat') return 'mat';
  return null;
}

export function parseCellInteger(value: CellValue): number | null {
  const n = typeof value === 'number' ? value : Number(cellString(value));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Column letters (A, B, …, AA) to a 0-based index; null when the text is not a column letter. */
export function columnLetterIndex(text: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  return [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
