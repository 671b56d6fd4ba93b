import { AppError } from '../domain/errors.ts';

/**
 * Long work's line to whoever waits for it (the register worker's caller): progress goes out, a cancel comes in.
 * Absent for calls from transports without it (the CLI without --progress, tests): long work then just runs.
 */
export interface WorkControl {
  /** `phase` names the part of the work when it has several (audit verify: chain, replay). */
  progress(done: number, total: number, phase?: string): void;
  /** True once the caller asked to stop; long work checks it between steps and throws CANCELLED. */
  cancelled(): boolean;
  /** Lets other calls through between steps of read-only work (never inside a transaction). */
  breathe(): Promise<void>;
  /** The same cancel as an AbortSignal, for asynchronous work that hands it on (worker threads, streams). */
  signal: AbortSignal;
}

/**
 * One step of long work: report how far it is, stop if the caller cancelled (the throw rolls back any open
 * transaction of the caller, so nothing is half-written), and let other calls through when outside a transaction.
 */
export async function workStep(work: WorkControl | undefined, done: number, total: number): Promise<void> {
  if (!work) return;
  work.progress(done, total);
  throwIfCancelled(work);
  await work.breathe();
  throwIfCancelled(work);
}

/** The synchronous check for work inside one transaction: no breathing there, but a cancel still stops it. */
export function throwIfCancelled(work: WorkControl | undefined): void {
  if (work?.cancelled()) throw new AppError('CANCELLED');
}
