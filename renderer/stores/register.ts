import { create } from 'zustand';
import type { ChannelInput } from '../../core/api/contract.ts';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import type { Book } from '../../core/domain/items.ts';
import { call } from '../bridge/call.ts';
import type { Item } from '../features/register/model.ts';
import { pagesToEvict } from '../features/register/windowing.ts';
import { parseVnDate } from '../ui/format.ts';
import { keepDrafts, onLock } from './session.ts';

/** Rows fetched per items.list call while scrolling; pages far from view are dropped (at most MAX_PAGES kept). */
export const PAGE_SIZE = 100;
const MAX_PAGES = 40;
/** items.search answers at most this many (newest first) and counts every match; the screen says how many it shows. */
export const SEARCH_LIMIT = 500;

/** The filter as the form holds it: plain strings; dates typed dd/mm/yyyy. */
export interface RegisterFilter {
  year: string;
  level: string;
  agreement: string;
  status: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: RegisterFilter = { year: '', level: '', agreement: '', status: '', from: '', to: '' };

/** Fields of the filter that do not parse; the list is not asked until they are fixed. */
export function filterProblems(filter: RegisterFilter): (keyof RegisterFilter)[] {
  const bad: (keyof RegisterFilter)[] = [];
  if (filter.year.trim() && !/^\d{4}$/.test(filter.year.trim())) bad.push('year');
  if (filter.from.trim() && !parseVnDate(filter.from)) bad.push('from');
  if (filter.to.trim() && !parseVnDate(filter.to)) bad.push('to');
  return bad;
}

type ListQuery = Omit<NonNullable<ChannelInput<'items.list'>>, 'limit' | 'offset'>;

export function toListQuery(book: Book, filter: RegisterFilter): ListQuery {
  const query: ListQuery = { book };
  if (/^\d{4}$/.test(filter.year.trim())) query.year = Number(filter.year.trim());
  if (filter.level) query.level = filter.level as ListQuery['level'];
  if (filter.agreement) query.agreement = filter.agreement;
  if (filter.status) query.status = filter.status as ListQuery['status'];
  const from = parseVnDate(filter.from);
  const to = parseVnDate(filter.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

interface RegisterState {
  book: Book;
  filter: RegisterFilter;
  /** What is typed in the search box (the search runs ~150 ms after typing stops). */
  query: string;
  /** 'list' pages through items.list; 'search' shows items.search's answer. */
  mode: 'list' | 'search';
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: ApiErrorShape | null;
  total: number;
  /** Cached pages of the list, by page index. */
  pages: Record<number, Item[]>;
  /** Search answer (filtered by the register, newest first) and the folded terms to highlight. */
  results: Item[];
  terms: string[];
  /** Every match of the search with the filter, counted by the register up to its cap (then `matchesCapped`). */
  matches: number;
  matchesCapped: boolean;
  /** The row the keyboard is on (index in the current list). */
  active: number;
  /** The item whose details are open. */
  openId: string | null;
  /** Entries picked with Space for one handover receipt (ids, in the order picked; kept across books). */
  marked: string[];
  /** Bumped on every new query so late answers of an older one are ignored. */
  generation: number;
  setBook(book: Book): void;
  setFilter(filter: RegisterFilter): void;
  setQuery(query: string): void;
  /** Runs the list or the search for the current book, filter and query. */
  reload(): Promise<void>;
  /** Makes sure the rows [start, end) are fetched (list mode). */
  ensureRows(start: number, end: number): void;
  rowAt(index: number): Item | undefined;
  setActive(index: number): void;
  open(id: string | null): void;
  toggleMark(id: string): void;
  clearMarks(): void;
  reset(): void;
}

const initial = {
  book: 'incoming' as Book,
  filter: EMPTY_FILTER,
  query: '',
  mode: 'list' as const,
  status: 'idle' as const,
  error: null,
  total: 0,
  pages: {},
  results: [],
  terms: [],
  matches: 0,
  matchesCapped: false,
  active: 0,
  openId: null,
  marked: [] as string[],
  generation: 0,
};

const loadingPages = new Set<string>();

export const useRegister = create<RegisterState>()((set, get) => {
  async function fetchPage(page: number, generation: number): Promise<void> {
    const key = `${generation}:${page}`;
    if (loadingPages.has(key)) return;
    loadingPages.add(key);
    try {
      const { book, filter } = get();
      const result = await call('items.list', {
        ...toListQuery(book, filter),
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      });
      if (get().generation !== generation) return;
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        return;
      }
      set((s) => {
        const pages = { ...s.pages, [page]: result.value.items };
        const evict = pagesToEvict(Object.keys(pages).map(Number), [page], MAX_PAGES);
        for (const p of evict) delete pages[p];
        return { pages, total: result.value.total, status: 'ready', error: null };
      });
    } finally {
      loadingPages.delete(key);
    }
  }

  return {
    ...initial,

    setBook(book) {
      if (book === get().book) return;
      set({ book, active: 0 });
      void get().reload();
    },

    setFilter(filter) {
      set({ filter, active: 0 });
      if (filterProblems(filter).length === 0) void get().reload();
    },

    setQuery(query) {
      set({ query });
    },

    async reload() {
      const generation = get().generation + 1;
      const { book, filter, query } = get();
      const searching = query.trim() !== '';
      set({ generation, status: 'loading', error: null, mode: searching ? 'search' : 'list', pages: {} });
      if (!searching) {
        await fetchPage(0, generation);
        return;
      }
      // The filter goes to the register with the query: it filters before the limit, so older matches are found too.
      const result = await call('items.search', { ...toListQuery(book, filter), query, limit: SEARCH_LIMIT });
      if (get().generation !== generation) return;
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        return;
      }
      const { items, terms, total, totalCapped } = result.value;
      set({
        status: 'ready',
        results: items,
        total: items.length,
        terms,
        matches: total,
        matchesCapped: totalCapped,
        active: 0,
      });
    },

    ensureRows(start, end) {
      const { mode, generation, pages } = get();
      if (mode !== 'list') return;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(Math.max(start, end - 1) / PAGE_SIZE); p++) {
        if (!pages[p]) void fetchPage(p, generation);
      }
    },

    rowAt(index) {
      const s = get();
      if (s.mode === 'search') return s.results[index];
      return s.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
    },

    setActive: (active) => set({ active }),
    open: (openId) => set({ openId }),
    toggleMark: (id) =>
      set((s) => ({ marked: s.marked.includes(id) ? s.marked.filter((m) => m !== id) : [...s.marked, id] })),
    clearMarks: () => set({ marked: [] }),
    reset: () => set(initial),
  };
});

// Rows are register data: gone on lock. Book, filter and search are the person's own work and come back for them.
onLock(() =>
  useRegister.setState((s) => ({
    ...initial,
    book: s.book,
    filter: s.filter,
    query: s.query,
    generation: s.generation + 1,
  })),
);
keepDrafts({ drop: () => useRegister.getState().reset() });
