import type { Clock } from '../../core/ports/clock.ts';

/** A clock the test moves by hand: year boundaries and terms without waiting. */
export function fakeClock(
  startIso = '2026-11-23T08:00:00.000Z',
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(startIso);
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
