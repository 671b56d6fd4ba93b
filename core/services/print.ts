import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { envelopeLabelsPdf } from '../documents/envelope.ts';
import { receiptPdf } from '../documents/receipt.ts';
import { registerBookPdf } from '../documents/register-book.ts';
import { registerBookDocx } from '../documents/register-book-docx.ts';
import { AppError } from '../domain/errors.ts';
import type { ItemRecord } from '../domain/items.ts';
import type { Workspace } from '../ports/register-host.ts';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** A clerk prints labels and receipts for their own department's items only. */
function requireItem(ws: Workspace, ctx: CallContext, id: string): ItemRecord {
  const item = ws.items.get(id);
  const actor = ctx.actor;
  const bound = actor?.roles.includes('clerk') && !actor.roles.includes('security_officer');
  if (!item || (bound && item.department !== actor?.department))
    throw new AppError('NOT_FOUND', `Không có mục ${id} trong sổ.`);
  return item;
}

/** Writes the file, then records the print in the audit chain (what, which items, where, how many copies). */
function output(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  at: string,
  outPath: string,
  pdf: Buffer,
  what: string,
  info: Record<string, unknown>,
) {
  const path = deps.files.write(outPath, pdf);
  const pages = pageCount(pdf);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'document.printed',
        entity: 'document',
        entityId: what,
        change: { info: { ...info, path, pages } },
      },
      at,
    ),
  );
  return { path, pages };
}

export async function printRegister(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.register'>,
  at: string,
): Promise<ChannelOutput<'print.register'>> {
  const { items } = ws.items.list({ book: input.book, year: input.year });
  if (items.length === 0)
    throw new AppError(
      'VALIDATION',
      `Sổ ${input.book === 'outgoing' ? 'đi' : 'đến'} năm ${input.year} chưa có mục nào.`,
    );
  const meta = ws.meta();
  const book = {
    book: input.book,
    year: input.year,
    parentBody: input.parentBody,
    unitName: meta.unitName,
    volume: input.volume,
    items,
    printedAt: at,
    auditHead: ws.audit.head(),
    copies: input.format === 'docx' ? 1 : input.copies,
    training: meta.training,
  };
  if (input.format === 'docx') {
    const path = deps.files.write(input.outPath, await registerBookDocx(book));
    const info = { book: input.book, year: input.year, format: 'docx', items: items.length, path };
    ws.transact(() =>
      ws.audit.append(
        {
          actor: ctx.actor,
          action: 'document.exported',
          entity: 'document',
          entityId: 'register-book',
          change: { info },
        },
        at,
      ),
    );
    return { path, pages: 0 };
  }
  const pdf = await registerBookPdf(deps.documents, book);
  return output(ws, deps, ctx, at, input.outPath, pdf, 'register-book', {
    book: input.book,
    year: input.year,
    copies: input.copies,
    items: items.length,
  });
}

export async function printEnvelope(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.envelope'>,
  at: string,
): Promise<ChannelOutput<'print.envelope'>> {
  const item = requireItem(ws, ctx, input.itemId);
  const meta = ws.meta();
  const recipient = input.recipientAddress ?? item.foreignBody ?? item.recipients ?? '';
  if (!recipient)
    throw new AppError('VALIDATION', undefined, [{ path: 'recipientAddress', message: 'Ghi nơi nhận để in lên bì.' }]);
  const pdf = await envelopeLabelsPdf(deps.documents, {
    item,
    senderName: meta.unitName,
    recipientAddress: recipient,
    training: meta.training,
  });
  return output(ws, deps, ctx, at, input.outPath, pdf, 'envelope', { itemId: item.id, envelopes: item.envelopes });
}

export async function printReceipt(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.receipt'>,
  at: string,
): Promise<ChannelOutput<'print.receipt'>> {
  const items = input.itemIds.map((id) => requireItem(ws, ctx, id));
  const meta = ws.meta();
  const pdf = await receiptPdf(deps.documents, { unitName: meta.unitName, items, at, training: meta.training });
  return output(ws, deps, ctx, at, input.outPath, pdf, 'receipt', { itemIds: input.itemIds });
}
