import { DEFAULT_INCIDENT_ADDRESSEE } from './incidents.ts';

/** Register-wide settings with their defaults; stored only when an admin changes them. */
export interface RegisterSettings {
  /** Minutes without keyboard or mouse activity before the app locks itself (UX: default 5). */
  idleLockMinutes: number;
  /**
   * Hours after which an unfiled incident draft is flagged. The law says "immediately after discovery" and sets no
   * hour count (DOMAIN §1.10), so this is a unit's working practice, not a legal deadline.
   */
  incidentDraftHours: number;
  /** Who incident reports go to ("Kính gửi"). */
  incidentAddressee: string;
  /** The unit's symbol in document numbers ("Số: 12/BC-SNV"); null: the initials of the unit's name. */
  documentSymbol: string | null;
}

export const DEFAULT_SETTINGS: RegisterSettings = {
  idleLockMinutes: 5,
  incidentDraftHours: 8,
  incidentAddressee: DEFAULT_INCIDENT_ADDRESSEE,
  documentSymbol: null,
};
export const IDLE_LOCK_RANGE = { min: 1, max: 60 } as const;
export const INCIDENT_DRAFT_HOURS_RANGE = { min: 1, max: 168 } as const;
