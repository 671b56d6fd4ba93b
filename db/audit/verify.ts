import type { AuditProblem, AuditProblemCode, AuditReport, AuditRunOptions } from '../../core/domain/audit.ts';
import { genesisHash } from '../../core/domain/audit-hash.ts';
import type { Sqlite } from '../connection.ts';
import { type ChainBreak, type ChainSpan, walkChain } from './chain-walk.ts';
import { integrityProblems, MAX_PROBLEMS, type ReplayFindings, replayAudit } from './replay.ts';
import { chainInPool } from './chain-pool.ts';
import {
  cancelled,
  integrityInWorker,
  type ParallelVerify,
  replayInWorker,
  type WorkerAccess,
} from './verify-workers.ts';

/** What a check needs beyond the open connection: the chain's origin, and worker threads for large registers. */
export interface VerifyEnv {
  registerId: string;
  workers?: { parallel: ParallelVerify; access: WorkerAccess } | undefined;
}

export type Position = { seq: number; hash: string };

const CHAIN_REASONS: Record<ChainBreak['code'], (seq: number) => string> = {
  EVENT_MISSING: (seq) => `Thiếu sự kiện số ${seq} (bị xóa).`,
  LINK_BROKEN: () => 'Liên kết với sự kiện trước không khớp (sự kiện bị chèn, xóa hoặc đổi thứ tự).',
  EVENT_EDITED: () => 'Nội dung sự kiện đã bị sửa (mã băm không khớp).',
};

/** Within one event, problems come in the order the single walk used to find them. */
const RANK: Partial<Record<AuditProblemCode, number>> = {
  EVENT_UNREADABLE: 0,
  EVENT_MISSING: 1,
  LINK_BROKEN: 1,
  EVENT_EDITED: 1,
  ANCHOR_MISMATCH: 2,
};
const rankOf = (p: AuditProblem) => RANK[p.code] ?? 3;

/** The last event and the head row, read at one moment: the check covers the chain as it was then. */
export function chainBounds(sqlite: Sqlite): { maxSeq: number; head: Position | undefined } {
  return sqlite
    .transaction(() => ({
      maxSeq: (sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0,
      head: sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as Position | undefined,
    }))
    .deferred();
}

export const genesisOf = (registerId: string): Position => ({ seq: 0, hash: genesisHash(registerId) });

/** Progress for one phase, reported at most every 1 % so that a caller printing it is not the bottleneck. */
function progressOf(options: AuditRunOptions, phase: 'chain' | 'replay', total: number) {
  let done = 0;
  let reported = 0;
  const step = Math.max(1, Math.floor(total / 100));
  return (read: number) => {
    done = Math.min(total, done + read);
    if (done - reported >= step || done === total) {
      reported = done;
      options.onProgress?.({ phase, done, total });
    }
  };
}

/** In this thread a check stops between two batches once the signal has aborted (the callback may abort it). */
function inline(report: (read: number) => void, signal: AbortSignal | undefined) {
  return (read: number) => {
    report(read);
    if (signal?.aborted) throw cancelled();
  };
}

/** Walks the chain from a known position to seq `to`: in worker threads when the range is large, else here. */
export async function walkFrom(
  sqlite: Sqlite,
  env: VerifyEnv,
  start: Position,
  to: number,
  options: AuditRunOptions,
): Promise<ChainSpan> {
  if (to <= start.seq) return { first: null, last: null, broken: null };
  const onRead = progressOf(options, 'chain', to - start.seq);
  if (env.workers && to - start.seq >= env.workers.parallel.minEvents)
    return chainInPool(sqlite, env.workers.parallel, env.workers.access, start, to, onRead, options.signal);
  if (options.signal?.aborted) throw cancelled();
  return walkChain(sqlite, start, to, inline(onRead, options.signal));
}

export function chainProblem(span: ChainSpan): AuditProblem[] {
  return span.broken
    ? [{ seq: span.broken.seq, code: span.broken.code, reason: CHAIN_REASONS[span.broken.code](span.broken.seq) }]
    : [];
}

/** The head row must name the last event: a tail cut off (and the head left alone) shows here. */
export function headProblems(head: Position | undefined, last: Position): AuditProblem[] {
  if (!head) return last.seq > 0 ? [{ code: 'HEAD_MISSING', reason: 'Thiếu bản ghi đầu chuỗi.' }] : [];
  if (head.seq === last.seq && head.hash === last.hash) return [];
  return [
    {
      seq: Math.min(head.seq, last.seq + 1),
      code: 'TAIL_CUT',
      reason: `Đuôi chuỗi không khớp bản ghi đầu chuỗi (đầu chuỗi ghi số ${head.seq}, nhật ký kết thúc ở số ${last.seq}).`,
    },
  ];
}

/** Per-event problems of the chain and of the replay, in seq order, as the single walk reported them. */
export const inSeqOrder = (problems: AuditProblem[]) =>
  [...problems].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || rankOf(a) - rankOf(b));

