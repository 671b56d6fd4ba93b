import { HOST_CHANNEL_NAMES, type HostChannelName } from '../../core/api/host-channels.ts';
import { type HostOutput, hostContract } from '../../core/api/host-contract.ts';
import { fail, ok, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';

/**
 * The host channels (core/api/host-channels.ts) where there is no desktop shell: a browser page cannot open the
 * operating system's save dialog, and the browser's own print dialog does not say whether anything was printed, so
 * a print could not be recorded in the audit log truthfully. The answers are the honest ones:
 * - a save dialog that chose nothing (`path: null`): the screens then keep the path typed by hand;
 * - a print that did not happen (`printed: false`, `failed`): the screen says printing failed and nothing is
 *   audited; saving as PDF (a typed path) still works and is audited.
 * The table is typed by the channel list, so a new host channel does not compile until it has its answer here.
 */
const NO_DIALOG: { [C in HostChannelName]: HostOutput<C> } = {
  'host.chooseSavePath': { path: null },
  'host.chooseOpenPath': { path: null },
  'host.chooseFolder': { path: null },
  'host.print': { printed: false, reason: 'failed' },
};

export type HostAnswer = (input: unknown) => Promise<Result<unknown>>;

/** One answer per host channel, checked like electron/main/host.ts: refused while locked, input parsed first. */
export function createBrowserHostAnswers(unlocked: () => boolean): Record<HostChannelName, HostAnswer> {
  const answer =
    (channel: HostChannelName): HostAnswer =>
    async (input) => {
      if (!unlocked()) return fail(new AppError('LOCKED').toShape());
      if (!hostContract[channel].input.safeParse(input ?? {}).success)
        return fail(new AppError('VALIDATION').toShape());
      return ok(NO_DIALOG[channel]);
    };
  return Object.fromEntries(HOST_CHANNEL_NAMES.map((channel) => [channel, answer(channel)])) as Record<
    HostChannelName,
    HostAnswer
  >;
}
