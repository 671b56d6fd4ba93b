import type { IncidentType } from './agreements.ts';
import type { Level } from '../shared/levels.ts';

export { INCIDENT_TYPES, type IncidentType } from './agreements.ts';

/**
 * An incident report's life: a draft is edited freely; filing registers it in the outgoing book and marks its items;
 * export puts it in a package for the police; their receipt acknowledges it; the security officer closes it. Reports
 * imported in receiver mode start as `received` and become `acknowledged` when the receipt is written.
 */
export const INCIDENT_STATES = ['draft', 'filed', 'exported', 'acknowledged', 'closed', 'received'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** The legal definitions shown next to the choice (Law 29/2018 Art. 2; the Laos agreement adds "at risk"). */
export const INCIDENT_TYPE_INFO: Record<IncidentType, { name: string; definition: string; itemStatus: string }> = {
  exposed: {
    name: 'Bị lộ',
    definition: 'Người không có trách nhiệm biết được nội dung bí mật nhà nước (Điều 2 Luật Bảo vệ bí mật nhà nước).',
    itemStatus: 'exposed',
  },
  lost: {
    name: 'Bị mất',
    definition:
      'Tài liệu, vật chứa bí mật nhà nước không còn thuộc sự quản lý của cơ quan, tổ chức, người có trách nhiệm quản lý (Điều 2 Luật Bảo vệ bí mật nhà nước).',
    itemStatus: 'lost',
  },
  at_risk: {
    name: 'Có nguy cơ bị xâm phạm',
    definition:
      'Bí mật nhà nước có nguy cơ bị lộ, bị mất hoặc bị xâm phạm (trường hợp Hiệp định với Lào quy định phải thông báo).',
    itemStatus: 'at_risk',
  },
};

/** The default addressee of every incident report (configurable in the settings). */
export const DEFAULT_INCIDENT_ADDRESSEE = 'Phòng An ninh chính trị nội bộ, Công an tỉnh';

/** What a report says about each item it concerns: numbers, level, agreement — never the summary. */
export interface IncidentItemRef {
  itemId: string;
  book: 'outgoing' | 'incoming';
  registerYear: number;
  registerNo: number;
  docNumber: string;
  docDate: string;
  level: Level;
  agreement: string | null;
}

export interface IncidentRecord {
  id: string;
  unitFingerprint: string | null;
  unitName: string;
  chainId: string;
  version: number;
  state: IncidentState;
  type: IncidentType;
  level: Level;
  discoveredAt: string;
  place: string;
  items: IncidentItemRef[];
  circumstances: string;
  personsInvolved: string | null;
  measures: string;
  remedy: string | null;
  addressee: string;
  foreignPartyNotice: boolean;
  reportItemId: string | null;
  reportNumber: string | null;
  createdAt: string;
  createdBy: string;
  filedAt: string | null;
  filedBy: string | null;
  exportedAt: string | null;
  acknowledgedAt: string | null;
  closedAt: string | null;
  packageId: string | null;
}

/** The highest level among the items: a report is at least as secret as what it describes. */

/** The allowed moves; anything else is refused with the state named. */
const NEXT: Record<IncidentState, IncidentState[]> = {
  draft: ['filed'],
  filed: ['exported', 'closed'],
  exported: ['acknowledged', 'closed'],
  acknowledged: ['closed'],
  closed: [],
  received: ['acknowledged'],
};

export const canMove = (from: IncidentState, to: IncidentState): boolean => NEXT[from].includes(to);

export const INCIDENT_STATE_NAMES: Record<IncidentState, string> = {
  draft: 'Bản nháp',
  filed: 'Đã lập',
  exported: 'Đã ghi gói',
  acknowledged: 'Đã được xác nhận',
  closed: 'Đã kết thúc',
  received: 'Đã nhận',
};

/** The issuing body's short symbol for "Số: n/BC-…": the initials of the unit's name unless set in the settings. */
export function defaultDocumentSymbol(unitName: string): string {
  const initials = unitName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .split(/[\s,.-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  return initials.slice(0, 12) || 'DV';
}

/** Hours since discovery, for the visible clock and the stale-draft flag. */
export const hoursSince = (from: string, at: string): number => (Date.parse(at) - Date.parse(from)) / 3_600_000;
