import { create } from 'zustand';
import type { ChannelInput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { type FieldErrors, issuesByPath } from '../ui/issues.ts';
import { useSession } from './session.ts';

export type SetupValues = ChannelInput<'session.setup'> & { confirm: string };

/** What the recovery sheet needs: the code, the data block printed under it, and who/when for the paper. */
export interface Recovery {
  code: string;
  kit: string;
  unitName: string;
  createdAt: Date;
}

interface SetupState {
  submitting: boolean;
  fieldErrors: FieldErrors;
  /** Client-only check: the confirmation is not part of the contract. */
  confirmMismatch: boolean;
  error: ApiErrorShape | null;
  /** Shown once after set-up; dropped from memory as soon as the person confirms they wrote it down. */
  recovery: Recovery | null;
  /** Counts failed submits so the form can move the cursor to the first error each time. */
  failures: number;
  /**
   * The fictional entries of a new training register: why they could not be added (shown on the recovery screen,
   * where the person is when it happens, with a button to try again), or how many a retry added.
   */
  training: { adding: boolean; error: ApiErrorShape | null; added: number | null };
  submit(values: SetupValues): Promise<void>;
  /** Tries again to add the training register's fictional entries (all or nothing, like the first run). */
  addTrainingItems(): Promise<void>;
  acknowledge(): Promise<void>;
  clearField(field: string): void;
}

/** How many fictional entries a new training register gets. */
export const TRAINING_ITEMS = 200;

const NO_TRAINING_RUN: SetupState['training'] = { adding: false, error: null, added: null };

/** Adds the fictional entries; the register exists either way, and a failed run leaves none of them behind. */
const addSampleEntries = () => call('training.populate', { items: TRAINING_ITEMS, seed: 1 });

export const useSetup = create<SetupState>()((set, get) => ({
  submitting: false,
  fieldErrors: {},
  confirmMismatch: false,
  error: null,
  recovery: null,
  failures: 0,
  training: NO_TRAINING_RUN,

  async submit({ confirm, ...input }) {
    if (get().submitting) return;
    if (confirm !== input.password) {
      set((s) => ({ confirmMismatch: true, error: null, failures: s.failures + 1 }));
      return;
    }
    set({ submitting: true, confirmMismatch: false, error: null, fieldErrors: {} });
    const result = await call('session.setup', input);
    if (result.ok) {
      const { recoveryCode, recoveryKit } = result.value;
      // A training register is filled with fictional examples at once, through the same service as real entries.
      // The register exists either way; a failure leaves it empty but still marked as training, and says why.
      const populated = input.training ? await addSampleEntries() : null;
      set({
        submitting: false,
        recovery: { code: recoveryCode, kit: recoveryKit, unitName: input.unitName.trim(), createdAt: new Date() },
        training: { ...NO_TRAINING_RUN, error: populated && !populated.ok ? populated.error : null },
      });
      return;
    }
    set((s) => ({
      submitting: false,
      fieldErrors: issuesByPath(result.error.issues),
      error: result.error.code === 'VALIDATION' ? null : result.error,
      failures: s.failures + 1,
    }));
    // Someone else created the register meanwhile: show the unlock screen instead of a form that cannot succeed.
    if (result.error.code === 'REGISTER_EXISTS') await useSession.getState().refresh();
  },

  async addTrainingItems() {
    if (get().training.adding) return;
    set({ training: { ...get().training, adding: true } });
    const populated = await addSampleEntries();
    set({
      training: populated.ok
        ? { adding: false, error: null, added: populated.value.added }
        : { adding: false, error: populated.error, added: null },
    });
  },

  async acknowledge() {
    set({ recovery: null, fieldErrors: {}, error: null, training: NO_TRAINING_RUN });
    await useSession.getState().refresh();
  },

  clearField(field) {
    const { fieldErrors, confirmMismatch } = get();
    if (!(field in fieldErrors) && !(field === 'confirm' && confirmMismatch)) return;
    const next = { ...fieldErrors };
    delete next[field];
    set({ fieldErrors: next, confirmMismatch: field === 'confirm' ? false : confirmMismatch });
  },
}));
