import { create } from 'zustand';
import type { ChannelOutput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { onLock } from './session.ts';

export type UserRecord = ChannelOutput<'users.list'>[number];

interface UsersState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  list: UserRecord[];
  error: ApiErrorShape | null;
  /** The last change made here, for the confirmation line above the table. */
  notice: { key: 'added' | 'rolesSaved' | 'resetDone' | 'disabledDone'; name: string } | null;
  load(): Promise<void>;
  /** Puts a changed account (as the service returned it) in the list and says what happened. */
  changed(user: UserRecord, notice: UsersState['notice']): void;
  clearNotice(): void;
  reset(): void;
}

const initial = { status: 'idle' as const, list: [], error: null, notice: null };

export const useUsers = create<UsersState>()((set) => ({
  ...initial,

  async load() {
    set({ status: 'loading', error: null });
    const result = await call('users.list', {});
    if (!result.ok) {
      set({ status: 'failed', error: result.error });
      return;
    }
    set({ status: 'ready', list: result.value });
  },

  changed(user, notice) {
    set((s) => ({
      list: s.list.some((u) => u.id === user.id) ? s.list.map((u) => (u.id === user.id ? user : u)) : [...s.list, user],
      notice,
    }));
  },

  clearNotice: () => set({ notice: null }),
  reset: () => set(initial),
}));

onLock(() => useUsers.getState().reset());
