import { create } from 'zustand';
import type { ApiErrorShape } from '../../core/domain/errors.ts';
import { call, callHost } from '../bridge/call.ts';
import {
  defaultFileName,
  MAX_COPIES,
  MIN_COPIES,
  type Preview,
  type PrintDocument,
  requestPreview,
  type SaveFormat,
  saveDocument,
} from '../features/print/documents.ts';
import { onLock } from './session.ts';

/** What the last action left for the person to read (success in green, problem in red). */
export type PrintNotice =
  | { kind: 'saved'; path: string; pages: number; format: SaveFormat }
  | { kind: 'printed'; pages: number; copies: number }
  | { kind: 'cancelled' }
  | { kind: 'printFailed' }
  | { kind: 'error'; error: ApiErrorShape };

interface PrintState {
  /** The document whose preview is open, or null (closed). */
  doc: PrintDocument | null;
  copies: number;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: ApiErrorShape | null;
  preview: Preview | null;
  /** Save or print under way (buttons wait; a second click does nothing). */
  busy: 'save' | 'print' | null;
  notice: PrintNotice | null;
  /** Bumped on every preview request so an older answer never replaces a newer one. */
  generation: number;
  open(doc: PrintDocument): void;
  close(): void;
  setCopies(copies: number): void;
  load(): Promise<void>;
  save(format: SaveFormat, today: string): Promise<void>;
  /**
   * The system print of the rendered pages: `printPages` puts them in the page and calls the host's print
   * dialog; a print that went to the printer is then recorded in the audit by the register.
   */
  print(printPages: () => Promise<'printed' | 'cancelled' | 'failed' | 'aborted'>): Promise<void>;
  setBusy(busy: PrintState['busy']): void;
  dismissNotice(): void;
}

const initial = {
  doc: null,
  copies: 1,
  status: 'idle' as const,
  error: null,
  preview: null,
  busy: null,
  notice: null,
};

export const clampCopies = (n: number) =>
  Math.min(MAX_COPIES, Math.max(MIN_COPIES, Number.isFinite(n) ? Math.round(n) : MIN_COPIES));

export const usePrint = create<PrintState>()((set, get) => ({
  ...initial,
  generation: 0,

  open(doc) {
    set({ ...initial, doc, generation: get().generation + 1 });
    void get().load();
  },

  close() {
    set({ ...initial, generation: get().generation + 1 });
  },

  setCopies(copies) {
    set({ copies: clampCopies(copies), notice: null });
  },

  async load() {
    const { doc, copies } = get();
    if (!doc) return;
    const generation = get().generation + 1;
    set({ generation, status: 'loading', error: null });
    const result = await requestPreview(doc, copies);
    if (get().generation !== generation) return;
    if (result.ok) set({ status: 'ready', preview: result.value });
    else set({ status: 'failed', error: result.error, preview: null });
  },

  async save(format, today) {
    const { doc, copies, busy } = get();
    if (!doc || busy) return;
    set({ busy: 'save', notice: null });
    try {
      const chosen = await callHost('host.chooseSavePath', {
        defaultName: defaultFileName(doc, format, today),
        format,
      });
      if (!chosen.ok) return set({ notice: { kind: 'error', error: chosen.error } });
      if (!chosen.value.path) return; // the person closed the dialog: nothing to say
      const saved = await saveDocument(doc, copies, chosen.value.path, format);
      if (get().doc !== doc) return;
      set({
        notice: saved.ok
          ? { kind: 'saved', path: saved.value.path, pages: saved.value.pages, format }
          : { kind: 'error', error: saved.error },
      });
    } finally {
      if (get().doc === doc) set({ busy: null });
    }
  },

  async print(printPages) {
    const { preview, busy, doc } = get();
    if (!preview || !doc || busy) return;
    set({ busy: 'print', notice: null });
    try {
      const outcome = await printPages();
      if (get().doc !== doc) return;
      if (outcome === 'printed') {
        const recorded = await call('print.recordPrinted', { previewId: preview.previewId });
        set({
          notice: recorded.ok
            ? { kind: 'printed', pages: recorded.value.pages, copies: recorded.value.copies }
            : { kind: 'error', error: recorded.error },
        });
      } else if (outcome === 'cancelled') set({ notice: { kind: 'cancelled' } });
      else if (outcome === 'failed') set({ notice: { kind: 'printFailed' } });
    } finally {
      if (get().doc === doc) set({ busy: null });
    }
  },

  setBusy: (busy) => set({ busy }),
  dismissNotice: () => set({ notice: null }),
}));

// A preview holds register data: it closes with the lock (the register forgets its preview ids too).
onLock(() => usePrint.getState().close());
