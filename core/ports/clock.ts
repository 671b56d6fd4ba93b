/** Time comes from a port so tests can pin it (year boundaries, protection terms). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
