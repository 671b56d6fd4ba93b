import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readKeysFile, writeKeysFile } from '../../../db/keys/keys-file.ts';
import { recordFailure } from '../../../db/keys/unlock-throttle.ts';
import { runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

const PASSWORD = 'mat-khau-cua-quan-tri-1';
const work = tempDir('cxr-cli-trust-');
const db = join(work.dir, 'so.db');
const sheet = join(work.dir, 'phieu.txt');
const env = { CXR_PASSWORD: PASSWORD };
const as = (extra: string[]) => [...extra, '--db', db, '--user', 'quantri'];
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
      'Văn phòng UBND tỉnh',
      '--admin',
      'quantri',
      '--recovery-out',
      sheet,
    ],
    env,
  );
  expect(init.status, init.stderr).toBe(0);
});

describe('cxr users', () => {
  it('adds a user who can then open the register with their own password', () => {
    const add = runCli(
      as(['users', 'add', 'hoa.vt', '--roles', 'clerk', '--department', 'Phòng Hành chính', '--json']),
      { ...env, CXR_NEW_PASSWORD: 'mat-khau-van-thu-01' },
    );
    expect(add.status, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout)).toMatchObject({ name: 'hoa.vt', roles: ['clerk'], hasKeySlot: true });
    const status = runCli(['status', '--db', db, '--user', 'hoa.vt', '--json'], {
      CXR_PASSWORD: 'mat-khau-van-thu-01',
    });
    expect(JSON.parse(status.stdout)).toMatchObject({
      user: { name: 'hoa.vt', roles: ['clerk'], department: 'Phòng Hành chính' },
    });
    const forbidden = runCli(['users', 'list', '--db', db, '--user', 'hoa.vt'], {
      CXR_PASSWORD: 'mat-khau-van-thu-01',
    });
    expect(forbidden.status).toBe(3);
    expect(forbidden.stderr).toMatch(/^FORBIDDEN: /);
  });
});

describe('cxr audit verify', () => {
  it('prints OK with the event count and head, and fails against a wrong paper anchor', () => {
    const ok = runCli(as(['audit', 'verify']), env);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^OK \d+ events, head [0-9a-f]{64}$/);
    const broken = runCli(as(['audit', 'verify', '--anchor', `1:${'0'.repeat(64)}`]), env);
    expect(broken.status).toBe(6);
    expect(broken.stderr).toMatch(/^INTEGRITY: BROKEN at seq 1: /);
  });

  it('with --progress, says how far the chain and the replay got on stderr, and only the result on stdout', () => {
    const run = runCli(as(['audit', 'verify', '--progress']), env);
    expect(run.status, run.stderr).toBe(0);
    const events = Number(run.stdout.match(/^OK (\d+) events/)?.[1]);
    expect(events).toBeGreaterThan(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain(`chuỗi băm: ${events}/${events} sự kiện (100 %)`);
    expect(lines).toContain(`đối chiếu dữ liệu: ${events}/${events} sự kiện (100 %)`);
  });
});

