import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { envelopeLabelsPdf } from '../documents/envelope.ts';
import { receiptPdf } from '../documents/receipt.ts';
import { type RegisterBookInput, registerBookPdf } from '../documents/register-book.ts';
import { registerBookDocx } from '../documents/register-book-docx.ts';
import { missingSettings, unitDocumentSettings } from '../domain/document-settings.ts';
import { AppError } from '../domain/errors.ts';
import type { ItemRecord } from '../domain/items.ts';
import type { DocumentTextSetting } from '../domain/settings.ts';
import type { Workspace } from '../ports/register-host.ts';
import type { WorkControl } from '../ports/work-control.ts';

export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** Which document, and the facts the audit records about it (never the classified content itself). */
export type DocumentKind = 'register-book' | 'envelope' | 'receipt';
export interface BuiltPdf {
  pdf: Buffer;
  what: DocumentKind;
  info: Record<string, unknown>;
  /** Classified outputs carry the level, the control footer and numbered copies. */
  classified: boolean;
  /** Settings the document prints but found empty: the preview says so. */
  missingSettings: DocumentTextSetting[];
}

type RegisterSpec = Omit<ParsedInput<'print.register'>, 'format' | 'outPath'>;
type EnvelopeSpec = Omit<ParsedInput<'print.envelope'>, 'outPath'>;
type ReceiptSpec = Omit<ParsedInput<'print.receipt'>, 'outPath'>;

/** A clerk prints labels and receipts for their own department's items only. */
function requireItem(ws: Workspace, ctx: CallContext, id: string): ItemRecord {
  const item = ws.items.get(id);
  const actor = ctx.actor;
  const bound = actor?.roles.includes('clerk') && !actor.roles.includes('security_officer');
  if (!item || (bound && item.department !== actor?.department))
    throw new AppError('NOT_FOUND', `Không có mục ${id} trong sổ.`);
  return item;
}

/** The book of a year with its cover's parent body: the one this print names, else the settings'. */
function registerBookInput(ws: Workspace, spec: RegisterSpec, at: string, copies: number): RegisterBookInput {
  const { items } = ws.items.list({ book: spec.book, year: spec.year });
  if (items.length === 0)
    throw new AppError('VALIDATION', `Sổ ${spec.book === 'outgoing' ? 'đi' : 'đến'} năm ${spec.year} chưa có mục nào.`);
  const meta = ws.meta();
  return {
    book: spec.book,
    year: spec.year,
    parentBody: spec.parentBody ?? ws.settings.get().parentBody,
    unitName: meta.unitName,
    volume: spec.volume,
    items,
    printedAt: at,
    auditHead: ws.audit.head(),
    copies,
    training: meta.training,
  };
}

export async function buildRegisterPdf(
  ws: Workspace,
  deps: Deps,
  spec: RegisterSpec,
  at: string,
  work?: WorkControl,
): Promise<BuiltPdf> {
  const book = registerBookInput(ws, spec, at, spec.copies);
  return {
    pdf: await registerBookPdf(deps.documents, book, work),
    what: 'register-book',
    info: { book: spec.book, year: spec.year, copies: spec.copies, items: book.items.length },
    classified: true,
    missingSettings: book.parentBody ? [] : ['parentBody'],
  };
}

export async function buildEnvelopePdf(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  spec: EnvelopeSpec,
): Promise<BuiltPdf> {
  const item = requireItem(ws, ctx, spec.itemId);
  const meta = ws.meta();
  const recipient = spec.recipientAddress ?? item.foreignBody ?? item.recipients ?? '';
  if (!recipient)
    throw new AppError('VALIDATION', undefined, [{ path: 'recipientAddress', message: 'Ghi nơi nhận để in lên bì.' }]);
  const pdf = await envelopeLabelsPdf(deps.documents, {
    item,
    senderName: meta.unitName,
    recipientAddress: recipient,
    training: meta.training,
    copies: spec.copies,
  });
  return {
    pdf,
    what: 'envelope',
    info: { itemId: item.id, envelopes: item.envelopes, copies: spec.copies },
    classified: false,
    // A label names the sender as on ordinary mail: the unit's name only, no setting of its own.
    missingSettings: [],
  };
}

export async function buildReceiptPdf(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  spec: ReceiptSpec,
  at: string,
): Promise<BuiltPdf> {
  const items = spec.itemIds.map((id) => requireItem(ws, ctx, id));
  const meta = ws.meta();
  const unit = unitDocumentSettings(ws.settings.get());
  const pdf = await receiptPdf(deps.documents, {
    unitName: meta.unitName,
    parentBody: unit.parentBody,
    placeName: unit.placeName,
    items,
    at,
    training: meta.training,
    copies: spec.copies,
  });
  return {
    pdf,
    what: 'receipt',
    info: { itemIds: spec.itemIds, copies: spec.copies },
    classified: false,
    missingSettings: missingSettings('receipt', unit),
  };
}

/** Writes the file, then records the print in the audit chain (what, which items, where, how many copies). */
function output(ws: Workspace, deps: Deps, ctx: CallContext, at: string, outPath: string, built: BuiltPdf) {
  const path = deps.files.write(outPath, built.pdf);
  const pages = pageCount(built.pdf);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'document.printed',
        entity: 'document',
        entityId: built.what,
        change: { info: { ...built.info, via: 'file', path, pages } },
      },
      at,
    ),
  );
  return { path, pages, missingSettings: built.missingSettings };
}

export async function printRegister(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.register'>,
  at: string,
): Promise<ChannelOutput<'print.register'>> {
  if (input.format === 'docx') {
    const book = registerBookInput(ws, input, at, 1);
    const path = deps.files.write(input.outPath, await registerBookDocx(book));
    const info = { book: input.book, year: input.year, format: 'docx', items: book.items.length, path };
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
    return { path, pages: 0, missingSettings: book.parentBody ? [] : ['parentBody'] };
  }
  return output(ws, deps, ctx, at, input.outPath, await buildRegisterPdf(ws, deps, input, at, ctx.work));
}

export async function printEnvelope(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.envelope'>,
  at: string,
): Promise<ChannelOutput<'print.envelope'>> {
  return output(ws, deps, ctx, at, input.outPath, await buildEnvelopePdf(ws, deps, ctx, input));
}

export async function printReceipt(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.receipt'>,
  at: string,
): Promise<ChannelOutput<'print.receipt'>> {
  return output(ws, deps, ctx, at, input.outPath, await buildReceiptPdf(ws, deps, ctx, input, at));
}
