import { create } from 'zustand';
import type { ChannelOutput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';

export type AppStatus = ChannelOutput<'app.status'>;
export type Phase = 'loading' | 'failed' | AppStatus['state'];

interface SessionState {
  phase: Phase;
  status: AppStatus | null;
  error: ApiErrorShape | null;
  /** Asks the register what state it is in; the one source of which screen shows. */
  refresh(): Promise<void>;
  lock(): Promise<void>;
}

/** Listeners that drop feature data when the register locks, so nothing read while unlocked stays on screen. */
const onLockHandlers = new Set<() => void>();
export function onLock(handler: () => void): () => void {
  onLockHandlers.add(handler);
  return () => onLockHandlers.delete(handler);
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  status: null,
  error: null,

  async refresh() {
    const result = await call('app.status', {});
    if (!result.ok) {
      set({ phase: 'failed', status: null, error: result.error });
      return;
    }
    if (result.value.state !== 'unlocked') for (const handler of onLockHandlers) handler();
    set({ phase: result.value.state, status: result.value, error: null });
  },

  async lock() {
    if (get().phase !== 'unlocked') return;
    // Lock is public and idempotent; whatever it answers, re-reading the status decides what shows next.
    await call('session.lock', {});
    await get().refresh();
  },
}));
