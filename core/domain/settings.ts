import { DEFAULT_INCIDENT_ADDRESSEE } from './incidents.ts';

/**
 * Ô 7 of Decree 30/2020 Phụ lục I: the authority a signer signs with. `direct` is the head signing in their own
 * name; "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền) go before the head's title with the signer's own
 * title under it; "Q." (quyền, acting head) goes before the head's title alone; "TM." (thay mặt) before the name of
 * the collective, with the signer's title under it.
 */
export const SIGNING_AUTHORITIES = ['direct', 'KT', 'TL', 'TUQ', 'Q', 'TM'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/** Register-wide settings with their defaults; stored only when someone allowed to changes them. */
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
  /** Ô 4's place name ("Đắk Lắk" in "Đắk Lắk, ngày 05 tháng 01 năm 2026"); null: not set yet. */
  placeName: string | null;
  /** Ô 2's parent body (cơ quan chủ quản), the top line of every header; null: none set. */
  parentBody: string | null;
  /** The drafting unit's abbreviation in the last line of "Nơi nhận" ("- Lưu: VT, PA03 (01)."). */
  archiveUnit: string | null;
  /** How many copies the unit keeps (số lượng bản lưu); a filed report is registered with these plus the one sent. */
  archiveCopies: number;
  /** The default signer of the unit's documents (ô 7); a report's print may name another. */
  signingAuthority: SigningAuthority;
  /** The head's title the authority stands before ("GIÁM ĐỐC" in "KT. GIÁM ĐỐC"), or the collective after "TM.". */
  signerHeadTitle: string | null;
  /** The signer's own title ("PHÓ GIÁM ĐỐC"; the head's own title when signing directly). */
  signerTitle: string | null;
  signerName: string | null;
}

export const DEFAULT_SETTINGS: RegisterSettings = {
  idleLockMinutes: 5,
  incidentDraftHours: 8,
  incidentAddressee: DEFAULT_INCIDENT_ADDRESSEE,
  documentSymbol: null,
  placeName: null,
  parentBody: null,
  archiveUnit: null,
  archiveCopies: 1,
  signingAuthority: 'direct',
  signerHeadTitle: null,
  signerTitle: null,
  signerName: null,
};
export const IDLE_LOCK_RANGE = { min: 1, max: 60 } as const;
export const INCIDENT_DRAFT_HOURS_RANGE = { min: 1, max: 168 } as const;
export const ARCHIVE_COPIES_RANGE = { min: 1, max: 20 } as const;

/** The document settings that may be left empty; a document that needs one says so on its preview. */
export const DOCUMENT_TEXT_SETTINGS = [
  'placeName',
  'parentBody',
  'archiveUnit',
  'signerHeadTitle',
  'signerTitle',
  'signerName',
] as const;
export type DocumentTextSetting = (typeof DOCUMENT_TEXT_SETTINGS)[number];

/** Longest text of each document setting: one line of a header or a signature block. */
export const DOCUMENT_TEXT_LIMITS: Record<DocumentTextSetting, number> = {
  placeName: 60,
  parentBody: 200,
  archiveUnit: 30,
  signerHeadTitle: 120,
  signerTitle: 120,
  signerName: 120,
};
