import {
  AUDIT_CHECKED,
  type AuditCheckedInfo,
  type AuditIncrementalReport,
  type AuditProblem,
  type AuditRunOptions,
} from '../../core/domain/audit.ts';
import type { Sqlite } from '../connection.ts';
import {
  chainBounds,
  chainProblem,
  genesisOf,
  headProblems,
  type Position,
  type VerifyEnv,
  walkFrom,
} from './verify.ts';

/** A daily check as its event recorded it. */
export interface RecordedCheck {
  seq: number;
  at: string;
  info: AuditCheckedInfo;
}

function infoOf(change: string): AuditCheckedInfo | null {
  try {
    const info = (JSON.parse(change) as { info?: Partial<AuditCheckedInfo> }).info;
    const through = info?.through;
    if (typeof info?.ok !== 'boolean' || typeof through?.seq !== 'number' || typeof through.hash !== 'string')
      return null;
    return info as AuditCheckedInfo;
  } catch {
    return null;
  }
}

/**
 * The newest daily checks, read backwards from the head: the events since the last check are all that is read, as
 * few as a day's work when the check runs daily. `newest(after)` reads only the events after seq `after`.
 */
export function recordedChecks(sqlite: Sqlite): {
  newest(after?: number): RecordedCheck | null;
  newestSound(): RecordedCheck | null;
} {
  const backwards = sqlite
    .prepare('SELECT seq, at, change FROM audit_events WHERE action = ? AND seq > ? ORDER BY seq DESC')
    .raw();
  const find = (sound: boolean, after: number): RecordedCheck | null => {
    const rows = backwards.iterate(AUDIT_CHECKED, after) as IterableIterator<[number, string, string]>;
    for (const [seq, at, change] of rows) {
      const info = infoOf(change);
      if (info && (!sound || info.ok)) return { seq, at, info };
    }
    return null;
  };
  return { newest: (after = 0) => find(false, after), newestSound: () => find(true, 0) };
}

/**
 * The incremental check: from the position the last sound daily check recorded (the start of the chain if none) to
 * the head. The event at that position must still have the hash recorded then, every later event must link and hash,
 * and the head row must name the last one. No replay: that is the full walk's (`verifyAudit`), which is also what a
 * paper anchor is checked by.
 */
export async function checkSinceLastCheckpoint(
  sqlite: Sqlite,
  env: VerifyEnv,
  options: AuditRunOptions = {},
): Promise<AuditIncrementalReport> {
  const genesis = genesisOf(env.registerId);
  const bounds = chainBounds(sqlite);
  const recorded = recordedChecks(sqlite).newestSound();
  const from: Position = recorded ? recorded.info.through : genesis;
  const problems: AuditProblem[] = [];
  if (from.seq > 0) {
    const hash = sqlite.prepare('SELECT hash FROM audit_events WHERE seq = ?').pluck().get(from.seq);
    if (hash !== from.hash)
      problems.push({
        seq: from.seq,
        code: 'ANCHOR_MISMATCH',
        reason: `Sự kiện số ${from.seq} đã được kiểm tra lúc ${recorded?.at ?? ''} nhưng nay ${hash === undefined ? 'không còn' : 'có mã băm khác'}: phần chuỗi đến sự kiện này đã bị viết lại.`,
      });
  }
  const span = await walkFrom(sqlite, env, from, bounds.maxSeq, options);
  const through = span.last ?? from;
  problems.push(...chainProblem(span), ...headProblems(bounds.head, through));
  return { ok: problems.length === 0, from, through, events: through.seq - from.seq, problems };
}
