import type { Signer } from '../domain/document-settings.ts';

/**
 * The blocks of an administrative document in the Decree 30/2020/NĐ-CP layout (Phụ lục I), as plain text, so the PDF
 * and the DOCX print exactly the same words. Ô numbers are the decree's.
 */

/** Ô 1: national title and motto. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Ô 4 without a place name in the settings: room to write it by hand (non-breaking spaces, so the line keeps it),
 * never a printed placeholder. The preview says the setting is empty.
 */
export const PLACE_LEFT_BLANK = '\u00a0'.repeat(14);

export interface AdminHeader {
  /** Ô 2: the parent body (upper case, regular), if any. */
  parentBody: string | null;
  /** Ô 2: the issuing body (upper case, bold). */
  issuingBody: string;
  /** Ô 3: "Số: 3/BC-SNVTDL". */
  numberLine: string;
  /** Ô 4: "Đắk Lắk, ngày 23 tháng 11 năm 2026". */
  placeDateLine: string;
  /** Ô 5a: the type of document ("BÁO CÁO"). */
  docType: string;
  /** Ô 5a: the summary line ("Về việc …"). */
  summary: string;
  /** Under the summary, e.g. which earlier report this one follows. */
  note: string | null;
}

/** Ô 7: who signs, as printed. A line without its text stays empty for a handwritten one. */
export interface Signature {
  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" when someone signs on another's behalf. */
  authority: string | null;
  title: string | null;
  name: string | null;
}

/** Ô 7a/7b from a signer (Decree 30/2020 Phụ lục I, II.7.b): the authority's abbreviation before the head's title. */
export function signatureOf(signer: Signer): Signature {
  const head = signer.headTitle ? upper(signer.headTitle) : null;
  const own = signer.title ? upper(signer.title) : null;
  switch (signer.authority) {
    case 'direct':
      return { authority: null, title: own, name: signer.name };
    case 'Q':
      return { authority: null, title: head && `Q. ${head}`, name: signer.name };
    default:
      return { authority: head && `${signer.authority}. ${head}`, title: own, name: signer.name };
  }
}

/**
 * The last line of "Nơi nhận" (ô 9b): "Lưu", the clerk's office "VT", the drafting unit's abbreviation and the
 * number of copies kept, ending with a full stop ("- Lưu: VT, PA03 (01).").
 */
export function archiveLine(archiveUnit: string | null, copies: number): string {
  return `- Lưu: VT${archiveUnit ? `, ${archiveUnit}` : ''} (${pad2(copies)}).`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Ô 3. A number not yet given (a draft) is left blank before the symbol, as on a draft awaiting registration; the
 * number itself is printed as the register gave it.
 */
export function numberLine(number: string | null, kindSymbol: string, unitSymbol: string): string {
  return number ? `Số: ${number}` : `Số:        /${kindSymbol}-${unitSymbol}`;
}

/**
 * Ô 4 from an ISO calendar date: day below 10 and months 1 and 2 take a leading zero (Decree 30/2020 Phụ lục I).
 * No date (a draft) leaves day and month blank for the date of issue.
 */
export function placeDateLine(place: string | null, date: string | null, year: number): string {
  const where = place?.trim() || PLACE_LEFT_BLANK;
  if (!date) return `${where}, ngày      tháng      năm ${year}`;
  return `${where}, ${dayMonthYear(date)}`;
}

/** "ngày 05 tháng 01 năm 2026" with the zero padding of ô 4. */
function dayMonthYear(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * The date line of an unclassified sheet (receipt, key sheet, package cover): "Đắk Lắk, ngày 05 tháng 01 năm 2026"
 * with the place, "Ngày 05 tháng 01 năm 2026" without it — such a sheet is complete without a place.
 */
export function datedLine(place: string | null, date: string): string {
  const when = dayMonthYear(date);
  return place?.trim() ? `${place.trim()}, ${when}` : `N${when.slice(1)}`;
}

/** Vietnamese upper case ("Sở Ngoại vụ tỉnh Đắk Lắk" → "SỞ NGOẠI VỤ TỈNH ĐẮK LẮK"). */
export const upper = (text: string) => text.toLocaleUpperCase('vi');
