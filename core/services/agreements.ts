import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import { type Agreement, duplicateMarkingRows } from '../domain/agreements.ts';
import type { Workspace } from '../ports/register-host.ts';

export function listAgreements(ws: Workspace): ChannelOutput<'agreements.list'> {
  return ws.agreements.list();
}

export function getAgreement(ws: Workspace, code: string): Agreement {
  const agreement = ws.agreements.get(code);
  if (!agreement) throw new AppError('NOT_FOUND', `Không có Hiệp định mã ${code}.`);
  return agreement;
}

/**
 * Replaces the whole equivalence table: the officer edits it as one sheet copied from the agreement text, and
 * the audit keeps the table before and after so any later change is visible.
 */
export function updateEquivalences(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'agreements.updateEquivalences'>,
  at: string,
): ChannelOutput<'agreements.updateEquivalences'> {
  const dupes = duplicateMarkingRows(input.equivalences);
  if (dupes.length > 0) {
    throw new AppError(
      'VALIDATION',
      undefined,
      dupes.map((i) => ({
        path: `equivalences.${i}.foreignMarking`,
        message: 'Độ mật của phía đối tác bị trùng với một dòng phía trên.',
      })),
    );
  }
  return ws.transact(() => {
    const before = getAgreement(ws, input.code);
    const rows = ws.agreements.replaceEquivalences(input.code, input.equivalences, at);
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'agreement.equivalences.replaced',
        entity: 'agreement',
        entityId: input.code,
        change: { rows, info: { rowsBefore: before.equivalences.length, rowsAfter: input.equivalences.length } },
      },
      at,
    );
    return getAgreement(ws, input.code);
  });
}
