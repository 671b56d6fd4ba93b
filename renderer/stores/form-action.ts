import { create } from 'zustand';
import type { Result } from '../../core/api/result.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { type FieldErrors, issuesByPath, unplacedIssues } from '../ui/issues.ts';
import { trackWork } from './pending-work.ts';
import { keepDrafts } from './session.ts';

export interface FormActionState<I, R> {
  submitting: boolean;
  /** The service's messages for the fields the form shows, by path. */
  fieldErrors: FieldErrors;
  /** A refusal no field shows (wrong password, LAST_ADMIN, …), for the alert above the buttons. */
  error: ApiErrorShape | null;
  /** Messages for fields the form does not show, so none is lost. */
  unplaced: string[];
  /** Counts failed submits so the form moves the cursor to the first error each time. */
  failures: number;
  /** The last successful answer, until the form is reset. */
  result: R | null;
  submit(input: I): Promise<boolean>;
  clearField(field: string): void;
  reset(): void;
}

/**
 * One form that writes to the register through one channel: the same states and error handling for every dialog
 * (field errors next to the field, other refusals in an alert). The write is tracked, so a lock waits for it.
 */
export function createFormAction<I, R>(run: (input: I) => Promise<Result<R>>, fields: readonly string[]) {
  const initial = { submitting: false, fieldErrors: {}, error: null, unplaced: [], failures: 0, result: null };
  const store = create<FormActionState<I, R>>()((set, get) => ({
    ...initial,

    async submit(input) {
      if (get().submitting) return false;
      set({ submitting: true, error: null, fieldErrors: {}, unplaced: [] });
      const answer = await trackWork(run(input));
      if (answer.ok) {
        set({ ...initial, result: answer.value });
        return true;
      }
      const byPath = issuesByPath(answer.error.issues);
      const unplaced = unplacedIssues(byPath, (p) => fields.includes(p));
      // Every issue sits under its field (VALIDATION, or e.g. USER_NAME_TAKEN on `name`): no alert repeats it.
      const onlyFields = !!answer.error.issues?.length && unplaced.length === 0;
      set((s) => ({
        submitting: false,
        fieldErrors: byPath,
        unplaced,
        error: onlyFields ? null : answer.error,
        failures: s.failures + 1,
      }));
      return false;
    },

    clearField(field) {
      const { fieldErrors } = get();
      if (!(field in fieldErrors)) return;
      const next = { ...fieldErrors };
      delete next[field];
      set({ fieldErrors: next });
    },

    reset: () => set(initial),
  }));
  // An answer shown to one person (a backup path, a new recovery block) is never shown to the next one.
  keepDrafts({ drop: () => store.getState().reset() });
  return store;
}
