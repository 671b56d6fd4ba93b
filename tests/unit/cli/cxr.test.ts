import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, runCli } from '../../support/run-cli.ts';
import { loadMigrations } from '../../../db/migrate.ts';
import { MIGRATIONS_DIR, tempDir } from '../../support/temp-register.ts';

const PASSWORD = 'mat-khau-cua-quan-tri-1';
const work = tempDir('cxr-cli-');
const db = join(work.dir, 'so-dang-ky.db');
const env = { CXR_PASSWORD: PASSWORD };
afterAll(work.cleanup);
// Each command runs a fresh Node with the production scrypt cost (128 MiB, ~0.5 s): slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

beforeAll(() => {
  const init = runCli(
    [
      'init',
      '--db',
      db,
      '--mode',
      'unit',
      '--unit',
      'Sở Ngoại vụ tỉnh Đắk Lắk',
      '--admin',
      'quantri',
      '--recovery-out',
      join(work.dir, 'recovery.txt'),
      '--json',
    ],
    env,
  );
  expect(init.stderr).toBe('');
  expect(init.status).toBe(0);
  const out = JSON.parse(init.stdout);
  expect(out).toMatchObject({
    mode: 'unit',
    unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk',
    admin: { name: 'quantri', roles: ['admin', 'security_officer'] },
  });
});

describe('cxr init', () => {
  it('writes the register, its keys file and a recovery sheet with a ≥128-bit code, never the code on stdout', () => {
    expect(existsSync(db)).toBe(true);
    expect(existsSync(`${db}.keys`)).toBe(true);
    const sheet = readFileSync(join(work.dir, 'recovery.txt'), 'utf8');
    const code = sheet.match(/Mã khôi phục: ([0-9A-Z-]+)/)?.[1] ?? '';
    expect(code.replace(/-/g, '')).toHaveLength(32); // 32 base32 characters = 160 bits
    expect(sheet).toContain('Sở Ngoại vụ tỉnh Đắk Lắk');
  });

  it('leaves a file that plain SQLite cannot open', () => {
    expect(readFileSync(db).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const plain = new Database(db, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow();
    plain.close();
  });

  it('refuses to overwrite an existing recovery file or register', () => {
    const again = runCli(
      [
        'init',
        '--db',
        db,
        '--mode',
        'unit',
        '--unit',
        'X',
        '--admin',
        'khac',
        '--recovery-out',
        join(work.dir, 'recovery.txt'),
      ],
      env,
    );
    expect(again.status).toBe(2);
    const second = runCli(
      [
        'init',
        '--db',
        db,
        '--mode',
        'unit',
        '--unit',
        'X',
        '--admin',
        'khac',
        '--recovery-out',
        join(work.dir, 'r2.txt'),
      ],
      env,
    );
    expect(second.status).toBe(4);
    expect(second.stderr).toMatch(/^REGISTER_EXISTS: /);
    expect(existsSync(join(work.dir, 'r2.txt'))).toBe(false);
  });
});

describe('cxr agreements list --json', () => {
  it('prints exactly one JSON document with both agreements and their dates', () => {
    const run = runCli(['agreements', 'list', '--db', db, '--user', 'quantri', '--json'], env);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const list = JSON.parse(run.stdout);
    expect(
      list.map((a: { code: string; signedOn: string; inForceOn: string }) => [a.code, a.signedOn, a.inForceOn]),
    ).toEqual([
      ['VN-LA', '2023-09-29', '2024-04-28'],
      ['VN-IT', '2025-06-26', '2026-01-04'],
    ]);
  });

  it('takes the register from CXR_DB too', () => {
    const run = runCli(['status', '--user', 'quantri', '--json'], { ...env, CXR_DB: db });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      state: 'unlocked',
      mode: 'unit',
      registerSchemaVersion: loadMigrations(MIGRATIONS_DIR).length,
    });
  });
});

describe('cxr failures: one line on stderr, a documented exit code, nothing on stdout', () => {
  it.each([
    [
      'wrong password',
      ['status', '--db', db, '--user', 'quantri'],
      { CXR_PASSWORD: 'sai-mat-khau-roi' },
      7,
      'WRONG_CREDENTIALS',
    ],
    [
      'no register',
      ['status', '--db', join(work.dir, 'none.db'), '--user', 'quantri'],
      env,
      5,
      'REGISTER_NOT_INITIALISED',
    ],
    ['unknown command', ['frobnicate'], env, 2, 'USAGE'],
    ['unknown flag', ['status', '--bogus'], env, 2, 'USAGE'],
    ['missing --db', ['status', '--user', 'quantri'], env, 2, 'USAGE'],
    ['no password and no terminal', ['status', '--db', db, '--user', 'quantri'], {}, 2, 'USAGE'],
    ['unknown agreement', ['agreements', 'get', 'VN-FR', '--db', db, '--user', 'quantri'], env, 5, 'NOT_FOUND'],
    ['bad agreement code', ['agreements', 'get', 'FR', '--db', db, '--user', 'quantri'], env, 4, 'VALIDATION'],
  ])('%s', (_name, args, runEnv, exit, code) => {
    const run = runCli(args as string[], runEnv as Record<string, string>);
    expect(run.status).toBe(exit);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.startsWith(`${code}: `)).toBe(true);
  });

  it('reports a keys file from another register as an integrity failure (exit 6)', () => {
    const other = join(work.dir, 'other.db');
    const init = runCli(
      [
        'init',
        '--db',
        other,
        '--mode',
        'receiver',
        '--unit',
        'Công an tỉnh',
        '--admin',
        'quantri',
        '--recovery-out',
        join(work.dir, 'r-other.txt'),
      ],
      env,
    );
    expect(init.status).toBe(0);
    writeFileSync(`${other}.keys`, readFileSync(`${db}.keys`));
    const run = runCli(['status', '--db', other, '--user', 'quantri'], env);
    expect(run.status).toBe(6);
    expect(run.stderr).toMatch(/^KEYS_FILE_INVALID: /);
  });
});

describe('cxr agreements set-equivalences and schema', () => {
  it('reads JSON input from stdin and stores the table', () => {
    const input = JSON.stringify({
      code: 'VN-IT',
      equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4' }],
    });
    const run = runCli(
      ['agreements', 'set-equivalences', '--input', '-', '--db', db, '--user', 'quantri', '--json'],
      env,
      input,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).equivalences).toEqual([
      { foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: null },
    ]);
  });

  it('prints the JSON Schema of a channel input', () => {
    const run = runCli(['schema', 'agreements.updateEquivalences']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.input.properties.equivalences.maxItems).toBe(12);
    expect(schema.input.required).toEqual(['code', 'equivalences']);
  });
});

describe('npm run cxr', () => {
  it('prints nothing around the JSON document (no npm banner, no build output)', () => {
    const npm = spawnSync('npm', ['run', 'cxr', '--', 'schema', 'app.status', '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(npm.status).toBe(0);
    expect(() => JSON.parse(npm.stdout)).not.toThrow();
    expect(npm.stdout.trimStart().startsWith('{')).toBe(true);
  });
});
