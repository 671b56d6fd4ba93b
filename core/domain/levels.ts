/**
 * Vietnamese classification levels (độ mật). The Vietnamese term is canonical; English is a display label only
 * (translations vary, DOMAIN §1.2). Envelope letters and default protection terms are reference data seeded into
 * the register with their legal basis (resources/reference/levels.json); these constants are the code identifiers.
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
