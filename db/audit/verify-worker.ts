/**
 * A worker thread of a long audit check (db/audit/verify-workers.ts): opens the register read-only with its own
 * connection and walks one range of the chain, runs the file's integrity check, or replays the history.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openEncrypted } from '../connection.ts';
import { walkChain } from './chain-walk.ts';
import { integrityProblems, replayAudit } from './replay.ts';
import type { WorkerMessage, WorkerTask } from './verify-workers.ts';

const task = workerData as WorkerTask;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  // The key arrives as a buffer moved to this thread; it is zeroed once the connection holds it.
  const key = Buffer.from(task.key);
  let sqlite: ReturnType<typeof openEncrypted>;
  try {
    sqlite = openEncrypted(task.path, key, { create: false, readOnly: true });
  } finally {
    key.fill(0);
  }
  try {
    const progress = (read: number) => post({ type: 'progress', read });
    if (task.kind === 'chain') post({ type: 'done', chain: walkChain(sqlite, task.start, task.to, progress) });
    else if (task.kind === 'integrity') post({ type: 'done', integrity: integrityProblems(sqlite) });
    else post({ type: 'done', replay: replayAudit(sqlite, null, progress) });
  } finally {
    sqlite.close();
  }
} catch (error) {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'INTERNAL';
  post({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
}
