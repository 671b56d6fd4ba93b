import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { incidentInput } from '../../support/incidents.ts';
import { outgoingItem } from '../../support/items.ts';
import { runCli } from '../../support/run-cli.ts';
import { tempDir } from '../../support/temp-register.ts';

const PASSWORD = 'mat-khau-cua-quan-tri-1';
const env = { CXR_PASSWORD: PASSWORD };
const work = tempDir('cxr-cli-package-');
const unitDb = join(work.dir, 'donvi.db');
const policeDb = join(work.dir, 'congan.db');
const usb = join(work.dir, 'usb');
afterAll(work.cleanup);
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const cxr = (db: string, args: string[], input?: string) => {
  const run = runCli([...args, '--db', db, '--user', 'quantri', '--json'], env, input);
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout);
};

beforeAll(() => {
  mkdirSync(usb);
  for (const [db, mode, unit] of [
    [unitDb, 'unit', 'Sở Ngoại vụ tỉnh Đắk Lắk'],
    [policeDb, 'receiver', 'Công an tỉnh Đắk Lắk'],
  ] as const) {
    const init = runCli(
      ['init', '--db', db, '--mode', mode, '--unit', unit, '--admin', 'quantri', '--recovery-out', `${db}.phieu.txt`],
      env,
    );
    expect(init.status, init.stderr).toBe(0);
  }
  // The police officer needs the receiving role to acknowledge; the unit's admin files and exports as an officer.
  for (const [db, role] of [
    [policeDb, 'admin,receiver_officer'],
    [unitDb, 'admin,security_officer'],
  ] as const) {
    const set = runCli(['users', 'set-role', 'quantri', '--roles', role, '--db', db, '--user', 'quantri'], env);
    expect(set.status, set.stderr).toBe(0);
  }
  // Key files exchanged by hand; each side types the fingerprint from the other's printed sheet.
  for (const [from, to, file] of [
    [unitDb, policeDb, 'donvi.pub.json'],
    [policeDb, unitDb, 'congan.pub.json'],
  ] as const) {
    const exported = cxr(from, ['keys', 'export', '--out', join(work.dir, file)]);
    cxr(to, ['keys', 'trust', join(work.dir, file), '--fingerprint', exported.fingerprint]);
  }
});

describe('cxr incidents and cxr package', () => {
  it('files a report, writes the package, the police verify, import and acknowledge, the unit imports the receipt', () => {
    const item = cxr(unitDb, ['items', 'add', '--input', '-'], JSON.stringify(outgoingItem()));
    const report = cxr(unitDb, ['incidents', 'add', '--input', '-'], JSON.stringify(incidentInput([item.id])));
    expect(report).toMatchObject({ state: 'filed', reportNumber: '01/BC-SNVTDL' });
    const draft = cxr(
      unitDb,
      ['incidents', 'add', '--input', '-', '--draft'],
      JSON.stringify(incidentInput([item.id], { type: 'exposed' })),
    );
    expect(draft.state).toBe('draft');
    expect(cxr(unitDb, ['incidents', 'list']).incidents).toHaveLength(2);

    const exported = cxr(unitDb, ['package', 'export', '--to', usb, '--recipient', 'Công an tỉnh Đắk Lắk']);
    expect(exported).toMatchObject({ sequence: 1, incidentIds: [report.id], verified: true });
    expect(readdirSync(usb)).toContain(exported.path.split('/').pop());

    const verified = cxr(policeDb, ['package', 'verify', exported.path]);
    expect(verified).toMatchObject({ senderName: 'Sở Ngoại vụ tỉnh Đắk Lắk', sequence: 1, alreadyImported: false });
    expect(cxr(policeDb, ['package', 'import', exported.path])).toMatchObject({ imported: 1 });
    expect(cxr(policeDb, ['package', 'import', exported.path])).toMatchObject({ alreadyImported: true });
    const listed = cxr(policeDb, ['incidents', 'list']).incidents;
    expect(listed[0]).toMatchObject({ unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk', reportNumber: '01/BC-SNVTDL' });

    const receipt = cxr(policeDb, ['package', 'receipt', '--for', exported.packageId, '--to', usb]);
    expect(cxr(unitDb, ['package', 'import', receipt.path])).toMatchObject({ kind: 'receipt', imported: 1 });
    expect(cxr(unitDb, ['incidents', 'get', report.id]).state).toBe('acknowledged');

    const cover = cxr(unitDb, ['print', 'cover', '--package', exported.packageId, '--out', join(work.dir, 'bia.pdf')]);
    expect(cover.pages).toBe(1);
  });

  it('a file that is not a package is refused with its code and exit status 4, and the refusal is audited once', () => {
    writeFileSync(join(work.dir, 'ghi-chu.cxrpkg'), 'Không phải gói: một tệp văn bản thường.');
    const run = runCli(
      ['package', 'import', join(work.dir, 'ghi-chu.cxrpkg'), '--db', policeDb, '--user', 'quantri'],
      env,
    );
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/^PACKAGE_/);
    const rejections = cxr(policeDb, ['audit', 'list', '--action', 'package.rejected']);
    expect(rejections).toHaveLength(1);
    expect(rejections[0].info).toMatchObject({ file: 'ghi-chu.cxrpkg', reason: run.stderr.split(':')[0] });
  });
});
