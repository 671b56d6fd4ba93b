import type { Channel, ChannelInput, ChannelOutput } from '../../core/api/contract.ts';
import type { Result } from '../../core/api/result.ts';

/** window.api: one async function per contract channel, each resolving to a Result (never throwing). */
export type Api = { [C in Channel]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };
