import type { ChannelOutput } from '../../core/api/contract.ts';
import { usageError } from '../exit-codes.ts';
import { type Flags, readJsonInput } from '../options.ts';
import { withUnlocked } from './unlocked.ts';

export function agreementsCommand(action: string | undefined, args: string[], flags: Flags): Promise<unknown> {
  switch (action) {
    case 'list':
      return withUnlocked(flags, (cli) => cli.call('agreements.list'));
    case 'get':
      return withUnlocked(flags, (cli) => cli.call('agreements.get', { code: args[0] }));
    case 'set-equivalences': {
      const input = readJsonInput(flags);
      return withUnlocked(flags, (cli) => cli.call('agreements.updateEquivalences', input));
    }
    default:
      throw usageError('Dùng: cxr agreements list|get CODE|set-equivalences --input FILE');
  }
}

export function formatAgreements(list: ChannelOutput<'agreements.list'>): string {
  return list
    .map(
      (a) =>
        `${a.code}  ${a.counterpartyNameVi}  ký ${a.signedOn} tại ${a.signedAt}; hiệu lực ${a.inForceOn}; ` +
        `${a.implementingDecisionNo} (${a.implementingDecisionDate}); bảng tương đương: ${a.equivalences.length} dòng`,
    )
    .join('\n');
}
