import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallContext } from '../../core/api/context.ts';
import type { Channel, ChannelOutput } from '../../core/api/contract.ts';
import { createRouter, type Router } from '../../core/api/router.ts';
import { fontsFrom } from '../../core/documents/font-files.ts';
import type { Actor } from '../../core/domain/roles.ts';
import type { RegisterHost } from '../../core/ports/register-host.ts';
import type { ParallelVerify } from '../../db/audit/verify-workers.ts';
import type { KdfParams } from '../../db/keys/key-slots.ts';
import { loadMigrations, type Migration } from '../../db/migrate.ts';
import { atomicFileOutput } from '../../db/file-output.ts';
import { createRegisterHost } from '../../db/register-host.ts';
import { fakeClock } from './fake-clock.ts';

export const TEST_FONTS = fontsFrom(join(import.meta.dirname, '..', '..', 'resources', 'fonts'));
export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'db', 'migrations');
/** A cheap scrypt for tests; the production cost is pinned by its own test. */
export const TEST_KDF: KdfParams = { name: 'scrypt', N: 2 ** 12, r: 8, p: 1 };
export const ADMIN = { name: 'quantri', password: 'mat-khau-thu-nghiem-1' };

export function tempDir(prefix = 'cxr-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestRegister {
  dir: string;
  path: string;
  host: RegisterHost;
  router: Router;
  clock: ReturnType<typeof fakeClock>;
  recoveryCode: string;
  admin: Actor;
  /** Calls as the unlocked user (or as `actor` when given) and returns the value, throwing on a failed Result. */
  call<C extends Channel>(channel: C, input?: unknown, actor?: Actor | null): Promise<ChannelOutput<C>>;
  ctx(): CallContext;
  cleanup(): void;
}

/** The audit-check worker threads as the CLI runs them (db/audit/verify-workers.ts). */
export const VERIFY_WORKERS: ParallelVerify = {
  script: new URL('../../db/audit/verify-worker.ts', import.meta.url),
  threads: 2,
  minEvents: 50_000,
};

export function hostFor(path: string, migrations: Migration[] = loadMigrations(MIGRATIONS_DIR)) {
  return createRegisterHost({
    path,
    migrations,
    appVersion: '0.0.0-test',
    kdf: TEST_KDF,
    verifyWorkers: VERIFY_WORKERS,
  });
}

export function routerFor(
  host: RegisterHost,
  clock = fakeClock(),
  schemaVersion = loadMigrations(MIGRATIONS_DIR).length,
) {
  return createRouter(
    {
      host,
      clock,
      app: { version: '0.0.0-test', schemaVersion },
      files: atomicFileOutput,
      documents: TEST_FONTS,
    },
    // An INTERNAL result hides the cause from users; a test shows it, so a failure names its real error.
    { onInternalError: (channel, error) => console.error(`INTERNAL in ${channel}:`, error) },
  );
}

/**
 * A real encrypted register in a temp folder, created through the session.setup channel and left unlocked; with
 * `training`, a training register (tập huấn) that `training.populate` fills with fictional entries.
 */
export async function createTestRegister(
  mode: 'unit' | 'receiver' = 'unit',
  options: { training?: boolean } = {},
): Promise<TestRegister> {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'register.db');
  const host = hostFor(path);
  const clock = fakeClock();
  const router = routerFor(host, clock);
  const ctx = (): CallContext => ({ actor: host.actor() });
  const setup = await router.call(
    'session.setup',
    {
      mode,
      unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk',
      adminName: ADMIN.name,
      password: ADMIN.password,
      ...(options.training ? { training: true } : {}),
    },
    ctx(),
  );
  if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
  return {
    dir,
    path,
    host,
    router,
    clock,
    recoveryCode: setup.value.recoveryCode,
    admin: setup.value.user,
    ctx,
    async call(channel, input, actor) {
      const result = await router.call(channel, input ?? {}, actor === undefined ? ctx() : { actor });
      if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), result.error);
      return result.value;
    },
    cleanup: () => {
      host.lock();
      cleanup();
    },
  };
}
