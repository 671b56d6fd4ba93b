import { create } from 'zustand';
import type { ChannelOutput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { keepDrafts, onLock } from './session.ts';

export type KeysView = ChannelOutput<'keys.show'>;
export type TrustedKey = KeysView['trusted'][number];

interface ExchangeState {
  /** The USB folder last typed, offered again (export, receipt, import read from the same stick). */
  folder: string;
  /** This unit's keys and the partners it trusts (keys.show); null until read or when not allowed. */
  keys: KeysView | null;
  keysStatus: 'idle' | 'loading' | 'ready' | 'failed';
  keysError: ApiErrorShape | null;
  setFolder(folder: string): void;
  loadKeys(): Promise<void>;
}

export const useExchange = create<ExchangeState>()((set) => ({
  folder: '',
  keys: null,
  keysStatus: 'idle',
  keysError: null,
  setFolder: (folder) => set({ folder }),
  async loadKeys() {
    set({ keysStatus: 'loading', keysError: null });
    const result = await call('keys.show', {});
    if (result.ok) set({ keys: result.value, keysStatus: 'ready' });
    else set({ keys: null, keysStatus: 'failed', keysError: result.error });
  },
}));

/** The partners a package can go to: trusted, not revoked, of the given mode (a unit writes to the police). */
export function activePartners(keys: KeysView | null, mode: 'unit' | 'receiver'): TrustedKey[] {
  return (keys?.trusted ?? []).filter((k) => k.mode === mode && !k.revokedAt);
}

onLock(() => useExchange.setState({ keys: null, keysStatus: 'idle', keysError: null }));
keepDrafts({ drop: () => useExchange.setState({ folder: '' }) });
