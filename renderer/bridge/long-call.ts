import type { Channel, ChannelInput, ChannelOutput } from '../../core/api/contract.ts';
import type { Result } from '../../core/api/result.ts';
import type { PageWorkApi } from '../../core/api/work-bridge.ts';
import { call } from './call.ts';

export interface LongCallOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting asks the register to stop; the call then answers CANCELLED and nothing was written. */
  signal?: AbortSignal;
}

const listeners = new Map<string, NonNullable<LongCallOptions['onProgress']>>();
let attached: PageWorkApi | null = null;

function pageWork(): PageWorkApi | null {
  const work = (globalThis as { work?: PageWorkApi }).work ?? null;
  if (work && work !== attached) {
    work.onProgress((p) => listeners.get(p.id)?.(p.done, p.total));
    attached = work;
  }
  return work;
}

/**
 * A call that may take long (large prints, imports, audit verify, training data, key rotation): progress and
 * cancel through window.work. Where the transport has none (component tests' fakes), it is an ordinary call.
 */
export async function callLong<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: LongCallOptions = {},
): Promise<Result<ChannelOutput<C>>> {
  const work = pageWork();
  if (!work) return call(channel, input);
  if (options.signal?.aborted) return { ok: false, error: { code: 'CANCELLED', message: '' } };
  const id = crypto.randomUUID();
  if (options.onProgress) listeners.set(id, options.onProgress);
  const cancel = () => work.cancel(id);
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    return (await work.run(id, channel, input ?? {})) as Result<ChannelOutput<C>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '' } };
  } finally {
    listeners.delete(id);
    options.signal?.removeEventListener('abort', cancel);
  }
}
