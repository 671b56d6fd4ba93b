import { create } from 'zustand';
import type { Agreement } from '../../core/domain/agreements.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { keepDrafts, onLock } from './session.ts';

interface AgreementsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  list: Agreement[];
  error: ApiErrorShape | null;
  selected: string | null;
  load(): Promise<void>;
  select(code: string): void;
  /** Puts a saved agreement (as the service returned it) in place of the listed one. */
  replace(agreement: Agreement): void;
  reset(): void;
}

const initial = { status: 'idle' as const, list: [], error: null, selected: null };

export const useAgreements = create<AgreementsState>()((set, get) => ({
  ...initial,

  async load() {
    set({ status: 'loading', error: null });
    const result = await call('agreements.list', {});
    if (!result.ok) {
      set({ status: 'failed', error: result.error });
      return;
    }
    const list = result.value;
    const keep = list.some((a) => a.code === get().selected);
    set({ status: 'ready', list, selected: keep ? get().selected : (list[0]?.code ?? null) });
  },

  select: (code) => set({ selected: code }),

  replace: (agreement) => set((s) => ({ list: s.list.map((a) => (a.code === agreement.code ? agreement : a)) })),

  reset: () => set(initial),
}));

// The list is dropped on lock; which agreement was open is kept for the same person (their draft is there).
onLock(() => useAgreements.setState({ status: 'idle', list: [], error: null }));
keepDrafts({ drop: () => useAgreements.getState().reset() });
