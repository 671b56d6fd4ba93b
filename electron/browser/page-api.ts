import type { BrowserContext, Frame, Page } from '@playwright/test';
import { CHANNEL_NAMES } from '../../core/api/channels.ts';
import { HOST_CHANNEL_NAMES, type HostChannelName } from '../../core/api/host-channels.ts';
import { fail, type Result } from '../../core/api/result.ts';
import { AppError } from '../../core/domain/errors.ts';
import type { HostAnswer } from './host-answers.ts';
import { exposePageWork, type LongRun } from './page-work.ts';
import { BROWSER_ORIGIN } from './serve-renderer.ts';

/** The two functions Playwright puts in the page; the init script below builds window.api over them. */
interface Bindings {
  __cxrInvoke(channel: string, input: unknown): Promise<unknown>;
  __cxrHost(channel: string, input: unknown): Promise<unknown>;
}

interface BindingSource {
  page: Page;
  frame: Frame;
}

/**
 * window.api in the browser fallback: what electron/preload builds over IPC, here over two Playwright bindings
 * into this Node process. Same channel lists as the preload, same sender rule as electron/main/ipc.ts (only the app
 * window's main frame on the app's origin; anything else gets FORBIDDEN), and `dispatch` takes the actor from the
 * register host, never from the page.
 */
export async function exposePageApi(
  context: BrowserContext,
  appPage: Page,
  dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>,
  host: Record<HostChannelName, HostAnswer>,
  dispatchLong: LongRun,
): Promise<void> {
  const trusted = (source: BindingSource) =>
    source.page === appPage &&
    source.frame === source.page.mainFrame() &&
    source.frame.url().startsWith(`${BROWSER_ORIGIN}/`);
  const refused = () => fail(new AppError('FORBIDDEN').toShape());

  await context.exposeBinding('__cxrInvoke', (source: BindingSource, channel: string, input: unknown) =>
    trusted(source) ? dispatch(channel, input) : refused(),
  );
  await context.exposeBinding('__cxrHost', (source: BindingSource, channel: string, input: unknown) => {
    if (!trusted(source)) return refused();
    if (!Object.hasOwn(host, channel)) return fail(new AppError('UNKNOWN_CHANNEL').toShape());
    return host[channel as HostChannelName](input).catch(() => fail(new AppError('INTERNAL').toShape()));
  });
  await exposePageWork(context, trusted, (channel, input, options) => dispatchLong(channel, input, options));
  await context.addInitScript(
    ({ channels, hostChannels }: { channels: string[]; hostChannels: string[] }) => {
      // Looked up per call: Playwright installs the bindings, not this script.
      const bound = globalThis as unknown as Bindings;
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const channel of channels) api[channel] = (input) => bound.__cxrInvoke(channel, input ?? {});
      for (const channel of hostChannels) api[channel] = (input) => bound.__cxrHost(channel, input ?? {});
      Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true });
    },
    { channels: [...CHANNEL_NAMES], hostChannels: [...HOST_CHANNEL_NAMES] },
  );
}
