import { create } from 'zustand';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { type FieldErrors, issuesByPath } from '../ui/issues.ts';
import { useSession } from './session.ts';

interface UnlockState {
  submitting: boolean;
  fieldErrors: FieldErrors;
  error: ApiErrorShape | null;
  /** Bumped on every failed attempt so the form can clear the password and put the cursor back. */
  failures: number;
  unlock(userName: string, password: string): Promise<void>;
}

export const useUnlock = create<UnlockState>()((set, get) => ({
  submitting: false,
  fieldErrors: {},
  error: null,
  failures: 0,

  async unlock(userName, password) {
    if (get().submitting) return;
    set({ submitting: true, error: null, fieldErrors: {} });
    const result = await call('session.unlock', { userName, password });
    if (result.ok) {
      set({ submitting: false, error: null, fieldErrors: {}, failures: 0 });
      await useSession.getState().refresh();
      return;
    }
    set((s) => ({
      submitting: false,
      fieldErrors: issuesByPath(result.error.issues),
      error: result.error.code === 'VALIDATION' ? null : result.error,
      failures: s.failures + 1,
    }));
  },
}));
