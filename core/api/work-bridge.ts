/**
 * Long calls with progress and cancel, for the page: `window.work` beside `window.api`. Any contract channel can be
 * run this way; only long work (prints, imports, verify, training data, key rotation) reports progress or stops
 * early. Every transport builds the same shape: the preload over IPC, the browser fallback and the UI tests over
 * Playwright bindings. Names only (no schema library), so the sandboxed preload can load it.
 */
export const WORK_IPC = {
  /** invoke {id, channel, input} -> Result, like a contract channel. */
  run: 'cxr:work.run',
  /** send id: asks the register to stop that call; it answers CANCELLED and writes nothing. */
  cancel: 'cxr:work.cancel',
  /** main -> page {id, done, total}. */
  progress: 'cxr:work.progress',
} as const;

export interface WorkProgress {
  id: string;
  done: number;
  total: number;
}

export interface PageWorkApi {
  run(id: string, channel: string, input: unknown): Promise<unknown>;
  cancel(id: string): void;
  /** The page's one progress listener (the renderer's bridge dispatches by id). */
  onProgress(listener: (progress: WorkProgress) => void): void;
}
