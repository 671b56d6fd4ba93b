import type { Level } from '../shared/levels.ts';

export const DIRECTIONS = ['outgoing', 'incoming'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Sổ đăng ký BMNN đi / đến: one book per direction, numbered per year. */
export type Book = 'outgoing' | 'incoming';
export const bookOf = (direction: Direction): Book => direction;

export const CHANNELS_OF_TRANSMISSION = ['hand_carry', 'courier', 'diplomatic_courier', 'post'] as const;
export type TransmissionChannel = (typeof CHANNELS_OF_TRANSMISSION)[number];

export const ITEM_STATUSES = [
  'registered',
  'in_storage',
  'transferred',
  'returned',
  'recalled',
  'destroyed',
  'lost',
  'exposed',
  'at_risk',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Vietnam keeps one offset all year (UTC+7), so the register year and dates need no time-zone database. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The calendar date in Vietnam of an instant: numbering restarts on 1 January local time, not UTC. */
export function vietnamDate(at: string | Date): string {
  const ms = (typeof at === 'string' ? Date.parse(at) : at.getTime()) + VIETNAM_OFFSET_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

export const registerYearOf = (at: string | Date): number => Number(vietnamDate(at).slice(0, 4));

/** Protected-until date: the determination date plus the term in years (29 February rolls to 28 February). */
export function protectedUntil(determinedOn: string, years: number): string {
  const [y, m, d] = determinedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** An item as stored and shown (the contract's item output). */
export interface ItemRecord {
  id: string;
  book: Book;
  registerYear: number;
  registerNo: number;
  direction: Direction;
  agreement: string | null;
  department: string | null;
  foreignBody: string | null;
  docNumber: string;
  docDate: string;
  docType: string;
  summary: string | null;
  level: Level;
  foreignMarking: string | null;
  equivalentLevel: Level | null;
  originator: string;
  recipients: string | null;
  copies: number;
  pages: number | null;
  levelDeterminedOn: string | null;
  protectionYears: number | null;
  protectionReason: string | null;
  protectedUntil: string | null;
  foreignProtectionNote: string | null;
  envelopes: number;
  envelopeLetter: string;
  handling: {
    namedRecipientOnly: boolean;
    channel: TransmissionChannel | null;
    storagePlace: string | null;
    copyingAllowed: boolean;
    returnBy: string | null;
  };
  approval: {
    approverName: string;
    approverTitle: string;
    legalBasis: string;
    decisionNo: string;
    decisionDate: string;
  } | null;
  status: ItemStatus;
  notes: string | null;
  registeredAt: string;
  registeredBy: string;
}

export interface ItemFilter {
  book?: Book | undefined;
  year?: number | undefined;
  level?: Level | undefined;
  agreement?: string | undefined;
  status?: ItemStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
  department?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}
