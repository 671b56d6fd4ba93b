/**
 * A worker thread of a long audit check (db/audit/verify-workers.ts), on its own read-only connection: a chain
 * walker that walks each chunk it is sent until it is stopped (db/audit/chain-pool.ts), or the file's integrity check,
 * or the replay of the history.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openEncrypted, type Sqlite } from '../connection.ts';
import { walkChain } from './chain-walk.ts';
import { integrityProblems, replayAudit } from './replay.ts';
import type { ChunkMessage, WorkerMessage, WorkerTask } from './verify-workers.ts';

const task = workerData as WorkerTask;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const failed = (error: unknown) => {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'INTERNAL';
  post({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
};

function open(): Sqlite {
  // The key arrives as a buffer moved to this thread; it is zeroed once the connection holds it.
  const key = Buffer.from(task.key);
  try {
    return openEncrypted(task.path, key, { create: false, readOnly: true });
  } finally {
    key.fill(0);
  }
}

try {
  const sqlite = open();
  if (task.kind === 'chain') {
    parentPort?.on('message', (chunk: ChunkMessage) => {
      try {
        post({ type: 'span', id: chunk.id, span: walkChain(sqlite, chunk.start, chunk.to) });
      } catch (error) {
        failed(error);
      }
    });
    post({ type: 'ready' });
  } else {
    try {
      const progress = (read: number) => post({ type: 'progress', read });
      if (task.kind === 'integrity') post({ type: 'done', integrity: integrityProblems(sqlite) });
      else post({ type: 'done', replay: replayAudit(sqlite, null, progress) });
    } finally {
      sqlite.close();
    }
  }
} catch (error) {
  failed(error);
}
