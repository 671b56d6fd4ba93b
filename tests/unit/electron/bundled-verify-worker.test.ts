import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../core/api/router.ts';
import { systemClock } from '../../../core/ports/clock.ts';
import { atomicFileOutput } from '../../../db/file-output.ts';
import { loadMigrations } from '../../../db/migrate.ts';
import { createRegisterHost } from '../../../db/register-host.ts';
import { appFiles } from '../../../electron/main/paths.ts';
import { REPO_ROOT } from '../../support/run-cli.ts';
import { MIGRATIONS_DIR, TEST_FONTS, TEST_KDF, tempDir } from '../../support/temp-register.ts';

/**
 * The app passes the bundled verify-worker (out/main/verify-worker.js, built by electron-vite next to index.js and
 * register-worker.js) to the audit check. Here that very file walks every chunk of a real chain in two workers.
 */
const work = tempDir('cxr-verify-worker-');
afterAll(work.cleanup);

describe('the bundled audit-check worker', () => {
  it('walks a real chain in worker threads and finds it sound', async () => {
    const script = appFiles(REPO_ROOT).verifyWorker;
    expect(existsSync(script), 'out/main/verify-worker.js missing: run `npm run build` (npm test builds first)').toBe(
      true,
    );
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const host = createRegisterHost({
      path: join(work.dir, 'register.db'),
      migrations,
      appVersion: '0.0.0-test',
      kdf: TEST_KDF,
      // Tiny chunks and no walking on the calling thread: the workers must check every event themselves.
      verifyWorkers: { script, threads: 2, minEvents: 1, chunkEvents: 50, walkHere: false },
    });
    const router = createRouter({
      host,
      clock: systemClock,
      app: { version: '0.0.0-test', schemaVersion: migrations.length },
      files: atomicFileOutput,
      documents: TEST_FONTS,
    });
    const ctx = () => ({ actor: host.actor() });
    const setup = await router.handle(
      'session.setup',
      {
        mode: 'unit',
        unitName: 'Sở tập huấn',
        adminName: 'quantri',
        password: 'mat-khau-thu-nghiem-1',
        training: true,
      },
      ctx(),
    );
    expect(setup.ok).toBe(true);
    expect(await router.handle('training.populate', { items: 300 }, ctx())).toMatchObject({ ok: true });
    const verified = await router.handle('audit.verify', {}, ctx());
    expect(verified).toMatchObject({ ok: true, value: { ok: true, problems: [] } });
    expect((verified as { value: { events: number } }).value.events).toBeGreaterThan(300);
    host.lock();
  }, 60_000);
});
