import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from '../exit-codes.ts';
import { type Flags, requireFlag } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

/** `cxr keys show|export|sheet|trust|revoke`: the unit's own keys and the partners' keys it trusts. */
export function keysCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  switch (action) {
    case 'show':
      return withUnlocked(flags, (cli) => cli.call('keys.show'));
    case 'export':
      return withUnlocked(flags, (cli) =>
        cli.call('keys.export', { outPath: resolve(requireFlag(flags, 'out', 'tệp khóa công khai')) }),
      );
    case 'sheet':
      return withUnlocked(flags, (cli) =>
        cli.call('keys.printSheet', { outPath: resolve(requireFlag(flags, 'out', 'tệp PDF tờ khóa')) }),
      );
    case 'trust': {
      const file = args[0];
      if (!file) throw usageError('Dùng: cxr keys trust FILE --fingerprint HEX');
      const publicFile = readFileSync(file, 'utf8');
      return withUnlocked(flags, (cli) =>
        cli.call('keys.trust', {
          publicFile,
          fingerprint: requireFlag(flags, 'fingerprint', 'dấu vân tay trên tờ khóa in'),
        }),
      );
    }
    case 'revoke': {
      const fingerprint = args.join('');
      if (!fingerprint) throw usageError('Dùng: cxr keys revoke FINGERPRINT');
      return withUnlocked(flags, (cli) => cli.call('keys.revoke', { fingerprint }));
    }
    default:
      throw usageError(
        'Dùng: cxr keys show|export --out F|sheet --out F.pdf|trust FILE --fingerprint HEX|revoke FINGERPRINT',
      );
  }
}
