import type { Worker } from 'node:worker_threads';
import type { Sqlite } from '../connection.ts';
import { type ChainSpan, type ChainStart, chainWalker, joinSpans } from './chain-walk.ts';
import {
  cancelled,
  type ChunkMessage,
  failure,
  type ParallelVerify,
  spawn,
  type WorkerAccess,
  type WorkerMessage,
} from './verify-workers.ts';

/**
 * Events per chunk: ~50 ms of one core's work, so the last chunks leave little idle time at the end, and few enough
 * that the messages cost nothing.
 */
const CHUNK_EVENTS = 16_384;
/** Events per batch in this thread between two turns of the event loop. */
const BATCH = 16_384;

interface Chunk {
  start: ChainStart;
  to: number;
}

/** Walks a chunk here, giving the event loop a turn between batches (progress, the workers' answers, Ctrl+C). */
async function walkHere(
  sqlite: Sqlite,
  chunk: Chunk,
  onRead: (read: number) => void,
  signal: AbortSignal,
): Promise<ChainSpan> {
  const walker = chainWalker(sqlite, chunk.start, chunk.to);
  for (let read = walker.step(BATCH); read > 0; read = walker.step(BATCH)) {
    onRead(read);
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) throw cancelled();
  }
  return walker.span();
}

/** Keeps a worker busy with the next chunk not yet taken, until there is none; rejects on its failure or abort. */
function feed(
  worker: Worker,
  take: () => number,
  chunks: Chunk[],
  spans: ChainSpan[],
  onRead: (read: number) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(cancelled());
    signal.addEventListener('abort', abort, { once: true });
    const finish = (error?: unknown) => {
      signal.removeEventListener('abort', abort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const send = () => {
      const id = take();
      const chunk = chunks[id];
      if (!chunk) return finish();
      worker.postMessage({ type: 'walk', id, ...chunk } satisfies ChunkMessage);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') send();
      else if (message.type === 'span') {
        spans[message.id] = message.span;
        const chunk = chunks[message.id];
        if (chunk) onRead(chunk.to - chunk.start.seq);
        send();
      } else if (message.type === 'failed') finish(failure(message.code, message.message));
    });
    worker.once('error', finish);
    worker.once('exit', (code) => finish(new Error(`audit worker stopped (exit ${code})`)));
  });
}

/**
 * Walks start.seq+1 … to in chunks shared out as they are asked for, between this thread and a worker per other
 * core: a core that is slower (busy with something else, or still starting its worker) simply takes fewer chunks.
 * Each event stores its predecessor's hash, so a chunk is walked without the events before it and the chunks are
 * joined at their edges afterwards, in seq order: the first break is the one a single walk would name.
 */
export async function chainInPool(
  sqlite: Sqlite,
  parallel: ParallelVerify,
  access: WorkerAccess,
  start: { seq: number; hash: string },
  to: number,
  onRead: (read: number) => void,
  signal?: AbortSignal,
): Promise<ChainSpan> {
  const size = Math.max(1, parallel.chunkEvents ?? CHUNK_EVENTS);
  const chunks: Chunk[] = [];
  for (let from = start.seq; from < to; from += size)
    chunks.push({ start: { seq: from, hash: from === start.seq ? start.hash : null }, to: Math.min(to, from + size) });
  const spans: ChainSpan[] = [];
  let next = 0;
  const take = () => next++;
  const controller = new AbortController();
  const stopAll = () => controller.abort();
  signal?.addEventListener('abort', stopAll, { once: true });
  const walkHereToo = parallel.walkHere !== false;
  const wanted = walkHereToo ? Math.min(parallel.threads - 1, chunks.length - 1) : Math.max(1, parallel.threads);
  const workers = Array.from({ length: Math.max(0, wanted) }, () => spawn(parallel, access, { kind: 'chain' }));
  try {
    const here = async () => {
      for (let id = take(); id < chunks.length; id = take()) {
        const chunk = chunks[id];
        if (chunk) spans[id] = await walkHere(sqlite, chunk, onRead, controller.signal);
      }
    };
    await Promise.all([
      ...(walkHereToo ? [here()] : []),
      ...workers.map((w) => feed(w, take, chunks, spans, onRead, controller.signal)),
    ]);
    return joinSpans(start, spans);
  } catch (error) {
    controller.abort(); // one failed walker stops the others
    throw signal?.aborted ? cancelled() : error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
    for (const worker of workers) void worker.terminate();
  }
}
