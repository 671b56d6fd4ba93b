import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { LEGACY_MAPPING, legacyRegisterXlsx } from '../../support/legacy-register.ts';
import { REPO_ROOT, initArgs, runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

const work = tempDir('cxr-cli-items-');
const db = join(work.dir, 'so.db');
const env = { CXR_PASSWORD: 'mat-khau-can-bo-bao-mat' };
const as = (extra: string[]) => [...extra, '--db', db, '--user', 'baomat'];
afterAll(work.cleanup);
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

beforeAll(() => {
  const init = runCli(initArgs({ db: db, sheet: join(work.dir, 'phieu.txt') }), env);
  expect(init.status, init.stderr).toBe(0);
});

describe('cxr items', () => {
  it('adds an item from stdin and prints it with its book, year and register number', () => {
    const run = runCli(
      as(['items', 'add', '--input', '-', '--json']),
      env,
      JSON.stringify(outgoingItem({ docDate: '2026-01-05' })),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: expect.any(String),
      book: 'outgoing',
      registerYear: 2026,
      registerNo: 1,
      warnings: [],
    });
  });

  it('gives a specific validation error and exit 4 for an outgoing item without the release decision', () => {
    const run = runCli(
      as(['items', 'add', '--input', '-', '--json']),
      env,
      JSON.stringify(outgoingItem({ approval: null })),
    );
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/^VALIDATION: .*approval: Cung cấp cho phía nước ngoài/);
    expect(run.stdout).toBe('');
  });

  it('imports an old register with a mapping file, then lists every item and searches Vietnamese without tones', async () => {
    const file = join(work.dir, 'so-den-cu.xlsx');
    writeFileSync(
      file,
      await legacyRegisterXlsx([
        [1, '03/01/2026', '12/BAN', '28/12/2025', 'Thông báo bí mật về biên giới', 'Mật', 'Bộ An ninh Lào'],
      ]),
    );
    const mapping = join(work.dir, 'anh-xa.json');
    writeFileSync(mapping, JSON.stringify(LEGACY_MAPPING));
    const dry = runCli(as(['items', 'import-xlsx', file, '--mapping', mapping, '--dry-run', '--json']), env);
    expect(JSON.parse(dry.stdout)).toMatchObject({ total: 1, valid: 1 });
    const run = runCli(as(['items', 'import-xlsx', file, '--mapping', mapping, '--json']), env);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1 });
    const list = JSON.parse(runCli(as(['items', 'list', '--json']), env).stdout);
    expect(list.total).toBe(list.items.length);
    const found = JSON.parse(runCli(as(['items', 'search', 'bi', 'mat', '--json']), env).stdout);
    expect(found.items.map((i: { docNumber: string }) => i.docNumber)).toEqual(['12/BAN']);
  });

  it('two processes registering at once get distinct, gap-free numbers', async () => {
    const runOne = (docNumber: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--no-warnings', join(REPO_ROOT, 'cli', 'main.ts'), ...as(['items', 'add', '--input', '-', '--json'])],
          {
            env: { ...process.env, ...env },
          },
        );
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.on('close', (code) =>
          code === 0 ? resolve(JSON.parse(out).registerNo) : reject(new Error(`exit ${code}`)),
        );
        child.stdin.end(JSON.stringify(incomingItem({ docNumber })));
      });
    const numbers = await Promise.all(['R-1', 'R-2', 'R-3', 'R-4'].map(runOne));
    expect(numbers.sort((a, b) => a - b)).toEqual([2, 3, 4, 5]);
  });

  it('searches Lao and Thai text by any part of it, the Lao marking included', () => {
    const items = [
      incomingItem({ docNumber: '0458/BAN', foreignBody: 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ', foreignMarking: 'ລັບ', level: 'mat' }),
      incomingItem({ docNumber: '77/TH', foreignBody: 'กระทรวงการต่างประเทศ', foreignMarking: 'ลับมาก' }),
    ];
    for (const item of items) {
      const add = runCli(as(['items', 'add', '--input', '-', '--json']), env, JSON.stringify(item));
      expect(add.status, add.stderr).toBe(0);
    }
    const search = (query: string) => {
      const run = runCli(as(['items', 'search', query, '--json']), env);
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout).items.map((i: { docNumber: string }) => i.docNumber);
    };
    for (const query of ['ກະຊວງ', 'ປ້ອງກັນ', 'ຄວາມສະຫງົບ']) expect(search(query), query).toEqual(['0458/BAN']);
    // R-1…R-4 (above) are marked ລັບທີ່ສຸດ ("top secret"), which holds ລັບ too.
    expect(search('ລັບ').sort()).toEqual(['0458/BAN', 'R-1', 'R-2', 'R-3', 'R-4']);
    for (const query of ['การต่างประเทศ', 'ลับ']) expect(search(query), query).toEqual(['77/TH']);
  });
});
