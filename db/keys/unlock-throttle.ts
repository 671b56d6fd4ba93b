import { AppError } from '../../core/domain/errors.ts';
import { nextAttemptAllowedAt } from '../../core/domain/unlock-policy.ts';
import { type KeysFile, userKeyOf } from './keys-file.ts';

const MAX_UNAUDITED = 1000;

/** Refuses an attempt that comes before the policy allows, without spending a scrypt derivation on it. */
export function throttle(keys: KeysFile, userName: string, at: string): void {
  const allowed = nextAttemptAllowedAt(keys.failures.streaks[userKeyOf(userName)], new Date(at));
  if (!allowed) return;
  const seconds = Math.ceil((allowed.getTime() - Date.parse(at)) / 1000);
  const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)} phút` : `${seconds} giây`;
  throw new AppError('TOO_MANY_ATTEMPTS', `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${wait}.`);
}

export function recordFailure(keys: KeysFile, userName: string, at: string): KeysFile {
  const key = userKeyOf(userName);
  const streak = keys.failures.streaks[key];
  return {
    ...keys,
    failures: {
      streaks: { ...keys.failures.streaks, [key]: { count: (streak?.count ?? 0) + 1, lastAt: at } },
      unaudited: [...keys.failures.unaudited, { userName: userName.slice(0, 256), at }].slice(-MAX_UNAUDITED),
    },
  };
}

/** After a successful unlock: this name's streak ends, and every recorded failure is now in the audit chain. */
export function clearFailures(keys: KeysFile, userName: string): KeysFile {
  const { [userKeyOf(userName)]: _cleared, ...streaks } = keys.failures.streaks;
  return { ...keys, failures: { streaks, unaudited: [] } };
}
