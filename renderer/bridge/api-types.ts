import type { Channel, ChannelInput, ChannelOutput } from '../../core/api/contract.ts';
import type { HostChannel, HostInput, HostOutput } from '../../core/api/host-contract.ts';
import type { Result } from '../../core/api/result.ts';

/** The host channels (OS save and print dialogs), next to the contract channels on the same window.api. */
export type HostApi = { [C in HostChannel]: (input?: HostInput<C>) => Promise<Result<HostOutput<C>>> };

/** window.api: one async function per contract channel, each resolving to a Result (never throwing). */
export type Api = { [C in Channel]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> } & HostApi;
