import type { ChannelOutput, ParsedInput } from '../api/contract.ts';
import type { CallContext, Deps } from '../api/context.ts';
import { keySheetPdf } from '../documents/key-sheet.ts';
import { missingSettings, unitDocumentSettings } from '../domain/document-settings.ts';
import { minisignPublicKeyText } from '../exchange/package/index.ts';
import type { Workspace } from '../ports/register-host.ts';
import { showKeys } from './unit-keys.ts';

/**
 * Prints this unit's key sheet (fingerprint in large type, the public keys, the minisign key), headed with the
 * parent body and dated at the place from the settings; audited.
 */
export async function printKeySheet(
  ws: Workspace,
  deps: Deps,
  ctx: CallContext,
  input: ParsedInput<'keys.printSheet'>,
  at: string,
): Promise<ChannelOutput<'keys.printSheet'>> {
  const keys = await showKeys(ws, ctx, at);
  const unit = unitDocumentSettings(ws.settings.get());
  const pdf = await keySheetPdf(deps.documents, {
    unitName: keys.unitName,
    parentBody: unit.parentBody,
    placeName: unit.placeName,
    mode: keys.mode === 'receiver' ? 'receiver' : 'unit',
    fingerprintGrouped: keys.fingerprintGrouped,
    signingKey: keys.signingKey,
    ageRecipient: keys.ageRecipient,
    minisignPublicKey: minisignPublicKeyText(keys.signingKey, keys.fingerprint),
    at,
    training: ws.meta().training,
  });
  const path = deps.files.write(input.outPath, pdf);
  ws.transact(() =>
    ws.audit.append(
      {
        actor: ctx.actor,
        action: 'document.printed',
        entity: 'document',
        entityId: 'key-sheet',
        change: { info: { fingerprint: keys.fingerprint, path } },
      },
      at,
    ),
  );
  return { path, fingerprint: keys.fingerprint, missingSettings: missingSettings('key-sheet', unit) };
}
