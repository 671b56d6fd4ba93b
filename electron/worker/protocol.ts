import type { Result } from '../../core/api/result.ts';

/** What the register worker needs to open the register: plain paths and the app's version (structured-clone safe). */
export interface RegisterWorkerOptions {
  registerPath: string;
  migrationsFolder: string;
  fontsFolder: string;
  appVersion: string;
  /** out/main/verify-worker.js: the audit check's own worker threads (absent: the check runs on this thread). */
  verifyWorkerScript?: string;
}

/**
 * Messages to the worker. `cancel` is a one-slot Int32Array over a SharedArrayBuffer: the caller sets it to 1 and
 * the worker sees it at once, even inside a long synchronous transaction that cannot read messages.
 */
export type ToRegisterWorker =
  | { type: 'call'; id: number; channel: string; input: unknown; cancel: Int32Array }
  | { type: 'shutdown' };

export type FromRegisterWorker =
  | { type: 'progress'; id: number; done: number; total: number; phase?: string }
  /** `unlocked` after the call, so the main process answers "is the register open?" without a round trip. */
  | { type: 'result'; id: number; result: Result<unknown>; unlocked: boolean }
  | { type: 'stopped' };
