import { Worker } from 'node:worker_threads';
import type { AuditProblem } from '../../core/domain/audit.ts';
import { AppError, ERROR_CODES, type ErrorCode } from '../../core/domain/errors.ts';
import { asDamageError } from '../connection.ts';
import type { ChainSpan, ChainStart } from './chain-walk.ts';
import type { ReplayFindings } from './replay.ts';

/**
 * Long checks in worker threads, each on its own read-only connection: chain walkers (db/audit/chain-pool.ts), and
 * the file's integrity check and the replay beside them. Between its own batches the calling thread gives the event
 * loop a turn, so progress, the workers' answers and Ctrl+C in the CLI get through.
 */
export interface ParallelVerify {
  /** The worker script (db/audit/verify-worker.ts, or its bundled copy). */
  script: URL | string;
  /** Chain walkers: the number of cores. */
  threads: number;
  /** Below this many events the calling thread checks alone (a worker costs ~0.1 s of CPU to start). */
  minEvents: number;
  /** Events per chunk of the chain shared out between the threads (tests make it tiny to cut a small chain). */
  chunkEvents?: number;
  /**
   * Whether the calling thread walks chunks too (default true: it would only wait). False keeps it free, e.g. for
   * a window's thread; the workers then take every chunk.
   */
  walkHere?: boolean;
}

/** What a worker needs to open the register by itself. */
export interface WorkerAccess {
  path: string;
  /** A copy of the master key, moved to the worker and zeroed there. */
  key: () => Buffer;
}

/** A chain walker stays up and walks the chunks it is sent (db/audit/chain-pool.ts); the others do one task. */
type TaskBody = { kind: 'chain' } | { kind: 'integrity' } | { kind: 'replay' };
export type WorkerTask = TaskBody & { path: string; key: ArrayBuffer };

/** From the calling thread to a chain walker. */
export type ChunkMessage = { type: 'walk'; id: number; start: ChainStart; to: number };

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; read: number }
  | { type: 'span'; id: number; span: ChainSpan }
  | { type: 'done'; integrity?: AuditProblem[]; replay?: ReplayFindings }
  | { type: 'failed'; code: string; message: string };

export const cancelled = () => new AppError('CANCELLED');

/** A worker's failure as the error the calling thread would have raised. */
export function failure(code: string, message: string): unknown {
  if (code in ERROR_CODES) return new AppError(code as ErrorCode, message);
  return asDamageError(Object.assign(new Error(message), { code }));
}

/** Starts a worker with its own copy of the key, moved to its thread (nothing of it stays here). */
export function spawn(parallel: ParallelVerify, access: WorkerAccess, task: TaskBody): Worker {
  const copy = access.key();
  const key = new Uint8Array(copy).buffer;
  copy.fill(0);
  return new Worker(parallel.script, { workerData: { ...task, path: access.path, key }, transferList: [key] });
}

/** Runs one task; a worker still running when the signal aborts is terminated. */
function run(
  parallel: ParallelVerify,
  access: WorkerAccess,
  task: TaskBody,
  onRead: (read: number) => void,
  signal: AbortSignal | undefined,
): Promise<Extract<WorkerMessage, { type: 'done' }>> {
  if (signal?.aborted) return Promise.reject(cancelled());
  const worker = spawn(parallel, access, task);
  return new Promise((resolve, reject) => {
    const abort = () => {
      void worker.terminate();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onRead(message.read);
      else if (message.type === 'done' || message.type === 'failed') {
        settle();
        void worker.terminate();
        if (message.type === 'done') resolve(message);
        else reject(failure(message.code, message.message));
      }
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      settle();
      reject(new Error(`audit worker stopped (exit ${code})`));
    });
  });
}

/** The replay of the history, on a connection of its own. */
export async function replayInWorker(
  parallel: ParallelVerify,
  access: WorkerAccess,
  onRead: (read: number) => void,
  signal?: AbortSignal,
): Promise<ReplayFindings> {
  const done = await run(parallel, access, { kind: 'replay' }, onRead, signal);
  if (!done.replay) throw new Error('audit worker gave no replay result');
  return done.replay;
}

/** SQLite's integrity check of the whole file (it reads every page), on a connection of its own. */
export async function integrityInWorker(
  parallel: ParallelVerify,
  access: WorkerAccess,
  signal?: AbortSignal,
): Promise<AuditProblem[]> {
  const done = await run(parallel, access, { kind: 'integrity' }, () => {}, signal);
  if (!done.integrity) throw new Error('audit worker gave no integrity result');
  return done.integrity;
}
