import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { packageCoverPdf } from '../documents/package-cover.ts';
import { missingSettings, unitDocumentSettings } from '../domain/document-settings.ts';
import { AppError } from '../domain/errors.ts';
import { packageFileName } from '../exchange/package/index.ts';
import type { Workspace } from '../ports/register-host.ts';
import { ownParty } from './package-parties.ts';
import { pageCount } from './print.ts';

/**
 * Prints the cover sheet of a package this register sent or received; the print is audited. A sent package's sheet
 * is headed with this unit's parent body and dated at its place (the settings); a received one names the sender only.
 */
export async function printPackageCover(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'packages.cover'>,
  at: string,
): Promise<ChannelOutput<'packages.cover'>> {
  const logged = ws.packages.get(input.packageId);
  if (!logged) throw new AppError('NOT_FOUND', `Không có gói ${input.packageId} trong sổ.`);
  const own = await ownParty(ws, ctx, at);
  const unit = unitDocumentSettings(ws.settings.get());
  const sent = logged.direction === 'sent';
  // The sheet is the sender's: this register's settings head it only when this register sent the package.
  const me = {
    unitName: own.unitName,
    fingerprint: own.fingerprint,
    parentBody: unit.parentBody,
    placeName: unit.placeName,
  };
  const peer = { unitName: logged.peerName, fingerprint: logged.peerFingerprint, parentBody: null, placeName: null };
  const kind = logged.kind === 'receipt' ? 'receipt' : 'incidents';
  const pdf = await packageCoverPdf(deps.documents, {
    packageId: logged.id,
    kind,
    sequence: logged.sequence,
    hash: logged.hash,
    fileName: packageFileName({ kind, sequence: logged.sequence, packageId: logged.id }),
    createdAt: logged.createdAt,
    records: logged.recordCount,
    sender: sent ? me : peer,
    recipient: sent ? peer : me,
    training: ws.meta().training,
  });
  const path = deps.files.write(input.outPath, pdf);
  const pages = pageCount(pdf);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'document.printed',
        entity: 'document',
        entityId: 'package-cover',
        change: { info: { packageId: logged.id, path, pages } },
      },
      at,
    ),
  );
  return { path, pages, missingSettings: sent ? missingSettings('package-cover', unit) : [] };
}
