import { create } from 'zustand';
import type { ChannelInput, ChannelOutput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call } from '../bridge/call.ts';
import { keepDrafts, onLock } from './session.ts';

export type AuditEvent = ChannelOutput<'audit.list'>[number];
export type VerifyReport = ChannelOutput<'audit.verify'>;

/** The filter as the form holds it: plain strings, dates as YYYY-MM-DD (local calendar days). */
export interface AuditFilterForm {
  actor: string;
  action: string;
  entity: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = { actor: '', action: '', entity: '', from: '', to: '' };
export const PAGE_SIZE = 50;

/** Local midnight of a calendar day as the ISO instant the log stores; `to` includes the whole day. */
export function toQuery(filter: AuditFilterForm): ChannelInput<'audit.list'> {
  const day = (d: string, plus = 0) => {
    const date = new Date(`${d}T00:00:00`);
    date.setDate(date.getDate() + plus);
    return date.toISOString();
  };
  const query: ChannelInput<'audit.list'> = { limit: PAGE_SIZE };
  if (filter.actor.trim()) query.actor = filter.actor.trim();
  if (filter.action) query.action = filter.action;
  if (filter.entity) query.entity = filter.entity;
  if (/^\d{4}-\d{2}-\d{2}$/.test(filter.from)) query.from = day(filter.from);
  if (/^\d{4}-\d{2}-\d{2}$/.test(filter.to)) query.to = day(filter.to, 1);
  return query;
}

interface AuditState {
  filter: AuditFilterForm;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  events: AuditEvent[];
  hasMore: boolean;
  loadingMore: boolean;
  error: ApiErrorShape | null;
  expanded: Record<number, boolean>;
  verifying: boolean;
  report: VerifyReport | null;
  verifyError: ApiErrorShape | null;
  /** The anchor the last check was made against, for the "matches" line. */
  checkedAnchor: number | null;
  /** After a redaction: in how many places the value was removed. */
  redactedNotice: number | null;
  load(filter?: AuditFilterForm): Promise<void>;
  more(): Promise<void>;
  toggle(seq: number): void;
  verify(anchor?: { seq: number; hash: string }): Promise<void>;
  reset(): void;
}

const initial = {
  filter: EMPTY_FILTER,
  status: 'idle' as const,
  events: [],
  hasMore: false,
  loadingMore: false,
  error: null,
  expanded: {},
  verifying: false,
  report: null,
  verifyError: null,
  checkedAnchor: null,
  redactedNotice: null,
};

/** Nhật ký: newest first, a page at a time ("Xem thêm" asks for events before the oldest shown). */
export const useAudit = create<AuditState>()((set, get) => ({
  ...initial,

  async load(filter = get().filter) {
    set({ filter, status: 'loading', error: null, redactedNotice: null });
    const result = await call('audit.list', toQuery(filter));
    if (!result.ok) {
      set({ status: 'failed', error: result.error });
      return;
    }
    set({ status: 'ready', events: result.value, hasMore: result.value.length === PAGE_SIZE, expanded: {} });
  },

  async more() {
    const { events, filter, loadingMore } = get();
    const oldest = events.at(-1);
    if (!oldest || loadingMore) return;
    set({ loadingMore: true, error: null });
    const result = await call('audit.list', { ...toQuery(filter), beforeSeq: oldest.seq });
    if (!result.ok) {
      set({ loadingMore: false, error: result.error });
      return;
    }
    set((s) => ({
      loadingMore: false,
      events: [...s.events, ...result.value],
      hasMore: result.value.length === PAGE_SIZE,
    }));
  },

  toggle: (seq) => set((s) => ({ expanded: { ...s.expanded, [seq]: !s.expanded[seq] } })),

  async verify(anchor) {
    if (get().verifying) return;
    set({ verifying: true, report: null, verifyError: null });
    const result = await call('audit.verify', anchor ? { anchor } : {});
    set(
      result.ok
        ? { verifying: false, report: result.value, checkedAnchor: anchor?.seq ?? null }
        : { verifying: false, verifyError: result.error },
    );
  },

  reset: () => set(initial),
}));

// Events are register data: gone on lock. The filter is the person's own work and comes back for them.
onLock(() => useAudit.setState({ ...initial, filter: useAudit.getState().filter }));
keepDrafts({ drop: () => useAudit.getState().reset() });
