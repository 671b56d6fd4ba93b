import type { ApiErrorShape } from '../domain/errors.ts';

/** What crosses every transport (IPC, CLI, test bridge): structured-clone safe, never an exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiErrorShape): Result<never> => ({ ok: false, error });
