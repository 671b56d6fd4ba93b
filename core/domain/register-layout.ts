import layouts from '../../resources/templates/register-layouts.json' with { type: 'json' };
import type { Book, ItemRecord } from './items.ts';
import { vietnamDate } from './items.ts';
import { LEVEL_NAMES } from '../shared/levels.ts';

/**
 * Register book layouts are versioned template data (resources/templates/register-layouts.json): the Decree
 * 63/2026 annex is not yet at hand, so the columns must change without code changes.
 */
export const REGISTER_LAYOUTS = layouts;

export interface LayoutColumn {
  key: string;
  header: string;
  width: number;
}

export const columnsOf = (book: Book): LayoutColumn[] => layouts.books[book].columns;
export const bookTitle = (book: Book): string => layouts.books[book].title;

/**
 * Columns the .xlsx export adds after the book's own. The paper book is printed one year at a time and leaves out
 * what the register keeps elsewhere; a file that must come back whole needs the year (numbers restart every year,
 * and a letter dated in December may be in January's book), and what registration requires of an item: the
 * agreement, the foreign body and, for a received item, the marking as the foreign party wrote it.
 */
const EXPORT_TAIL: Record<Book, LayoutColumn[]> = {
  outgoing: [
    { key: 'registerYear', header: 'Năm đăng ký', width: 8 },
    { key: 'agreement', header: 'Hiệp định', width: 9 },
    { key: 'foreignBody', header: 'Cơ quan nước ngoài', width: 22 },
  ],
  incoming: [
    { key: 'registerYear', header: 'Năm đăng ký', width: 8 },
    { key: 'agreement', header: 'Hiệp định', width: 9 },
    { key: 'foreignBody', header: 'Cơ quan nước ngoài', width: 22 },
    { key: 'foreignMarking', header: 'Độ mật ghi trên tài liệu', width: 14 },
  ],
};

/** The columns of the app's own .xlsx export of a book: the book's layout, then the tail above. */
export const exportColumnsOf = (book: Book): LayoutColumn[] => [...columnsOf(book), ...EXPORT_TAIL[book]];

/** dd/mm/yyyy, as dates are written in the register book. */
export function vnDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The text of one register cell for an item; a Tuyệt mật item has no summary, so only its type is written. */
export function cellText(item: ItemRecord, key: string): string | number {
  switch (key) {
    case 'registerNo':
      return item.registerNo;
    case 'docNumber':
      return item.docNumber;
    case 'docDate':
      return vnDate(item.docDate);
    case 'receivedDate':
      return vnDate(vietnamDate(item.registeredAt));
    case 'typeAndSummary':
      return item.summary ? `${item.docType}: ${item.summary}` : item.docType;
    case 'level':
      return LEVEL_NAMES[item.level];
    case 'originator':
      return item.originator;
    case 'author':
      return item.foreignBody ? `${item.originator} (${item.foreignBody})` : item.originator;
    case 'recipients':
      return item.recipients ?? item.foreignBody ?? item.department ?? '';
    case 'storagePlace':
      return item.handling.storagePlace ?? '';
    case 'copies':
      return item.copies;
    case 'notes':
      return item.notes ?? '';
    case 'registerYear':
      return item.registerYear;
    case 'agreement':
      return item.agreement ?? '';
    case 'foreignBody':
      return item.foreignBody ?? '';
    case 'foreignMarking':
      return item.foreignMarking ?? '';
    default:
      // Columns the register keeps by hand (handover date, signature) stay blank.
      return '';
  }
}
