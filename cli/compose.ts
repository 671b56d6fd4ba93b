import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallContext } from '../core/api/context.ts';
import type { Channel, ChannelOutput } from '../core/api/contract.ts';
import { createRouter, type Router } from '../core/api/router.ts';
import { fontsFrom } from '../core/documents/font-files.ts';
import { systemClock } from '../core/ports/clock.ts';
import type { RegisterHost } from '../core/ports/register-host.ts';
import { loadMigrations } from '../db/migrate.ts';
import { atomicFileOutput } from '../db/file-output.ts';
import { createRegisterHost } from '../db/register-host.ts';
import pkg from '../package.json' with { type: 'json' };
import { CliFailure, exitCodeFor } from './exit-codes.ts';

const MIGRATIONS = fileURLToPath(new URL('../db/migrations', import.meta.url));
const FONTS = fileURLToPath(new URL('../resources/fonts', import.meta.url));
/** Long audit checks run in worker threads on every core (db/audit/verify-workers.ts). */
const VERIFY_WORKERS = {
  script: new URL('../db/audit/verify-worker.ts', import.meta.url),
  threads: availableParallelism(),
  minEvents: 50_000,
};

/** The CLI's composition root: the same router and services as the app, over one register file. */
export interface CliRegister {
  host: RegisterHost;
  router: Router;
  /**
   * Calls a channel as the unlocked user; a failure becomes a CliFailure with the documented exit code. A long call
   * reports progress and is stopped through `extra` (CallContext).
   */
  call<C extends Channel>(channel: C, input?: unknown, extra?: Omit<CallContext, 'actor'>): Promise<ChannelOutput<C>>;
  close(): void;
}

export function composeCli(dbPath: string): CliRegister {
  const migrations = loadMigrations(MIGRATIONS);
  const host = createRegisterHost({
    path: resolve(dbPath),
    migrations,
    appVersion: pkg.version,
    verifyWorkers: VERIFY_WORKERS,
  });
  const router = createRouter(
    {
      host,
      clock: systemClock,
      app: { version: pkg.version, schemaVersion: migrations.length },
      files: atomicFileOutput,
      documents: fontsFrom(FONTS),
    },
    { onInternalError: (channel, error) => process.stderr.write(`[${channel}] ${String(error)}\n`) },
  );
  const context = (): CallContext => ({ actor: host.actor() });
  return {
    host,
    router,
    async call(channel, input, extra) {
      const result = await router.call(channel, input ?? {}, { ...extra, ...context() });
      if (!result.ok) {
        const detail = result.error.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
        throw new CliFailure(
          result.error.code,
          detail ? `${result.error.message} ${detail}` : result.error.message,
          exitCodeFor(result.error.code),
        );
      }
      return result.value;
    },
    close: () => host.lock(),
  };
}
