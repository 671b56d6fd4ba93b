import type { Equivalence } from '../../../core/domain/agreements.ts';
import type { Level } from '../../../core/shared/levels.ts';

/** What the level select holds: a level, "none" (no Vietnamese equivalent, stored as null) or "" (not chosen yet). */
export type LevelChoice = Level | 'none' | '';

/** One editable row. `id` keeps React's identity stable while rows are added and removed. */
export interface DraftRow {
  id: number;
  foreignMarking: string;
  vnLevel: LevelChoice;
  sourceClause: string;
  note: string;
}

export type DraftField = Exclude<keyof DraftRow, 'id'>;

/** The server limit (MAX_EQUIVALENCE_ROWS in core/domain/agreements.ts); repeated because the renderer imports only types from core. */
export const MAX_ROWS = 12;

let nextId = 1;

export function emptyRow(): DraftRow {
  return { id: nextId++, foreignMarking: '', vnLevel: '', sourceClause: '', note: '' };
}

export function toDraftRows(rows: readonly Equivalence[]): DraftRow[] {
  return rows.map((r) => ({
    id: nextId++,
    foreignMarking: r.foreignMarking,
    vnLevel: r.vnLevel ?? 'none',
    sourceClause: r.sourceClause,
    note: r.note ?? '',
  }));
}

/** Rows as the contract takes them. Call only after missingLevelRows() is empty. */
export function toEquivalences(rows: readonly DraftRow[]): Equivalence[] {
  return rows.map((r) => ({
    foreignMarking: r.foreignMarking,
    vnLevel: r.vnLevel === 'none' || r.vnLevel === '' ? null : r.vnLevel,
    sourceClause: r.sourceClause,
    note: r.note === '' ? null : r.note,
  }));
}

/** Rows whose level was never chosen: "no equivalent" must be a decision, not a default. */
export function missingLevelRows(rows: readonly DraftRow[]): number[] {
  return rows.flatMap((r, i) => (r.vnLevel === '' ? [i] : []));
}

/** True when the draft differs from the stored table (ids ignored). */
export function isDirty(rows: readonly DraftRow[], stored: readonly Equivalence[]): boolean {
  if (rows.length !== stored.length) return true;
  return rows.some((r, i) => {
    const s = stored[i];
    return (
      !s ||
      r.foreignMarking !== s.foreignMarking ||
      r.vnLevel !== (s.vnLevel ?? 'none') ||
      r.sourceClause !== s.sourceClause ||
      r.note !== (s.note ?? '')
    );
  });
}

export const cellPath = (row: number, field: DraftField) => `equivalences.${row}.${field}`;

/** After row `removed` is deleted, errors of later rows move up one so they stay next to their cells. */
export function shiftErrorsAfterRemoval<T>(errors: Record<string, T>, removed: number): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, value] of Object.entries(errors)) {
    const match = /^equivalences\.(\d+)\.(.+)$/.exec(path);
    if (!match) {
      out[path] = value;
      continue;
    }
    const row = Number(match[1]);
    if (row === removed) continue;
    out[row > removed ? `equivalences.${row - 1}.${match[2]}` : path] = value;
  }
  return out;
}
