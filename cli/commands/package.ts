import { resolve } from 'node:path';
import { usageError } from '../exit-codes.ts';
import { type Flags, requireFlag, stringFlag } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

const USAGE =
  'Dùng: cxr package export --to DIR --recipient NAME [--incidents ID,…] | verify FILE | import FILE | receipt --for PACKAGE_ID --to DIR | list';

/** `cxr package …`: the sealed hand-carry packages, through the same channels as the exchange screens. */
export function packageCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  switch (action) {
    case 'export': {
      const toDir = resolve(requireFlag(flags, 'to', 'thư mục ghi gói (USB)'));
      const recipient = requireFlag(flags, 'recipient', 'tên đơn vị nhận trong tệp khóa đã tin cậy');
      const incidents = stringFlag(flags, 'incidents')
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return withUnlocked(flags, (cli) =>
        cli.call('packages.export', { toDir, recipient, ...(incidents ? { incidents } : {}) }),
      );
    }
    case 'verify':
    case 'import': {
      const file = args[0];
      if (!file) throw usageError(USAGE);
      const channel = action === 'verify' ? 'packages.verify' : 'packages.import';
      return withUnlocked(flags, (cli) => cli.call(channel, { path: resolve(file) }));
    }
    case 'receipt': {
      const packageId = requireFlag(flags, 'for', 'mã gói đã nhập');
      const toDir = resolve(requireFlag(flags, 'to', 'thư mục ghi gói biên nhận (USB)'));
      return withUnlocked(flags, (cli) => cli.call('packages.receipt', { packageId, toDir }));
    }
    case 'list':
      return withUnlocked(flags, (cli) => cli.call('packages.list', {}));
    default:
      throw usageError(USAGE);
  }
}
