import type { Permission } from '../../../core/domain/permissions.ts';

/** The work areas offered in this version, in the order of the paper workflow. */
export const AREAS = ['register', 'incidents', 'handover', 'agreements', 'audit', 'admin'] as const;
export type AreaId = (typeof AREAS)[number];

/**
 * Each area's Alt+n. The numbers never change with the user's rights, so "Alt+6 is Nhật ký" holds on every computer
 * and in every training handout; an area the user may not open is simply not listed and its shortcut does nothing.
 * Alt+4 is kept for the reports area (báo cáo sơ kết, tổng kết), which is not offered until it works, so that no
 * other number moves when it arrives.
 */
export const AREA_SHORTCUT: Readonly<Record<AreaId, number>> = {
  register: 1,
  incidents: 2,
  handover: 3,
  agreements: 5,
  audit: 6,
  admin: 7,
};

export const areaOfShortcut = (n: number): AreaId | undefined => AREAS.find((area) => AREA_SHORTCUT[area] === n);

/** Only the agreements area works for everyone in this version, so the frame opens there. */
export const DEFAULT_AREA: AreaId = 'agreements';

/** Any one of these permissions opens the area; areas not listed are open to every signed-in user. */
const AREA_ACCESS: Partial<Record<AreaId, readonly Permission[]>> = {
  register: ['items.read'],
  incidents: ['incidents.read'],
  handover: ['packages.read', 'packages.export', 'packages.import', 'keys.read'],
  audit: ['audit.read'],
  admin: ['users.read', 'settings.manage', 'settings.documents', 'backup.create', 'keys.rotate'],
};

export function canOpenArea(area: AreaId, permissions: readonly string[]): boolean {
  const needed = AREA_ACCESS[area];
  return !needed || needed.some((p) => permissions.includes(p));
}
