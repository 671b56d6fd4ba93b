/**
 * Vietnamese classification levels (độ mật). The Vietnamese term is canonical; English is a display label only
 * (translations vary, DOMAIN §1.2). Envelope letters and default protection terms are reference data seeded into
 * the register with their legal basis (resources/reference/levels.json); these constants are the code identifiers.
 * Pure values in core/shared: the services and the page use the same ones (no copy in renderer/).
 */
export const LEVELS = ['tuyet_mat', 'toi_mat', 'mat'] as const;
export type Level = (typeof LEVELS)[number];

/** Higher rank = more secret; used to find "the highest level" of a set of items. */
export const LEVEL_RANK: Record<Level, number> = { tuyet_mat: 3, toi_mat: 2, mat: 1 };

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** The Vietnamese level words as stamped (Tuyệt mật, Tối mật, Mật), for messages and printouts. */
export const LEVEL_NAMES: Record<Level, string> = { tuyet_mat: 'Tuyệt mật', toi_mat: 'Tối mật', mat: 'Mật' };

/** The highest level among some items (a report is at least as secret as what it describes); null for none. */
export function highestLevel(levels: readonly Level[]): Level | null {
  let best: Level | null = null;
  for (const level of levels) if (best === null || LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
  return best;
}

/** Outer envelope letter by level; the outer envelope never shows the level word (ND 26/2020 Art. 5). */
export const ENVELOPE_LETTER: Record<Level, 'A' | 'B' | 'C'> = { tuyet_mat: 'A', toi_mat: 'B', mat: 'C' };

/** Tuyệt mật travels in two envelopes, the others in one. */
export const envelopesFor = (level: Level): 1 | 2 => (level === 'tuyet_mat' ? 2 : 1);

/**
 * Default protection terms in years by level (Law 29/2018 Art. 19), counted from the day the level was determined;
 * a shorter term written on the document wins. The seeded levels table carries the same figures with their basis.
 */
export const DEFAULT_PROTECTION_YEARS: Record<Level, number> = { tuyet_mat: 30, toi_mat: 20, mat: 10 };