/**
 * The full walk, from the start of the chain whatever any earlier check recorded: the file's integrity check; the
 * chain in order (a missing, inserted or reordered event, a broken link or an edited event names the first broken
 * seq); the head row; an optional anchor printed earlier; every stored image against its salted digest and every
 * daily checkpoint against the event it names; then a replay of the row changes against every audited table. On a
 * large register the chain walk, the integrity check and the replay run side by side (docs/SECURITY.md).
 */
export async function verifyAudit(
  sqlite: Sqlite,
  env: VerifyEnv,
  anchor?: Position,
  options: AuditRunOptions = {},
): Promise<AuditReport> {
  const bounds = chainBounds(sqlite);
  const genesis = genesisOf(env.registerId);
  let integrity: AuditProblem[];
  let span: ChainSpan;
  let findings: ReplayFindings;
  if (env.workers && bounds.maxSeq >= env.workers.parallel.minEvents) {
    const { parallel, access } = env.workers;
    const replayed = progressOf(options, 'replay', bounds.maxSeq);
    const controller = new AbortController();
    const stop = () => controller.abort();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      [span, integrity, findings] = await Promise.all([
        walkFrom(sqlite, env, genesis, bounds.maxSeq, { ...options, signal: controller.signal }),
        integrityInWorker(parallel, access, controller.signal),
        replayInWorker(parallel, access, replayed, controller.signal),
      ]);
    } catch (error) {
      controller.abort();
      throw options.signal?.aborted ? cancelled() : error;
    } finally {
      options.signal?.removeEventListener('abort', stop);
    }
  } else {
    integrity = integrityProblems(sqlite);
    span = await walkFrom(sqlite, env, genesis, bounds.maxSeq, options);
    findings = replayAudit(sqlite, bounds.maxSeq, inline(progressOf(options, 'replay', bounds.maxSeq), options.signal));
  }

  const last = span.last ?? genesis;
  const perEvent = [...chainProblem(span), ...findings.events];
  let anchorMissing: AuditProblem[] = [];
  if (anchor) {
    const hash = sqlite.prepare('SELECT hash FROM audit_events WHERE seq = ?').pluck().get(anchor.seq);
    if (hash === undefined)
      anchorMissing = [
        { seq: anchor.seq, code: 'ANCHOR_MISSING', reason: 'Không tìm thấy sự kiện của mốc đối chiếu (chuỗi bị cắt).' },
      ];
    else if (hash !== anchor.hash.toLowerCase())
      perEvent.push({
        seq: anchor.seq,
        code: 'ANCHOR_MISMATCH',
        reason: 'Không khớp với đầu chuỗi đã in trên giấy (mốc đối chiếu).',
      });
  }
  const problems = [
    ...integrity,
    ...inSeqOrder(perEvent),
    ...headProblems(bounds.head, last),
    ...anchorMissing,
    ...findings.rows,
  ].slice(0, MAX_PROBLEMS);
  return { ok: problems.length === 0, events: last.seq, head: last, problems };
}
