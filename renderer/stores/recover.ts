import { create } from 'zustand';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { type FieldErrors, issuesByPath } from '../ui/issues.ts';
import { useSession } from './session.ts';

export interface RecoverValues {
  recoveryCode: string;
  userName: string;
  newPassword: string;
  confirm: string;
  recoveryKit: string;
}

export const EMPTY_RECOVER: RecoverValues = {
  recoveryCode: '',
  userName: '',
  newPassword: '',
  confirm: '',
  recoveryKit: '',
};

interface RecoverState {
  submitting: boolean;
  fieldErrors: FieldErrors;
  confirmMismatch: boolean;
  error: ApiErrorShape | null;
  failures: number;
  submit(values: RecoverValues): Promise<void>;
  clearField(field: keyof RecoverValues): void;
  reset(): void;
}

const initial = { submitting: false, fieldErrors: {}, confirmMismatch: false, error: null, failures: 0 };

/**
 * "Quên mật khẩu": the recovery code (typed as printed, dashes and spaces allowed — the service normalises it),
 * an admin's name and a new password; the sheet's data block only when the .keys file is lost. Success unlocks.
 */
export const useRecover = create<RecoverState>()((set, get) => ({
  ...initial,

  async submit({ confirm, recoveryKit, ...input }) {
    if (get().submitting) return;
    if (confirm !== input.newPassword) {
      set((s) => ({ confirmMismatch: true, error: null, failures: s.failures + 1 }));
      return;
    }
    set({ submitting: true, confirmMismatch: false, error: null, fieldErrors: {} });
    const kit = recoveryKit.trim();
    const result = await call('session.recover', kit ? { ...input, recoveryKit: kit } : input);
    if (result.ok) {
      set(initial);
      await useSession.getState().refresh();
      return;
    }
    const fieldErrors = issuesByPath(result.error.issues);
    const placed = Object.keys(fieldErrors).every((p) => p in EMPTY_RECOVER);
    set((s) => ({
      submitting: false,
      fieldErrors,
      // A refusal without a field (wrong code, too many attempts, not an admin) is shown above the button.
      error: result.error.code === 'VALIDATION' && placed && Object.keys(fieldErrors).length > 0 ? null : result.error,
      failures: s.failures + 1,
    }));
  },

  clearField(field) {
    const { fieldErrors, confirmMismatch } = get();
    if (!(field in fieldErrors) && !(field === 'confirm' && confirmMismatch)) return;
    const next = { ...fieldErrors };
    delete next[field];
    set({ fieldErrors: next, confirmMismatch: field === 'confirm' ? false : confirmMismatch });
  },

  reset: () => set(initial),
}));
