import { Worker } from 'node:worker_threads';
import type { AuditProblem } from '../../core/domain/audit.ts';
import { AppError, ERROR_CODES, type ErrorCode } from '../../core/domain/errors.ts';
import { asDamageError, type Sqlite } from '../connection.ts';
import { type ChainSpan, type ChainStart, chainWalker, joinSpans } from './chain-walk.ts';
import type { ReplayFindings } from './replay.ts';

/**
 * Long checks in worker threads: each event stores its predecessor's hash, so the chain is cut into ranges walked
 * side by side on every core and joined at their edges; the file's integrity check and the replay run beside them,
 * each on its own connection. The
 * calling thread only waits, so it stays free for the window (and for Ctrl+C in the CLI).
 */
export interface ParallelVerify {
  /** The worker script (db/audit/verify-worker.ts, or its bundled copy). */
  script: URL | string;
  /** Chain walkers: the number of cores. */
  threads: number;
  /** Below this many events the calling thread checks alone (a worker costs tens of ms to start). */
  minEvents: number;
}

/** What a worker needs to open the register by itself. */
export interface WorkerAccess {
  path: string;
  /** A copy of the master key, moved to the worker and zeroed there. */
  key: () => Buffer;
}

type TaskBody = { kind: 'chain'; start: ChainStart; to: number } | { kind: 'integrity' } | { kind: 'replay' };
export type WorkerTask = TaskBody & { path: string; key: ArrayBuffer };

export type WorkerMessage =
  | { type: 'progress'; read: number }
  | { type: 'done'; chain?: ChainSpan; integrity?: AuditProblem[]; replay?: ReplayFindings }
  | { type: 'failed'; code: string; message: string };

export const cancelled = () => new AppError('CANCELLED');
const BATCH = 16_384;

function failure(code: string, message: string): unknown {
  if (code in ERROR_CODES) return new AppError(code as ErrorCode, message);
  return asDamageError(Object.assign(new Error(message), { code }));
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
  const copy = access.key();
  const key = new Uint8Array(copy).buffer;
  copy.fill(0);
  const worker = new Worker(parallel.script, { workerData: { ...task, path: access.path, key }, transferList: [key] });
  return new Promise((resolve, reject) => {
    const abort = () => {
      void worker.terminate();
      reject(cancelled());
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onRead(message.read);
      else {
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

/** Walks a range here, yielding to the event loop between batches so that progress, workers and Ctrl+C get a turn. */
async function walkHere(
  sqlite: Sqlite,
  range: { start: ChainStart; to: number },
  onRead: (read: number) => void,
  signal: AbortSignal,
): Promise<ChainSpan> {
  const walker = chainWalker(sqlite, range.start, range.to);
  for (let read = walker.step(BATCH); read > 0; read = walker.step(BATCH)) {
    onRead(read);
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) throw cancelled();
  }
  return walker.span();
}

/**
 * Cuts start.seq+1 … to into one range per thread and walks them at once: the first here (a worker costs ~0.1 s of
 * CPU to start), the others in workers; then joins them.
 */
export async function chainInWorkers(
  sqlite: Sqlite,
  parallel: ParallelVerify,
  access: WorkerAccess,
  start: { seq: number; hash: string },
  to: number,
  onRead: (read: number) => void,
  signal?: AbortSignal,
): Promise<ChainSpan> {
  const count = to - start.seq;
  const threads = Math.max(1, Math.min(parallel.threads, Math.ceil(count / Math.max(1, parallel.minEvents / 2))));
  const size = Math.ceil(count / threads);
  const ranges = Array.from({ length: threads }, (_, i) => ({
    start: { seq: start.seq + i * size, hash: i === 0 ? start.hash : null },
    to: Math.min(to, start.seq + (i + 1) * size),
  }));
  const controller = new AbortController();
  const stopAll = () => controller.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const [first, ...others] = ranges;
    const spans = await Promise.all([
      ...others.map(async (range) => {
        const done = await run(parallel, access, { kind: 'chain', ...range }, onRead, controller.signal);
        if (!done.chain) throw new Error('audit worker gave no chain result');
        return done.chain;
      }),
      ...(first ? [walkHere(sqlite, first, onRead, controller.signal)] : []),
    ]);
    // The range walked here was started last (after the workers) but comes first in seq order.
    const here = spans.pop();
    return joinSpans(start, here ? [here, ...spans] : spans);
  } catch (error) {
    controller.abort(); // one failed walker stops the others
    throw signal?.aborted ? cancelled() : error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
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
