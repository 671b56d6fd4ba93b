import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../core/api/result.ts';
import { createRegisterWorkerClient, type RegisterWorkerClient } from '../../../electron/worker/register-client.ts';
import { MIGRATIONS_DIR, tempDir } from '../../support/temp-register.ts';

/**
 * The register worker for real: a worker_threads thread running the router over a real encrypted register, as
 * electron/main starts it (from the TypeScript source here; from out/main/register-worker.js in the app).
 */
const ENTRY = new URL('../../../electron/worker/register-worker.ts', import.meta.url);
const FONTS = join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');
const work = tempDir('cxr-worker-');
afterAll(work.cleanup);

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the register worker (router and register off the window thread)', () => {
  let register: RegisterWorkerClient;
  const path = join(work.dir, 'register', 'register.db');

  beforeAll(async () => {
    register = createRegisterWorkerClient(ENTRY, {
      registerPath: path,
      migrationsFolder: MIGRATIONS_DIR,
      fontsFolder: FONTS,
      appVersion: '0.0.0-test',
    });
    const setup = await register.call('session.setup', {
      mode: 'unit',
      unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk (tập huấn)',
      adminName: 'quantri',
      password: 'mat-khau-thu-nghiem-1',
      training: true,
    });
    value(setup);
  }, 60_000);

  afterAll(() => register.stop());

  it('creates the encrypted register on disk and reports the session as unlocked to the main process', () => {
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}.keys`)).toBe(true);
    expect(register.unlocked()).toBe(true);
  });

  it('reports progress of long work, and a cancel leaves nothing written', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const result = await register.call(
      'training.populate',
      { items: 5_000, seed: 7 },
      {
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 100) controller.abort();
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(seen.slice(0, 3)).toEqual([0, 25, 50]);
    const list = value<{ total: number }>(await register.call('items.list', { book: 'outgoing' }));
    const incoming = value<{ total: number }>(await register.call('items.list', { book: 'incoming' }));
    expect(list.total + incoming.total).toBe(0);
  }, 60_000);

  it('answers a short call while a long one runs', async () => {
    value(await register.call('training.populate', { items: 150, seed: 3 }));
    const order: string[] = [];
    const year = new Date().getFullYear();
    const long = register
      .call('print.registerPreview', { book: 'outgoing', year, copies: 20 })
      .then((r) => order.push(`preview:${r.ok}`));
    // Sent after the long call started: the worker answers it between two copies of the book.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const short = register.call('app.status', {}).then((r) => order.push(`status:${r.ok}`));
    await Promise.all([long, short]);
    expect(order).toEqual(['status:true', 'preview:true']);
  }, 120_000);

  it('locks the register and closes it when stopped; the next call starts a fresh, locked worker', async () => {
    await register.stop();
    expect(register.unlocked()).toBe(false);
    const status = value<{ state: string }>(await register.call('app.status', {}));
    expect(status.state).toBe('locked');
    expect(await register.call('items.list', { book: 'outgoing' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  }, 60_000);
});
