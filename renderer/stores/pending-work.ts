/**
 * Saves in flight. Locking waits for them (up to a limit) so a lock never cuts a save in half: the service would
 * answer LOCKED and the person would not know whether their work was stored.
 */
const inFlight = new Set<Promise<unknown>>();

/** Wraps one call that writes to the register; the lock waits for it. */
export function trackWork<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const done = () => inFlight.delete(work);
  work.then(done, done);
  return work;
}

export function pendingCount(): number {
  return inFlight.size;
}

/**
 * Resolves once every tracked save has settled, or after `timeoutMs` (true = all settled, false = timed out).
 * Saves started while waiting are waited for too. No timer is armed when nothing is in flight, so a fake clock in
 * a test never has to be advanced for a plain lock.
 */
export async function whenSettled(timeoutMs: number): Promise<boolean> {
  if (inFlight.size === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    while (inFlight.size > 0) {
      const all = Promise.allSettled([...inFlight]).then(() => true as const);
      if (!(await Promise.race([all, timedOut]))) return false;
    }
    return true;
  } finally {
    clearTimeout(timer);
  }
}
