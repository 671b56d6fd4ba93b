import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { WorkControl } from '../../core/api/context.ts';
import type { Router } from '../../core/api/router.ts';
import { createRouter } from '../../core/api/router.ts';
import { fontsFrom } from '../../core/documents/font-files.ts';
import { systemClock } from '../../core/ports/clock.ts';
import type { RegisterHost } from '../../core/ports/register-host.ts';
import { loadMigrations } from '../../db/migrate.ts';
import { atomicFileOutput } from '../../db/file-output.ts';
import { createRegisterHost } from '../../db/register-host.ts';

export interface AppComposition {
  host: RegisterHost;
  router: Router;
  /** Calls the router as the user who unlocked this register; the actor never comes from the page. */
  dispatch(channel: string, input: unknown, work?: WorkControl): ReturnType<Router['handle']>;
}

/**
 * The app's composition root: core services over the db repositories, one register per running app. It runs in the
 * register worker (register-worker.ts), never on Electron's main thread, so SQL and PDF work cannot freeze the window.
 */
export function composeApp(options: {
  registerPath: string;
  migrationsFolder: string;
  fontsFolder: string;
  appVersion: string;
  /** The built verify-worker script: long audit checks then use every core (db/audit/verify-workers.ts). */
  verifyWorkerScript?: string;
}): AppComposition {
  const migrations = loadMigrations(options.migrationsFolder);
  const host = createRegisterHost({
    path: options.registerPath,
    migrations,
    appVersion: options.appVersion,
    ...(options.verifyWorkerScript && existsSync(options.verifyWorkerScript)
      ? { verifyWorkers: { script: options.verifyWorkerScript, threads: availableParallelism(), minEvents: 50_000 } }
      : {}),
  });
  const router = createRouter(
    {
      host,
      clock: systemClock,
      app: { version: options.appVersion, schemaVersion: migrations.length },
      files: atomicFileOutput,
      documents: fontsFrom(options.fontsFolder),
    },
    { onInternalError: (channel, error) => console.error(`[${channel}]`, error) },
  );
  return {
    host,
    router,
    dispatch: (channel, input, work) =>
      router.handle(channel, input, { actor: host.actor(), ...(work ? { work } : {}) }),
  };
}
