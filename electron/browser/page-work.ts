import type { BrowserContext, Frame, Page } from '@playwright/test';
import { fail, type Result } from '../../core/api/result.ts';
import type { WorkProgress } from '../../core/api/work-bridge.ts';
import { AppError } from '../../core/domain/errors.ts';

interface BindingSource {
  page: Page;
  frame: Frame;
}

export type LongRun = (
  channel: string,
  input: unknown,
  options: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
) => Promise<Result<unknown>>;

interface WorkGlobals {
  __cxrWorkRun(id: string, channel: string, input: unknown): Promise<unknown>;
  __cxrWorkCancel(id: string): Promise<void>;
}

/**
 * window.work over Playwright bindings (the browser fallback and the UI tests), the same shape the preload builds
 * over IPC: run with an id, progress pushed into the page, cancel by id from the same page only.
 */
export async function exposePageWork(
  target: BrowserContext | Page,
  trusted: (source: BindingSource) => boolean,
  run: LongRun,
): Promise<void> {
  const running = new Map<string, AbortController>();
  await target.exposeBinding('__cxrWorkRun', async (source: BindingSource, id: string, channel: string, input) => {
    if (!trusted(source)) return fail(new AppError('FORBIDDEN').toShape());
    if (typeof id !== 'string' || !id || id.length > 100) return fail(new AppError('VALIDATION').toShape());
    const controller = new AbortController();
    running.set(id, controller);
    const push = (progress: WorkProgress) =>
      source.page
        .evaluate(
          (p) => (globalThis as { __cxrWorkProgress?: (p: WorkProgress) => void }).__cxrWorkProgress?.(p),
          progress,
        )
        .catch(() => undefined);
    try {
      return await run(channel, input, {
        signal: controller.signal,
        onProgress: (done, total) => void push({ id, done, total }),
      });
    } finally {
      running.delete(id);
    }
  });
  await target.exposeBinding('__cxrWorkCancel', (source: BindingSource, id: string) => {
    if (trusted(source)) running.get(id)?.abort();
  });
  await target.addInitScript(() => {
    const bound = globalThis as unknown as WorkGlobals;
    let listener: ((progress: WorkProgress) => void) | null = null;
    Object.defineProperty(globalThis, '__cxrWorkProgress', { value: (p: WorkProgress) => listener?.(p) });
    const work = {
      run: (id: string, channel: string, input: unknown) => bound.__cxrWorkRun(id, channel, input ?? {}),
      cancel: (id: string) => void bound.__cxrWorkCancel(id),
      onProgress: (next: (progress: WorkProgress) => void) => {
        listener = next;
      },
    };
    Object.defineProperty(globalThis, 'work', { value: Object.freeze(work), enumerable: true });
  });
}
