import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../../core/api/contract.ts';
import { carriedByExport } from '../../support/exported-fields.ts';
import { legacyRegisterXlsx } from '../../support/legacy-register.ts';
import { initArgs, runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

type Listed = ChannelOutput<'items.list'>;

const work = tempDir('cxr-cli-roundtrip-');
const demoDb = join(work.dir, 'tap-huan.db');
const freshDb = join(work.dir, 'so-moi.db');
const env = { CXR_PASSWORD: 'mat-khau-can-bo-bao-mat' };
const onDemo = (extra: string[]) => [...extra, '--db', demoDb, '--user', 'taphuan'];
const onFresh = (extra: string[]) => [...extra, '--db', freshDb, '--user', 'baomat'];
const ok = (args: string[]) => {
  const run = runCli(args, env);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};
afterAll(work.cleanup);
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

beforeAll(() => {
  ok(['demo', '--db', demoDb, '--items', '200', '--recovery-out', join(work.dir, 'phieu-tap-huan.txt'), '--json']);
  const init = runCli(initArgs({ db: freshDb, sheet: join(work.dir, 'phieu.txt') }), env);
  expect(init.status, init.stderr).toBe(0);
});

// One flow, few processes: each `cxr` run starts Node and unlocks with the production key derivation.
describe('cxr items export-xlsx → import-xlsx, no --mapping', () => {
  it('both books of `cxr demo` come back whole into a fresh register; a register typed by hand still needs --mapping', async () => {
    const original: Listed = ok(onDemo(['items', 'list', '--json']));
    for (const book of ['outgoing', 'incoming'] as const) {
      const rows = original.items.filter((i) => i.book === book);
      expect(new Set(rows.map((i) => i.level))).toEqual(new Set(['tuyet_mat', 'toi_mat', 'mat']));
      const file = join(work.dir, `${book}.xlsx`);
      ok(onDemo(['items', 'export-xlsx', '--book', book, '--out', file, '--json']));
      expect(ok(onFresh(['items', 'import-xlsx', file, '--json']))).toMatchObject({
        imported: rows.length,
        books: expect.arrayContaining([expect.objectContaining({ book })]),
      });
    }

    // A file in no layout the app knows: a usage error (exit 2, as when --mapping was required) that says what to do.
    const legacy = join(work.dir, 'so-cu.xlsx');
    writeFileSync(legacy, await legacyRegisterXlsx([[1, '03/01/2026', '12/BAN', '28/12/2025', 'X', 'Mật', 'Y']]));
    const refused = runCli(onFresh(['items', 'import-xlsx', legacy, '--json']), env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /^IMPORT_MAPPING_REQUIRED: Tệp không phải tệp Excel do phần mềm này xuất.*--mapping/,
    );
    expect(refused.stdout).toBe('');

    const imported: Listed = ok(onFresh(['items', 'list', '--json']));
    expect(imported.total).toBe(original.total);
    expect(imported.items.map(carriedByExport)).toEqual(original.items.map(carriedByExport));
    const topSecret = imported.items.filter((i) => i.level === 'tuyet_mat');
    expect(new Set(topSecret.map((i) => i.book))).toEqual(new Set(['outgoing', 'incoming']));
    expect(topSecret.every((i) => i.summary === null && i.docType !== '')).toBe(true);
  });
});
