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

function workFor(id: number, cancel: Int32Array): WorkControl {
  return {
    progress: (done, total) => post({ type: 'progress', id, done, total }),
    cancelled: () => Atomics.load(cancel, 0) !== 0,
    breathe,
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
  const result = await composition.dispatch(message.channel, message.input, workFor(message.id, message.cancel));
  post({ type: 'result', id: message.id, result, unlocked: composition.host.actor() !== null });
});
