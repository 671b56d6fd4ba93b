import { describe, expect, it } from 'vitest';
import { WORK_IPC, type WorkProgress } from '../../../core/api/work-bridge.ts';
import { bindWorkIpc } from '../../../electron/main/work-ipc.ts';
import { buildWork } from '../../../electron/preload/build-work.ts';
import type { CallOptions } from '../../../electron/worker/register-client.ts';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** Main and preload wired to each other through a fake ipc pair, as Electron would: one page, one sender id. */
function wire(trusted = true) {
  const handlers: Record<string, Handler> = {};
  const listeners: Record<string, Handler> = {};
  const pageListeners: Record<string, Handler> = {};
  const sender = {
    id: 7,
    isDestroyed: () => false,
    send: (channel: string, payload: unknown) => pageListeners[channel]?.({}, payload),
  };
  const event = { sender };
  const runs: { channel: string; input: unknown; options: CallOptions }[] = [];
  let finish: ((value: unknown) => void) | null = null;
  bindWorkIpc(
    {
      handle: (channel, listener) => (handlers[channel] = listener as Handler),
      on: (channel, listener) => (listeners[channel] = listener as Handler),
    },
    (channel, input, options) => {
      runs.push({ channel, input, options });
      return new Promise((resolve) => {
        finish = (value) => resolve({ ok: true, value });
      });
    },
    () => trusted,
  );
  const work = buildWork({
    invoke: (channel: string, payload: unknown) => Promise.resolve(handlers[channel]?.(event, payload)),
    send: (channel: string, payload: unknown) => listeners[channel]?.(event, payload),
    on: (channel: string, listener: Handler) => {
      pageListeners[channel] = listener;
      return undefined as never;
    },
  } as never);
  return { work, runs, finish: (v: unknown) => finish?.(v), handlers };
}

describe('window.work over IPC (long calls with progress and cancel)', () => {
  it('runs a contract channel, passes progress back to the page and a cancel to the register', async () => {
    const { work, runs, finish } = wire();
    const seen: WorkProgress[] = [];
    work.onProgress((p) => seen.push(p));
    const answer = work.run('a1', 'training.populate', { items: 300 });
    await Promise.resolve();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ channel: 'training.populate', input: { items: 300 } });
    runs[0]?.options.onProgress?.(25, 300);
    expect(seen).toEqual([{ id: 'a1', done: 25, total: 300 }]);
    expect(runs[0]?.options.signal?.aborted).toBe(false);
    work.cancel('a1');
    expect(runs[0]?.options.signal?.aborted).toBe(true);
    finish({ added: 0 });
    expect(await answer).toEqual({ ok: true, value: { added: 0 } });
  });

  it('refuses an untrusted page, an unknown channel and a malformed call without reaching the register', async () => {
    const untrusted = wire(false);
    expect(await untrusted.work.run('x', 'items.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(untrusted.runs).toHaveLength(0);
    const { work, runs, handlers } = wire();
    expect(await work.run('x', 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await handlers[WORK_IPC.run]?.({ sender: { id: 1 } }, { id: 5, channel: 'items.list' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(runs).toHaveLength(0);
  });
});
