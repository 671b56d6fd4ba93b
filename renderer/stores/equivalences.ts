import { create } from 'zustand';
import type { Agreement } from '../../core/domain/agreements.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import {
  cellPath,
  isDirty,
  type DraftField,
  type DraftRow,
  emptyRow,
  MAX_ROWS,
  missingLevelRows,
  shiftErrorsAfterRemoval,
  toDraftRows,
  toEquivalences,
} from '../features/agreements/draft.ts';
import { issuesByPath } from '../ui/issues.ts';
import { useAgreements } from './agreements.ts';
import { trackWork } from './pending-work.ts';
import { keepDrafts } from './session.ts';

/** A cell's error: the service's own (Vietnamese) message, or a client check shown through i18n. */
export type CellError = { message: string } | { key: 'chooseLevelError' };

export type Notice =
  | { kind: 'saved'; count: number }
  | { kind: 'fixErrors'; unplaced: string[] }
  | { kind: 'error'; error: ApiErrorShape };

export interface Draft {
  /** The stored table the draft started from, so a held draft knows on its own whether it has changes. */
  base: Agreement['equivalences'];
  rows: DraftRow[];
  errors: Record<string, CellError>;
  notice: Notice | null;
  saving: boolean;
  /** The service said FORBIDDEN: the table turns read-only even if the roles looked sufficient. */
  forbidden: boolean;
}

interface EquivalencesState {
  /** One draft per agreement, so switching agreements never throws away typing. */
  drafts: Record<string, Draft>;
  open(agreement: Agreement): void;
  update(code: string, row: number, field: DraftField, value: string): void;
  addRow(code: string): void;
  removeRow(code: string, row: number): void;
  discard(agreement: Agreement): void;
  save(code: string): Promise<void>;
  reset(): void;
  /** At lock: keep only drafts with changes, without stale notices, for the same person's return. */
  hold(): void;
}

const fresh = (agreement: Agreement): Draft => ({
  base: agreement.equivalences,
  rows: toDraftRows(agreement.equivalences),
  errors: {},
  notice: null,
  saving: false,
  forbidden: false,
});

export const useEquivalences = create<EquivalencesState>()((set, get) => {
  const patch = (code: string, change: (d: Draft) => Partial<Draft>) =>
    set((s) => {
      const draft = s.drafts[code];
      return draft ? { drafts: { ...s.drafts, [code]: { ...draft, ...change(draft) } } } : s;
    });

  return {
    drafts: {},

    open(agreement) {
      if (!get().drafts[agreement.code]) set((s) => ({ drafts: { ...s.drafts, [agreement.code]: fresh(agreement) } }));
    },

    update(code, row, field, value) {
      patch(code, (d) => {
        const errors = { ...d.errors };
        delete errors[cellPath(row, field)];
        return {
          rows: d.rows.map((r, i) => (i === row ? { ...r, [field]: value } : r)),
          errors,
          notice: d.notice?.kind === 'saved' ? null : d.notice,
        };
      });
    },

    addRow(code) {
      patch(code, (d) => (d.rows.length >= MAX_ROWS ? {} : { rows: [...d.rows, emptyRow()], notice: null }));
    },

    removeRow(code, row) {
      patch(code, (d) => ({
        rows: d.rows.filter((_, i) => i !== row),
        errors: shiftErrorsAfterRemoval(d.errors, row),
        notice: null,
      }));
    },

    discard(agreement) {
      set((s) => ({
        drafts: {
          ...s.drafts,
          [agreement.code]: { ...fresh(agreement), forbidden: s.drafts[agreement.code]?.forbidden ?? false },
        },
      }));
    },

    async save(code) {
      const draft = get().drafts[code];
      if (!draft || draft.saving) return;
      const missing = missingLevelRows(draft.rows);
      if (missing.length > 0) {
        const errors: Record<string, CellError> = { ...draft.errors };
        for (const row of missing) errors[cellPath(row, 'vnLevel')] = { key: 'chooseLevelError' };
        patch(code, () => ({ errors, notice: { kind: 'fixErrors', unplaced: [] } }));
        return;
      }
      patch(code, () => ({ saving: true, notice: null }));
      const result = await trackWork(
        call('agreements.updateEquivalences', { code, equivalences: toEquivalences(draft.rows) }),
      );
      if (result.ok) {
        useAgreements.getState().replace(result.value);
        set((s) => ({
          drafts: {
            ...s.drafts,
            [code]: { ...fresh(result.value), notice: { kind: 'saved', count: result.value.equivalences.length } },
          },
        }));
        return;
      }
      const { error } = result;
      if (error.code === 'VALIDATION') {
        const byPath = issuesByPath(error.issues);
        const errors: Record<string, CellError> = {};
        const unplaced: string[] = [];
        for (const [path, message] of Object.entries(byPath)) {
          if (/^equivalences\.\d+\.(foreignMarking|vnLevel|sourceClause|note)$/.test(path)) errors[path] = { message };
          else unplaced.push(message);
        }
        patch(code, () => ({ saving: false, errors, notice: { kind: 'fixErrors', unplaced } }));
        return;
      }
      patch(code, () => ({ saving: false, forbidden: error.code === 'FORBIDDEN', notice: { kind: 'error', error } }));
    },

    reset: () => set({ drafts: {} }),

    hold() {
      const kept: Record<string, Draft> = {};
      for (const [code, d] of Object.entries(get().drafts)) {
        if (isDirty(d.rows, d.base)) kept[code] = { ...d, saving: false, notice: null };
      }
      set({ drafts: kept });
    },
  };
});

// Typing survives a lock for the same person; anyone else starts from the stored tables.
keepDrafts({ hold: () => useEquivalences.getState().hold(), drop: () => useEquivalences.getState().reset() });
