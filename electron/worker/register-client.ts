import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';
import type { FromRegisterWorker, RegisterWorkerOptions, ToRegisterWorker } from './protocol.ts';

export interface CallOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting asks the worker to stop this call; the call then answers CANCELLED and nothing is written. */
  signal?: AbortSignal;
}

export interface RegisterWorkerClient {
  call(channel: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  /** Whether the register was unlocked after the last answered call (host dialogs open only then). */
  unlocked(): boolean;
  /** Locks the register and ends the worker; resolves when the worker has closed the database. */
  stop(): Promise<void>;
}

interface Pending {
  resolve(result: Result<unknown>): void;
  onProgress?: CallOptions['onProgress'];
  cancel: Int32Array;
}

/**
 * The main process's side of the register worker. The worker starts at once; if it ever dies, every
 * waiting call answers REGISTER_WORKER_STOPPED (nothing was committed for it: SQLite rolls back an unfinished
 * transaction), the register counts as locked, and the next call starts a fresh worker.
 */
export function createRegisterWorkerClient(entry: string | URL, options: RegisterWorkerOptions): RegisterWorkerClient {
  let worker: Worker | null = null;
  let unlocked = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function stopped(): void {
    worker = null;
    unlocked = false;
    for (const call of pending.values()) call.resolve(fail(new AppError('REGISTER_WORKER_STOPPED').toShape()));
    pending.clear();
  }

  function start(): Worker {
    const started = new Worker(entry, { workerData: options });
    // The worker alone does not keep the process alive: Electron's lifecycle (or the fallback's window) decides.
    started.unref();
    started.on('message', (message: FromRegisterWorker) => {
      if (message.type === 'progress') pending.get(message.id)?.onProgress?.(message.done, message.total);
      else if (message.type === 'result') {
        unlocked = message.unlocked;
        pending.get(message.id)?.resolve(message.result);
        pending.delete(message.id);
      }
    });
    started.on('error', (error) => {
      console.error('[register worker]', error);
      if (worker === started) stopped();
    });
    started.on('exit', () => {
      if (worker === started) stopped();
    });
    return started;
  }

  // Started at once, so its modules load while the window opens; the first call does not wait for them.
  worker = start();

  return {
    call(channel, input, callOptions = {}) {
      worker ??= start();
      const id = nextId++;
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      const { signal, onProgress } = callOptions;
      if (signal?.aborted) return Promise.resolve(fail(new AppError('CANCELLED').toShape()));
      signal?.addEventListener('abort', () => Atomics.store(cancel, 0, 1), { once: true });
      const answer = new Promise<Result<unknown>>((resolve) => {
        pending.set(id, { resolve, cancel, ...(onProgress ? { onProgress } : {}) });
      });
      const message: ToRegisterWorker = { type: 'call', id, channel, input, cancel };
      worker.postMessage(message);
      return answer;
    },
    unlocked: () => unlocked,
    async stop() {
      const current = worker;
      if (!current) return;
      const done = new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.on('message', (m: FromRegisterWorker) => m.type === 'stopped' && resolve());
      });
      current.postMessage({ type: 'shutdown' } satisfies ToRegisterWorker);
      // A worker stuck in a long synchronous step still gets its cancel flags, then is ended after a grace period.
      for (const call of pending.values()) Atomics.store(call.cancel, 0, 1);
      const grace = setTimeout(() => void current.terminate(), 5_000);
      await done;
      clearTimeout(grace);
      worker = null;
      unlocked = false;
    },
  };
}
