import type { Level } from '../shared/levels.ts';

export const INCIDENT_TYPES = ['exposed', 'lost', 'at_risk'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/**
 * One row of an agreement's equivalence table, typed by the officer from the official agreement text.
 * `vnLevel: null` records "no Vietnamese equivalent" (Italy has four levels, Vietnam three).
 */
export interface Equivalence {
  foreignMarking: string;
  vnLevel: Level | null;
  sourceClause: string;
  note: string | null;
}

export interface Agreement {
  code: string;
  counterpartyCountry: string;
  counterpartyNameVi: string;
  counterpartyNameEn: string;
  titleVi: string;
  titleEn: string;
  signedOn: string;
  signedAt: string;
  inForceOn: string;
  duration: string | null;
  implementingDecisionNo: string;
  implementingDecisionDate: string;
  competentAuthorityVn: string;
  competentAuthorityForeign: string | null;
  incidentTriggers: IncidentType[];
  legalBasis: string;
  equivalences: Equivalence[];
  updatedAt: string;
}

export const MAX_EQUIVALENCE_ROWS = 12;

/** Markings compare case- and space-insensitively: "Segreto" and " SEGRETO " are the same stamp. */
export function markingKey(marking: string): string {
  return marking.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('vi');
}

/** Indexes (0-based) of rows whose marking repeats an earlier row; the officer must fix them. */
export function duplicateMarkingRows(rows: readonly Pick<Equivalence, 'foreignMarking'>[]): number[] {
  const seen = new Set<string>();
  const dupes: number[] = [];
  rows.forEach((row, i) => {
    const key = markingKey(row.foreignMarking);
    if (seen.has(key)) dupes.push(i);
    seen.add(key);
  });
  return dupes;
}
