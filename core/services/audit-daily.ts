import { AUDIT_CHECKED, type AuditCheckedInfo, type AuditProblem } from '../domain/audit.ts';
import { vietnamDate } from '../domain/items.ts';
import type { Actor } from '../domain/roles.ts';
import type { Workspace } from '../ports/register-host.ts';

/** What the unlock reports of the daily check; null when today's check had already found the chain sound. */
export interface DailyCheckOutcome {
  ok: boolean;
  from: number;
  through: number;
  events: number;
  problem?: AuditProblem;
}

const damaged = (error: unknown): AuditProblem => ({
  code: 'FILE_DAMAGED',
  reason: `Không kiểm tra được nhật ký: ${error instanceof Error ? error.message : String(error)}`,
});

/**
 * The daily check at unlock: on the first unlock of each day (Vietnam time), and at every unlock while the last one
 * found a problem, the chain is walked from the last position a check found sound to the head, and what it found is
 * chained as an `audit.checked` event: the next check starts there. It never blocks the unlock (a broken chain is
 * for the security officer to see, not a reason to lock everyone out); the full walk stays on demand.
 */
export async function dailyAuditCheck(ws: Workspace, actor: Actor, now: Date): Promise<DailyCheckOutcome | null> {
  const last = ws.audit.lastCheck();
  if (last?.ok && vietnamDate(last.at) === vietnamDate(now)) return null;
  let outcome: DailyCheckOutcome;
  let info: AuditCheckedInfo;
  try {
    const report = await ws.audit.checkIncremental();
    const first = report.problems[0];
    info = {
      scope: 'daily',
      from: report.from,
      through: report.through,
      events: report.events,
      ok: report.ok,
      ...(first ? { problem: { code: first.code, ...(first.seq !== undefined ? { seq: first.seq } : {}) } } : {}),
    };
    outcome = {
      ok: report.ok,
      from: report.from.seq,
      through: report.through.seq,
      events: report.events,
      ...(first ? { problem: first } : {}),
    };
  } catch (error) {
    return { ok: false, from: 0, through: 0, events: 0, problem: damaged(error) };
  }
  const change = { info: { ...info } };
  try {
    ws.transact(() =>
      ws.audit.append(
        { actor, action: AUDIT_CHECKED, entity: 'register', entityId: ws.meta().registerId, change },
        now.toISOString(),
      ),
    );
  } catch (error) {
    return { ...outcome, ok: false, problem: outcome.problem ?? damaged(error) };
  }
  return outcome;
}
