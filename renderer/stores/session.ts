import { create } from 'zustand';
import type { ChannelOutput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import type { Permission } from '../../core/domain/permissions.ts';
import { call } from '../bridge/call.ts';
import { whenSettled } from './pending-work.ts';

export type AppStatus = ChannelOutput<'app.status'>;
export type Phase = 'loading' | 'failed' | AppStatus['state'];
/** Why the register was locked last; the unlock screen explains an idle lock. */
export type LockReason = 'manual' | 'idle';

/** How long a lock waits for a save in flight before locking anyway (the save then fails with LOCKED, visibly). */
export const SAVE_WAIT_MS = 10_000;
/** UX: lock after 5 minutes without activity unless the register says otherwise. */
export const DEFAULT_IDLE_MINUTES = 5;

interface SessionState {
  phase: Phase;
  status: AppStatus | null;
  error: ApiErrorShape | null;
  lockReason: LockReason | null;
  /** True from the lock request until the register answered (a save in flight may be finishing). */
  locking: boolean;
  /** Asks the register what state it is in; the one source of which screen shows. */
  refresh(): Promise<void>;
  /** Waits for saves in flight (up to SAVE_WAIT_MS), then locks. */
  lock(reason?: LockReason): Promise<void>;
}

/** Listeners that drop feature data when the register locks, so nothing read while unlocked stays on screen. */
const onLockHandlers = new Set<() => void>();
export function onLock(handler: () => void): () => void {
  onLockHandlers.add(handler);
  return () => onLockHandlers.delete(handler);
}

/**
 * Unsaved work (form drafts) survives a lock in memory, for the same person only: `hold` runs when the register
 * locks (drop what is not worth keeping, e.g. unchanged drafts), `drop` when someone else unlocks next.
 */
export interface DraftKeeper {
  hold?(): void;
  drop(): void;
}
const keepers = new Set<DraftKeeper>();
export function keepDrafts(keeper: DraftKeeper): () => void {
  keepers.add(keeper);
  return () => keepers.delete(keeper);
}

/** Whose drafts are held across the current lock (user id), null when none are. */
let heldFor: string | null = null;

function enterLocked(previous: AppStatus | null): void {
  const owner = previous?.state === 'unlocked' ? (previous.user?.id ?? null) : null;
  if (owner && heldFor === null) {
    heldFor = owner;
    for (const keeper of keepers) keeper.hold?.();
  }
  for (const handler of onLockHandlers) handler();
}

function enterUnlocked(status: AppStatus): void {
  if (heldFor !== null && heldFor !== status.user?.id) for (const keeper of keepers) keeper.drop();
  heldFor = null;
}

function dropAll(): void {
  for (const keeper of keepers) keeper.drop();
  heldFor = null;
}

export const useSession = create<SessionState>()((set, get) => ({
  phase: 'loading',
  status: null,
  error: null,
  lockReason: null,
  locking: false,

  async refresh() {
    const result = await call('app.status', {});
    if (!result.ok) {
      set({ phase: 'failed', status: null, error: result.error });
      return;
    }
    const next = result.value;
    const previous = get().status;
    if (next.state === 'unlocked') enterUnlocked(next);
    else if (next.state === 'locked') enterLocked(previous);
    else {
      for (const handler of onLockHandlers) handler();
      dropAll();
    }
    set({
      phase: next.state,
      status: next,
      error: null,
      lockReason: next.state === 'unlocked' ? null : get().lockReason,
    });
  },

  async lock(reason = 'manual') {
    if (get().phase !== 'unlocked' || get().locking) return;
    set({ locking: true });
    try {
      await whenSettled(SAVE_WAIT_MS);
      // Lock is public and idempotent; whatever it answers, re-reading the status decides what shows next.
      await call('session.lock', {});
      set({ lockReason: reason });
      await get().refresh();
    } finally {
      set({ locking: false });
    }
  },
}));

/** What the unlocked user may do, as the register's permission matrix says (app.status), never a copy of it. */
export function usePermissions(): readonly string[] {
  return useSession((s) => s.status?.permissions ?? NONE);
}
const NONE: readonly string[] = [];

export function useCan(permission: Permission): boolean {
  return useSession((s) => s.status?.permissions.includes(permission) ?? false);
}

export function idleLockMinutes(status: AppStatus | null): number {
  return status?.settings?.idleLockMinutes ?? DEFAULT_IDLE_MINUTES;
}
