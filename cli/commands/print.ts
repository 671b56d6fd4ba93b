import { resolve } from 'node:path';
import { usageError } from '../exit-codes.ts';
import { type Flags, requireFlag, stringFlag } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

/** `cxr print register|envelope|receipt`: the same documents as the app's print buttons, written as PDF. */
export function printCommand(what: string | undefined, flags: Flags): Promise<unknown> {
  const outPath = resolve(requireFlag(flags, 'out', 'tệp PDF cần ghi'));
  switch (what) {
    case 'register': {
      const format = stringFlag(flags, 'format') ?? 'pdf';
      const book = requireFlag(flags, 'book', 'outgoing hoặc incoming');
      const year = Number(requireFlag(flags, 'year', 'năm của sổ'));
      const copies = Number(stringFlag(flags, 'copies') ?? 1);
      return withUnlocked(flags, (cli) => cli.call('print.register', { book, year, copies, format, outPath }));
    }
    case 'envelope':
      return withUnlocked(flags, (cli) =>
        cli.call('print.envelope', { itemId: requireFlag(flags, 'item', 'mã mục'), outPath }),
      );
    case 'receipt': {
      const itemIds = requireFlag(flags, 'items', 'các mã mục, cách nhau bởi dấu phẩy')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return withUnlocked(flags, (cli) => cli.call('print.receipt', { itemIds, outPath }));
    }
    case 'cover':
      return withUnlocked(flags, (cli) =>
        cli.call('packages.cover', { packageId: requireFlag(flags, 'package', 'mã gói'), outPath }),
      );
    default:
      throw usageError(
        'Dùng: cxr print cover --package ID --out F.pdf | register --book B --year Y --out F.pdf | envelope --item ID --out F.pdf | receipt --items ID,… --out F.pdf',
      );
  }
}
