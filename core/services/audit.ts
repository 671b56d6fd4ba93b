import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import type { Workspace } from '../ports/register-host.ts';

export async function verifyAuditChain(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'audit.verify'>,
): Promise<ChannelOutput<'audit.verify'>> {
  const report = await ws.audit.verify(
    input.anchor ? { seq: input.anchor.seq, hash: input.anchor.hash.toLowerCase() } : undefined,
    ctx.work
      ? { onProgress: ({ done, total, phase }) => ctx.work?.progress(done, total, phase), signal: ctx.work.signal }
      : {},
  );
  const first = report.problems[0];
  const where = first
    ? [first.seq && `sự kiện số ${first.seq}`, first.table && `bảng ${first.table}`, first.key && `dòng ${first.key}`]
        .filter(Boolean)
        .join(', ')
    : '';
  const summary = report.ok
    ? `OK ${report.events} sự kiện, đầu chuỗi ${report.head.hash}`
    : `HỎNG tại ${where || 'tệp sổ'}: ${first?.reason ?? ''}`;
  return { ...report, summary };
}

/** Auditors check who did what; the classified content of the changes is masked for them. */
export function listAudit(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'audit.list'>,
): ChannelOutput<'audit.list'> {
  const roles = ctx.actor?.roles ?? [];
  const mask =
    roles.includes('auditor') &&
    !roles.some((r) => r === 'admin' || r === 'security_officer' || r === 'receiver_officer');
  return ws.audit.list(input, mask);
}

export function redactAuditValue(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'audit.redact'>,
  at: string,
): ChannelOutput<'audit.redact'> {
  return ws.transact(() => {
    const plan = ws.audit.redact({ seq: input.seq, path: input.path });
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'audit.redacted',
        entity: plan.entity,
        entityId: plan.key,
        change: {
          ...(plan.liveChange ? { rows: [plan.liveChange] } : {}),
          // The re-sealed images' new digests enter the chain here; verify checks the stored values against them.
          info: {
            field: plan.field,
            targets: plan.targets,
            ...(plan.resealed.length ? { resealed: plan.resealed } : {}),
            reason: input.reason,
          },
        },
      },
      at,
    );
    return { removed: plan.targets.length, table: plan.table, key: plan.key, field: plan.field };
  });
}
