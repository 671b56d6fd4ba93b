/** The clock the idle watch reads; the app passes the browser's, tests pass their own. */
export interface IdleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface IdleWatch {
  /** Keyboard or mouse activity: the countdown starts again. Cheap enough to call on every event. */
  activity(): void;
  /** A new limit (the admin changed the setting); counts from the last activity. */
  setLimit(ms: number): void;
  stop(): void;
}

/**
 * Calls onIdle once when `limitMs` pass without activity. One timer at a time: activity only records the moment,
 * and when the timer fires early (activity happened meanwhile) it re-arms for the time still left. So mouse moves
 * cost a Date.now() each, never a timer reset, and a test clock that jumps forward fires exactly once.
 */
export function createIdleWatch(options: { limitMs: number; onIdle: () => void; clock?: IdleClock }): IdleWatch {
  const clock = options.clock ?? browserClock;
  let limit = options.limitMs;
  let last = clock.now();
  let timer: unknown = null;
  let stopped = false;

  const arm = (ms: number) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(check, Math.max(0, ms));
  };
  function check() {
    timer = null;
    if (stopped) return;
    const left = last + limit - clock.now();
    if (left > 0) {
      arm(left);
      return;
    }
    stopped = true;
    options.onIdle();
  }
  arm(limit);

  return {
    activity() {
      if (!stopped) last = clock.now();
    },
    setLimit(ms) {
      if (stopped || ms === limit) return;
      limit = ms;
      arm(last + limit - clock.now());
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
