import type { Permission } from '../../../core/domain/permissions.ts';

/**
 * The work areas in the order of the paper workflow. Alt+1…7 follow this order and never change with the user's
 * rights, so "Alt+6 is Nhật ký" holds on every computer and in every training handout; an area the user may not
 * open is simply not listed and its shortcut does nothing.
 */
export const AREAS = ['register', 'incidents', 'handover', 'reports', 'agreements', 'audit', 'admin'] as const;
export type AreaId = (typeof AREAS)[number];

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