describe('cxr key reveal', () => {
  it('prints the PRAGMAs that open the file with the standard library, given only the recovery sheet', () => {
    const run = runCli(['key', 'reveal', '--db', db, '--recovery-code-file', sheet, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const { pragmas } = JSON.parse(run.stdout) as { pragmas: string[] };
    expect(pragmas[0]).toBe("PRAGMA cipher = 'sqlcipher';");
    const raw = new Database(db, { fileMustExist: true });
    for (const p of pragmas) raw.exec(p);
    expect(raw.prepare('SELECT unit_name FROM register_meta').get()).toEqual({ unit_name: 'Văn phòng UBND tỉnh' });
    raw.close();
  });
});

describe('cxr backup and restore', () => {
  it('writes an encrypted copy that restores to a new path and verifies', () => {
    const out = join(work.dir, 'usb');
    mkdirSync(out);
    const backup = runCli(as(['backup', '--out', out, '--json']), env);
    expect(backup.status, backup.stderr).toBe(0);
    const { path } = JSON.parse(backup.stdout) as { path: string };
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(readdirSync(out).sort()).toEqual([path.split('/').pop(), `${path.split('/').pop()}.keys`].sort());
    const restored = join(work.dir, 'restored', 'so.db');
    mkdirSync(join(work.dir, 'restored'));
    const restore = runCli(['restore', '--from', path, '--db', restored, '--user', 'quantri', '--json'], env);
    expect(restore.status, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ restored, audit: { ok: true } });
    const again = runCli(['restore', '--from', path, '--db', restored, '--user', 'quantri'], env);
    expect(again.status).toBe(4);
  });
});

describe('cxr key rotate and recover', () => {
  it('after a rotation and the loss of the keys file, the sheet’s code with the new block opens the register', () => {
    const kitOut = join(work.dir, 'kit-moi.txt');
    const rotate = runCli(as(['key', 'rotate', '--kit-out', kitOut, '--json']), env);
    expect(rotate.status, rotate.stderr).toBe(0);
    expect(JSON.parse(rotate.stdout)).toMatchObject({ epoch: 2 });
    // The unit staples the new block to the old sheet: same code, new block.
    const newSheet = join(work.dir, 'phieu-moi.txt');
    const code = readFileSync(sheet, 'utf8').match(/Mã khôi phục: .*/)?.[0] ?? '';
    writeFileSync(newSheet, `${code}\n${readFileSync(kitOut, 'utf8')}`);
    rmSync(`${db}.keys`);
    expect(runCli(as(['status']), env).status).toBe(5);
    const recover = runCli(['recover', '--db', db, '--recovery-code-file', newSheet, '--user', 'quantri', '--json'], {
      CXR_PASSWORD: 'mat-khau-sau-khi-mat-tep',
    });
    expect(recover.status, recover.stderr).toBe(0);
    expect(existsSync(`${db}.keys`)).toBe(true);
    const status = runCli(as(['status', '--json']), { CXR_PASSWORD: 'mat-khau-sau-khi-mat-tep' });
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'unlocked' });
  });

  it('recovers with a sheet whose block predates the rotation, saying so, and ends the lockout at once', () => {
    const rotate = runCli(as(['key', 'rotate', '--json']), { CXR_PASSWORD: 'mat-khau-sau-khi-mat-tep' });
    expect(rotate.status, rotate.stderr).toBe(0);
    const { epoch } = JSON.parse(rotate.stdout) as { epoch: number };
    // Five wrong passwords earned the admin 15 minutes of lockout.
    const keysPath = `${db}.keys`;
    let keys = readKeysFile(keysPath);
    for (let i = 0; i < 5; i++) keys = recordFailure(keys, 'quantri', new Date().toISOString());
    writeKeysFile(keysPath, keys);
    expect(runCli(as(['status']), { CXR_PASSWORD: 'mat-khau-sau-khi-mat-tep' }).stderr).toMatch(
      /^TOO_MANY_ATTEMPTS: .*15 phút/,
    );
    // The sheet printed at set-up: the code is unchanged, its block is from key epoch 1.
    const recover = runCli(['recover', '--db', db, '--recovery-code-file', sheet, '--user', 'quantri', '--json'], {
      CXR_PASSWORD: 'mat-khau-sau-khi-khoa-tam',
    });
    expect(recover.status, recover.stderr).toBe(0);
    const notice = (JSON.parse(recover.stdout) as { notice?: string }).notice ?? '';
    expect(notice).toContain('kỳ khóa 1');
    expect(notice).toContain(`kỳ khóa ${epoch}`);
    const status = runCli(as(['status', '--json']), { CXR_PASSWORD: 'mat-khau-sau-khi-khoa-tam' });
    expect(status.status, status.stderr).toBe(0);
  });
});
