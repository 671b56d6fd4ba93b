import { create } from 'zustand';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import type { IncidentState } from '../../core/domain/incidents.ts';
import { call } from '../bridge/call.ts';
import type { Incident } from '../features/incidents/model.ts';
import { onLock, useSession } from './session.ts';

interface IncidentsState {
  /** '' = every state. */
  state: IncidentState | '';
  /** At the police: one unit's reports only (its key fingerprint and name), or null for every unit. */
  unit: { fingerprint: string; name: string } | null;
  list: Incident[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: ApiErrorShape | null;
  /** The report shown in the detail panel. */
  openId: string | null;
  setState(state: IncidentState | ''): void;
  setUnit(unit: { fingerprint: string; name: string } | null): void;
  reload(): Promise<void>;
  open(id: string | null): void;
}

/** Sự cố: the reports of this unit (or, at the police, the reports imported from the units), newest discovery first. */
export const useIncidents = create<IncidentsState>()((set, get) => ({
  state: '',
  unit: null,
  list: [],
  status: 'idle',
  error: null,
  openId: null,

  setState(state) {
    set({ state });
    void get().reload();
  },

  setUnit(unit) {
    set({ unit });
    void get().reload();
  },

  async reload() {
    // Nothing to show (and nothing to ask) for someone who may not read the reports, e.g. right after filing.
    if (!useSession.getState().status?.permissions.includes('incidents.read')) return;
    set({ status: 'loading', error: null });
    const { state, unit } = get();
    const result = await call('incidents.list', {
      ...(state ? { state } : {}),
      ...(unit ? { unit: unit.fingerprint } : {}),
    });
    if (get().state !== state || get().unit !== unit) return;
    if (result.ok) set({ status: 'ready', list: result.value.incidents });
    else set({ status: 'failed', error: result.error });
  },

  open: (openId) => set({ openId }),
}));

// Register data never stays on screen behind the lock.
onLock(() => useIncidents.setState({ list: [], status: 'idle', error: null, openId: null, unit: null }));
