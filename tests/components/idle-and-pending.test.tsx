import { describe, expect, it } from 'vitest';
import { createIdleWatch, type IdleClock } from '../../renderer/stores/idle-watch.ts';
import { pendingCount, trackWork, whenSettled } from '../../renderer/stores/pending-work.ts';
import { parseVnDate } from '../../renderer/ui/format.ts';

/** A clock the test moves by hand; due timers fire in order as time passes. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { clock, advance, armed: () => timers.size };
}

describe('idle watch', () => {
  it('fires once after the limit without activity, and activity pushes it back', () => {
    const { clock, advance, armed } = manualClock();
    let fired = 0;
    const watch = createIdleWatch({ limitMs: 60_000, onIdle: () => fired++, clock });
    advance(50_000);
    watch.activity();
    advance(50_000);
    expect(fired).toBe(0);
    advance(10_000);
    expect(fired).toBe(1);
    advance(10 * 60_000);
    expect(fired).toBe(1);
    expect(armed()).toBe(0);
  });

  it('keeps a single timer however much activity there is', () => {
    const { clock, advance, armed } = manualClock();
    const watch = createIdleWatch({ limitMs: 60_000, onIdle: () => {}, clock });
    for (let i = 0; i < 1000; i++) {
      advance(10);
      watch.activity();
    }
    expect(armed()).toBe(1);
  });

  it('follows a changed limit, counted from the last activity', () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    const watch = createIdleWatch({ limitMs: 5 * 60_000, onIdle: () => fired++, clock });
    advance(90_000);
    watch.setLimit(60_000);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
  });

  it('never fires after stop', () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    const watch = createIdleWatch({ limitMs: 1000, onIdle: () => fired++, clock });
    watch.stop();
    advance(5000);
    expect(fired).toBe(0);
  });
});

describe('saves in flight', () => {
  it('resolves at once when nothing is in flight', async () => {
    expect(await whenSettled(10)).toBe(true);
  });

  it('waits for a tracked save, including one started while waiting', async () => {
    let finishFirst = () => {};
    let finishSecond = () => {};
    const first = trackWork(new Promise<void>((r) => (finishFirst = r)));
    const waiting = whenSettled(5000);
    expect(pendingCount()).toBe(1);
    const second = trackWork(new Promise<void>((r) => (finishSecond = r)));
    finishFirst();
    await first;
    let settled = false;
    void waiting.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finishSecond();
    await second;
    expect(await waiting).toBe(true);
    expect(pendingCount()).toBe(0);
  });

  it('gives up after the timeout and counts a failed save as settled', async () => {
    const hanging = trackWork(new Promise<void>(() => {}));
    expect(await whenSettled(20)).toBe(false);
    void hanging;
    const failing = trackWork(Promise.reject(new Error('x')));
    await failing.catch(() => {});
    expect(pendingCount()).toBe(1); // only the hanging one
  });
});

describe('dates typed the Vietnamese way', () => {
  it('reads dd/mm/yyyy and ISO, rejects impossible dates', () => {
    expect(parseVnDate('05/03/2026')).toBe('2026-03-05');
    expect(parseVnDate('5-3-2026')).toBe('2026-03-05');
    expect(parseVnDate('29.02.2028')).toBe('2028-02-29');
    expect(parseVnDate('2026-03-05')).toBe('2026-03-05');
    expect(parseVnDate('31/02/2026')).toBeNull();
    expect(parseVnDate('03/13/2026')).toBeNull();
    expect(parseVnDate('hôm nay')).toBeNull();
  });
});
