import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { incidentInput } from '../../support/incidents.ts';
import { outgoingItem } from '../../support/items.ts';
import { pdfTextFlat } from '../../support/pdf-tools.ts';
import { runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

const work = tempDir('cxr-cli-incidents-');
const db = join(work.dir, 'so.db');
const env = { CXR_PASSWORD: 'mat-khau-can-bo-bao-mat' };
const as = (extra: string[]) => [...extra, '--db', db, '--user', 'baomat'];
afterAll(work.cleanup);
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let reportId = '';
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
      'baomat',
      '--recovery-out',
      join(work.dir, 'phieu.txt'),
    ],
    env,
  );
  expect(init.status, init.stderr).toBe(0);
  const item = runCli(as(['items', 'add', '--input', '-', '--json']), env, JSON.stringify(outgoingItem()));
  expect(item.status, item.stderr).toBe(0);
  // Discovered an hour ago by the real clock the CLI reads.
  const discoveredAt = new Date(Date.now() - 3_600_000).toISOString();
  const report = runCli(
    as(['incidents', 'add', '--input', '-', '--json']),
    env,
    JSON.stringify(incidentInput([JSON.parse(item.stdout).id], { discoveredAt })),
  );
  expect(report.status, report.stderr).toBe(0);
  reportId = JSON.parse(report.stdout).id;
});

describe('cxr incidents print', () => {
  it('writes the report as PDF with numbered copies and prints {path, pages}', () => {
    const out = join(work.dir, 'bao-cao.pdf');
    const run = runCli(
      as(['incidents', 'print', reportId, '--out', out, '--copies', '2', '--place', 'Đắk Lắk', '--json']),
      env,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ path: out, pages: expect.any(Number) });
    const text = pdfTextFlat(out);
    expect(text).toContain('Về việc tài liệu mật bị mất');
    expect(text).toMatch(/Số: 01\/BC-SNVTDL/);
    expect(text).toContain('Bản số 2/2');
  });

  it('writes the DOCX (numbered copies are refused by the contract: router-contract.test.ts)', () => {
    const out = join(work.dir, 'bao-cao.docx');
    const run = runCli(as(['incidents', 'print', reportId, '--format', 'docx', '--out', out, '--json']), env);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ path: out, pages: 0 });
  });
});
