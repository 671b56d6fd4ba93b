/**
 * The register worker: the router and the open encrypted register live on this worker_threads thread, so SQL,
 * PDF and hashing work never runs on Electron's main thread (the window stays responsive while a long call runs).
 * Plain Node: no 'electron' import, started the same way by electron/main and by the unit tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkControl } from '../../core/api/context.ts';
import { composeApp } from './compose.ts';
import type { FromRegisterWorker, RegisterWorkerOptions, ToRegisterWorker } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('register-worker.ts runs only as a worker thread');

const composition = composeApp(workerData as RegisterWorkerOptions);
const post = (message: FromRegisterWorker) => port.postMessage(message);

// Between steps of long read-only work other calls get their turn: one macrotask lets queued messages in.
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// Asynchronous long work (the audit check's own worker threads) listens to a signal: the flag is looked at this
// often while the call runs, and between turns of the event loop the signal follows it.
const SIGNAL_POLL_MS = 50;

function workFor(id: number, cancel: Int32Array): { work: WorkControl; done(): void } {
  const controller = new AbortController();
  const cancelled = () => Atomics.load(cancel, 0) !== 0;
  const poll = setInterval(() => cancelled() && controller.abort(), SIGNAL_POLL_MS);
  return {
    work: {
      progress: (done, total, phase) => post({ type: 'progress', id, done, total, ...(phase ? { phase } : {}) }),
      cancelled,
      breathe,
      signal: controller.signal,
    },
    done: () => clearInterval(poll),
  };
}

port.on('message', async (message: ToRegisterWorker) => {
  if (message.type === 'shutdown') {
    // Locking closes the database (WAL checkpointed, key dropped from memory) before the thread ends.
    composition.host.lock();
    post({ type: 'stopped' });
    port.close();
    return;
  }
  const control = workFor(message.id, message.cancel);
  try {
    const result = await composition.dispatch(message.channel, message.input, control.work);
    post({ type: 'result', id: message.id, result, unlocked: composition.host.actor() !== null });
  } finally {
    control.done();
  }
});
