import type { ChannelOutput } from '../../../core/api/contract.ts';
import type { Book, ItemStatus, TransmissionChannel } from '../../../core/domain/items.ts';
import type { Level } from '../../../core/shared/levels.ts';
import layouts from '../../../resources/templates/register-layouts.json';
import rules from '../../../resources/rules/items.json';

/** An item as the register returns it (items.list, items.get). */
export type Item = ChannelOutput<'items.get'>;
export type SavedItem = ChannelOutput<'items.add'>;

/**
 * Values repeated from core/domain (the renderer imports only types from core): the lists the screens offer.
 * The service checks every value, so a drift shows as a validation message, never as a wrong record.
 */
export const BOOKS: readonly Book[] = ['outgoing', 'incoming'];
export const ITEM_STATUSES: readonly ItemStatus[] = [
  'registered',
  'in_storage',
  'transferred',
  'returned',
  'recalled',
  'destroyed',
  'lost',
  'exposed',
  'at_risk',
];
export const TRANSMISSION_CHANNELS: readonly TransmissionChannel[] = [
  'hand_carry',
  'courier',
  'diplomatic_courier',
  'post',
];
export const DOC_TYPES = ['Công văn', 'Báo cáo', 'Thông báo', 'Kế hoạch', 'Biên bản', 'Tờ trình', 'Quyết định'];

/** The rules data the service applies too (resources/rules/items.json). */
export const TUYET_MAT_SUMMARY_ALLOWED: boolean = rules.tuyetMatSummary.allowed;
export const TUYET_MAT_SUMMARY_BASIS: string = rules.tuyetMatSummary.legalBasis;
export const PROTECTION_BASIS: string = rules.protectionTerm.legalBasis;
export const RELEASE_BASIS: string = rules.foreignRelease.legalBasis;
/** Titles the rules recognise as able to approve release at a level: suggestions for the approver's title. */
export function approverTitles(level: Level | ''): string[] {
  const titles = rules.foreignRelease.approverTitles;
  const other = rules.foreignRelease.otherTitles as Record<string, string[]>;
  if (level === '') return [...new Set([...titles.tuyet_mat, ...titles.toi_mat, ...titles.mat])];
  return [...titles[level], ...(other[level] ?? [])];
}

export interface Column {
  key: string;
  header: string;
  width: number;
}

/** Layout columns the register keeps by hand on paper (handover date, signature): always blank on screen. */
const HAND_WRITTEN = new Set(['handoverDate', 'signature']);

/**
 * The book's columns in the paper register's order (resources/templates/register-layouts.json, versioned data),
 * without the columns that are only ever filled in by hand.
 */
export function columnsOf(book: Book): Column[] {
  return layouts.books[book].columns.filter((c) => !HAND_WRITTEN.has(c.key));
}

export const bookTitle = (book: Book): string => layouts.books[book].title;

/** The calendar date in Vietnam (UTC+7 all year) of an instant, as YYYY-MM-DD. */
export function vietnamDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The plain text of a register cell (the same wording as the Excel export, core/domain/register-layout.ts). */
export function cellText(item: Item, key: string): string {
  switch (key) {
    case 'registerNo':
      return `${item.registerNo}/${item.registerYear}`;
    case 'docNumber':
      return item.docNumber;
    case 'docDate':
      return item.docDate;
    case 'receivedDate':
      return vietnamDate(item.registeredAt);
    case 'typeAndSummary':
      return item.summary ? `${item.docType}: ${item.summary}` : item.docType;
    case 'originator':
      return item.originator;
    case 'author':
      return item.foreignBody ? `${item.originator} (${item.foreignBody})` : item.originator;
    case 'recipients':
      return item.recipients ?? item.foreignBody ?? item.department ?? '';
    case 'storagePlace':
      return item.handling.storagePlace ?? '';
    case 'copies':
      return String(item.copies);
    case 'notes':
      return item.notes ?? '';
    default:
      return '';
  }
}
