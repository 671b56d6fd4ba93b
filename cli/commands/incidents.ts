import { resolve } from 'node:path';
import { usageError } from '../exit-codes.ts';
import { type Flags, readJsonInput, requireFlag, stringFlag } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

export function incidentsCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  switch (action) {
    case 'add': {
      // Files the report at once (registered in the outgoing book, items marked); --draft keeps a draft.
      const input = readJsonInput(flags) as Record<string, unknown>;
      const draft = flags.draft === true;
      return withUnlocked(flags, (cli) => cli.call('incidents.add', { ...input, draft }));
    }
    case 'file':
    case 'close':
    case 'get': {
      const id = args[0];
      if (!id) throw usageError(`Dùng: cxr incidents ${action} ID`);
      const channel = action === 'file' ? 'incidents.file' : action === 'close' ? 'incidents.close' : 'incidents.get';
      return withUnlocked(flags, (cli) => cli.call(channel, { id }));
    }
    case 'list': {
      const state = stringFlag(flags, 'state');
      const unit = stringFlag(flags, 'unit');
      return withUnlocked(flags, (cli) =>
        cli.call('incidents.list', { ...(state ? { state } : {}), ...(unit ? { unit } : {}) }),
      );
    }
    case 'print': {
      // The printed report (Decree 30/2020 layout): PDF with numbered copies, or DOCX; audited.
      const id = args[0];
      if (!id) throw usageError('Dùng: cxr incidents print ID --format pdf|docx --out FILE [--copies N]');
      const outPath = resolve(requireFlag(flags, 'out', 'tệp PDF hoặc DOCX cần ghi'));
      // Naming any part of the signer names all of it; without these the settings' signer signs.
      const optional = {
        signingAuthority: stringFlag(flags, 'signing-authority'),
        signerHeadTitle: stringFlag(flags, 'signer-head-title'),
        signerTitle: stringFlag(flags, 'signer-title'),
        signerName: stringFlag(flags, 'signer-name'),
        place: stringFlag(flags, 'place'),
        parentBody: stringFlag(flags, 'parent-body'),
      };
      const input = {
        id,
        format: stringFlag(flags, 'format') ?? 'pdf',
        copies: Number(stringFlag(flags, 'copies') ?? 1),
        outPath,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
      };
      return withUnlocked(flags, (cli) => cli.call('incidents.print', input));
    }
    default:
      throw usageError(
        'Dùng: cxr incidents add --input FILE|- [--draft] | file ID | close ID | get ID | list [--state S] | print ID --format pdf|docx --out FILE [--copies N]',
      );
  }
}
