/**
 * The blocks of an administrative document in the Decree 30/2020/NĐ-CP layout (Phụ lục I), as plain text, so the PDF
 * and the DOCX print exactly the same words. Ô numbers are the decree's.
 */

/** Ô 1: national title and motto. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Place left for the writer to fill in by hand when none is given (ô 4). */
export const BLANK_PLACE = '……';

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

/** Ô 7: who signs. Without a name the line stays empty for a handwritten one. */
export interface Signature {
  /** "KT. GIÁM ĐỐC", "TM. …" when someone signs on another's behalf. */
  authority: string | null;
  title: string;
  name: string | null;
}

/**
 * Ô 3. A number not yet given (a draft) is left blank before the symbol, as on a draft awaiting registration; the
 * number itself is printed as the register gave it.
 */
export function numberLine(number: string | null, kindSymbol: string, unitSymbol: string): string {
  return number ? `Số: ${number}` : `Số:        /${kindSymbol}-${unitSymbol}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Ô 4 from an ISO calendar date: day below 10 and months 1 and 2 take a leading zero (Decree 30/2020 Phụ lục I).
 * No date (a draft) leaves day and month blank for the date of issue.
 */
export function placeDateLine(place: string | null, date: string | null, year: number): string {
  const where = place?.trim() || BLANK_PLACE;
  if (!date) return `${where}, ngày      tháng      năm ${year}`;
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${where}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** Vietnamese upper case ("Sở Ngoại vụ tỉnh Đắk Lắk" → "SỞ NGOẠI VỤ TỈNH ĐẮK LẮK"). */
export const upper = (text: string) => text.toLocaleUpperCase('vi');
