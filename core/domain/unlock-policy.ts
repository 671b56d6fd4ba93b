/**
 * Failed-unlock policy: growing delays, then a lockout. It slows guessing through the app only; a copied register
 * is guessed offline at the scrypt cost, which no counter can stop (docs/SECURITY.md).
 */
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
const DELAYS_MS = [0, 1000, 2000, 4000, 8000];

/** When the next attempt for this name is allowed, or null when it is allowed now. */
export function nextAttemptAllowedAt(streak: { count: number; lastAt: string } | undefined, now: Date): Date | null {
  if (!streak || streak.count === 0) return null;
  const last = Date.parse(streak.lastAt);
  if (Number.isNaN(last)) return null;
  const wait = streak.count >= LOCKOUT_AFTER_FAILURES ? LOCKOUT_MS : (DELAYS_MS[streak.count] ?? 0);
  const allowed = new Date(last + wait);
  // A clock set backwards must not extend a lockout forever: an attempt "before" the failure is judged by the wait.
  return allowed > now && now.getTime() >= last - wait ? allowed : null;
}
