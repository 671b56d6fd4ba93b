import type { Channel, ChannelInput, ChannelOutput } from '../../core/api/contract.ts';
import type { HostChannel, HostInput, HostOutput } from '../../core/api/host-contract.ts';
import type { Result } from '../../core/api/result.ts';
import { getApi } from './api.ts';

type Call<C extends Channel> = (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/**
 * Calls one channel and always resolves to a Result. The transport already never throws by contract; this also
 * turns a broken bridge (missing preload, closed IPC) into INTERNAL, so screens handle one shape only. The message
 * is left empty on purpose: screens show the translated text for the code.
 */
export async function call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  try {
    const fn = getApi()[channel] as Call<C>;
    return await fn(input ?? ({} as ChannelInput<C>));
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '' } };
  }
}

type HostCall<C extends HostChannel> = (input?: HostInput<C>) => Promise<Result<HostOutput<C>>>;

/** Calls a host channel (the OS save or print dialog) the same way: always a Result, INTERNAL if the bridge broke. */
export async function callHost<C extends HostChannel>(channel: C, input: HostInput<C>): Promise<Result<HostOutput<C>>> {
  try {
    const fn = getApi()[channel] as HostCall<C> | undefined;
    if (!fn) return { ok: false, error: { code: 'INTERNAL', message: '' } };
    return await fn(input);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '' } };
  }
}
