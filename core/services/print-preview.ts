import { createHash, randomUUID } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { AppError } from '../domain/errors.ts';
import type { Workspace } from '../ports/register-host.ts';
import { type BuiltPdf, buildEnvelopePdf, buildReceiptPdf, buildRegisterPdf, pageCount } from './print.ts';

/**
 * Print previews. A preview returns the PDF bytes to the screen and writes nothing; it is NOT audited: it shows no
 * more than the register list already shows without an audit event (the book's rows, an item's number and
 * recipient), it leaves no paper and no file behind, and the copies field regenerates it at every change, so
 * auditing it would bury the events that matter under noise. What is audited is what leaves the screen: every
 * file (print.register/envelope/receipt, `via: 'file'`) and every system print (`print.recordPrinted`,
 * `via: 'printer'`).
 *
 * The facts of each preview (document, copies, pages, SHA-256) stay here, keyed by the unlocked workspace, so a
 * later system print is recorded against exactly the bytes that were shown — the renderer only names the preview.
 * Locking drops the workspace and with it every preview id.
 */
interface PreviewFacts {
  actorId: string;
  what: BuiltPdf['what'];
  info: Record<string, unknown>;
  pages: number;
  copies: number;
  sha256: string;
  previewedAt: string;
}

/** Enough for any person's open previews; the oldest is forgotten first. */
const KEEP = 50;
const previews = new WeakMap<Workspace, Map<string, PreviewFacts>>();

function remember(ws: Workspace, facts: PreviewFacts): string {
  let map = previews.get(ws);
  if (!map) {
    map = new Map();
    previews.set(ws, map);
  }
  const id = randomUUID();
  map.set(id, facts);
  while (map.size > KEEP) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
  return id;
}

function answer(ws: Workspace, ctx: CallContext, built: BuiltPdf, copies: number, at: string) {
  if (!ctx.actor) throw new AppError('LOCKED');
  const pages = pageCount(built.pdf);
  const sha256 = createHash('sha256').update(built.pdf).digest('hex');
  const previewId = remember(ws, {
    actorId: ctx.actor.id,
    what: built.what,
    info: built.info,
    pages,
    copies,
    sha256,
    previewedAt: at,
  });
  return {
    previewId,
    pdfBase64: built.pdf.toString('base64'),
    pages,
    copies,
    sha256,
    classified: built.classified,
    missingSettings: built.missingSettings,
  };
}

export async function previewRegister(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.registerPreview'>,
  at: string,
): Promise<ChannelOutput<'print.registerPreview'>> {
  return answer(ws, ctx, await buildRegisterPdf(ws, deps, input, at, ctx.work), input.copies, at);
}

export async function previewEnvelope(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.envelopePreview'>,
  at: string,
): Promise<ChannelOutput<'print.envelopePreview'>> {
  return answer(ws, ctx, await buildEnvelopePdf(ws, deps, ctx, input), input.copies, at);
}

export async function previewReceipt(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'print.receiptPreview'>,
  at: string,
): Promise<ChannelOutput<'print.receiptPreview'>> {
  return answer(ws, ctx, await buildReceiptPdf(ws, deps, ctx, input, at), input.copies, at);
}

/**
 * The system print dialog reported success for a preview: record it. Only the person who opened the preview can
 * record it, and only while the register stays unlocked (a lock forgets every preview).
 */
export function recordPrinted(
  ws: Workspace,
  ctx: CallContext,
  input: ParsedInput<'print.recordPrinted'>,
  at: string,
): ChannelOutput<'print.recordPrinted'> {
  const facts = previews.get(ws)?.get(input.previewId);
  if (!facts || facts.actorId !== ctx.actor?.id)
    throw new AppError(
      'NOT_FOUND',
      'Không còn bản xem trước này (sổ đã khóa lại hoặc bản xem trước đã cũ). Hãy mở lại bản xem trước rồi in.',
    );
  const { what, info, pages, copies, sha256, previewedAt } = facts;
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'document.printed',
        entity: 'document',
        entityId: what,
        change: { info: { ...info, via: 'printer', copies, pages, sha256, previewedAt } },
      },
      at,
    ),
  );
  return { pages, copies };
}
