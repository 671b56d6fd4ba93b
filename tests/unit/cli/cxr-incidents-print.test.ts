import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { incidentInput } from '../../support/incidents.ts';
import { outgoingItem } from '../../support/items.ts';
import { pdfTextFlat } from '../../support/pdf-tools.ts';
import { initArgs, runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

const work = tempDir('cxr-cli-incidents-');
const db = join(work.dir, 'so.db');
const env = { CXR_PASSWORD: 'mat-khau-can-bo-bao-mat' };
const as = (extra: string[]) => [...extra, '--db', db, '--user', 'baomat'];
afterAll(work.cleanup);
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let reportId = '';
beforeAll(() => {
  const init = runCli(initArgs({ db: db, sheet: join(work.dir, 'phieu.txt') }), env);
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
    // The place came with the command; the settings hold no parent body, signer or "Lưu" abbreviation yet.
    expect(JSON.parse(run.stdout)).toEqual({
      path: out,
      pages: expect.any(Number),
      missingSettings: ['parentBody', 'signerTitle', 'signerName', 'archiveUnit'],
    });
    expect(run.stderr).toContain('CẢNH BÁO: Chưa đặt tên người ký trong Thiết lập');
    const text = pdfTextFlat(out);
    expect(text).toContain('Về việc tài liệu mật bị mất');
    expect(text).toMatch(/Số: 01\/BC-SNVTDL/);
    expect(text).toContain('Đắk Lắk, ngày');
    expect(text).toContain('Bản số 2/2');
    expect(text).not.toContain('…');
  });

  it('signs with the settings once they are set, or with the signer named on the command line', () => {
    const settings = {
      parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      archiveUnit: 'VP',
      signingAuthority: 'KT',
      signerHeadTitle: 'Giám đốc',
      signerTitle: 'Phó Giám đốc',
      signerName: 'Nguyễn Thị Hồng Nhung',
    };
    const set = runCli(
      as(['call', 'settings.updateDocuments', '--input', '-', '--json']),
      env,
      JSON.stringify(settings),
    );
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ ok: true, value: settings });

    const out = join(work.dir, 'bao-cao-ky.pdf');
    const run = runCli(as(['incidents', 'print', reportId, '--out', out, '--place', 'Đắk Lắk', '--json']), env);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).missingSettings).toEqual([]);
    expect(run.stderr).not.toContain('CẢNH BÁO');
    const text = pdfTextFlat(out);
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Thị Hồng Nhung',
      'Lưu: VT, VP',
    ])
      expect(text, s).toContain(s);

    const other = join(work.dir, 'bao-cao-tl.pdf');
    const named = runCli(
      as([
        'incidents',
        'print',
        reportId,
        '--out',
        other,
        '--signing-authority',
        'TL',
        '--signer-head-title',
        'Giám đốc',
        '--signer-title',
        'Chánh Văn phòng',
        '--signer-name',
        'Trần Văn Minh',
        '--json',
      ]),
      env,
    );
    expect(named.status, named.stderr).toBe(0);
    // No place with the command and none in the settings: said on stderr, left blank on paper.
    expect(JSON.parse(named.stdout).missingSettings).toEqual(['placeName']);
    expect(named.stderr).toContain('CẢNH BÁO: Chưa đặt địa danh');
    const tl = pdfTextFlat(other);
    expect(tl).toContain('TL. GIÁM ĐỐC CHÁNH VĂN PHÒNG');
    expect(tl).toContain('Trần Văn Minh');
    expect(tl).not.toContain('Nguyễn Thị Hồng Nhung');
  });

  it('writes the DOCX (numbered copies are refused by the contract: router-contract.test.ts)', () => {
    const out = join(work.dir, 'bao-cao.docx');
    const run = runCli(as(['incidents', 'print', reportId, '--format', 'docx', '--out', out, '--json']), env);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: out, pages: 0 });
  });
});
