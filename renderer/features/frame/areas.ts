/** The work areas in the order of the paper workflow; Alt+1…6 follow this order. */
export const AREAS = ['register', 'incidents', 'handover', 'reports', 'agreements', 'admin'] as const;
export type AreaId = (typeof AREAS)[number];

/** Only the agreements area works in this version, so the frame opens there rather than on an empty panel. */
export const DEFAULT_AREA: AreaId = 'agreements';

export function isBuilt(area: AreaId): boolean {
  return area === 'agreements';
}
