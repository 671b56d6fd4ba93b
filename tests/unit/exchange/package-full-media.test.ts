import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unitAndPolice } from '../../support/exchange.ts';
import {
  deviceStoring,
  deviceWithRoom,
  fillUp,
  mountTmpfs,
  namesIn,
  readOnlyDevice,
  SAYS,
} from '../../support/media.ts';

/**
 * A package refused by the medium must not cost a sequence number: otherwise the police see "package 2 missing"
 * for a package that never existed. The file is removed, the number given back, and the chain stays consistent.
 */
let pair: Awaited<ReturnType<typeof unitAndPolice>>;
afterEach(() => {
  vi.restoreAllMocks();
  pair?.cleanup();
});

const RECIPIENT = 'Sở Ngoại vụ tỉnh Đắk Lắk';

async function refusedExport(stick: string) {
  const result = await pair.unit.router.call(
    'packages.export',
    { toDir: stick, recipient: RECIPIENT },
    pair.unit.ctx(),
  );
  vi.restoreAllMocks();
  if (result.ok) throw new Error(`the export reported success: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** After the refusal: the report is still waiting to be sent, the chain verifies, the failure is on record. */
async function expectNothingSent(reportId: string, sequence: number, reason: string) {
  const { unit } = pair;
  expect((await unit.call('incidents.get', { id: reportId })).state).toBe('filed');
  expect((await unit.call('audit.verify', {})).ok).toBe(true);
  const [failed] = await unit.call('audit.list', { action: 'package.exportFailed' });
  expect(failed?.info).toMatchObject({ sequence, released: true, reason });
}

describe('a package export refused by the medium (injected through the writer seam, always runs)', () => {
  it('a full stick: DISK_FULL, no file, the number is reused, and the police see no gap', async () => {
    pair = await unitAndPolice();
    const { unit, police, usb } = pair;
    await pair.fileReport();
    const first = await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT });
    await police.call('packages.import', { path: first.path });
    const report = await pair.fileReport({ type: 'exposed' });

    const full = join(unit.dir, 'full-stick');
    mkdirSync(full);
    deviceWithRoom(1024);
    const error = await refusedExport(full);
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toMatch(SAYS.DISK_FULL);
    expect(error.message).toContain('Số thứ tự gói 2 chưa dùng: lần xuất sau dùng lại số này.');
    expect(namesIn(full)).toEqual([]);
    await expectNothingSent(report.id, 2, 'DISK_FULL');

    const second = await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT });
    expect(second.sequence).toBe(2);
    const imported = await police.call('packages.import', { path: second.path });
    expect(imported).toMatchObject({ sequence: 2, missingSequences: [], chainStatus: 'continues', imported: 1 });
    expect((await police.call('packages.list', {})).units[0]).toMatchObject({ lastSequence: 2, missingSequences: [] });
  });

  it('a read-only stick for the very first package: READ_ONLY_MEDIA, and number 1 is still the first', async () => {
    pair = await unitAndPolice();
    const { unit, police, usb } = pair;
    const report = await pair.fileReport();
    readOnlyDevice();
    const error = await refusedExport(usb);
    expect(error.code).toBe('READ_ONLY_MEDIA');
    expect(error.message).toMatch(SAYS.READ_ONLY_MEDIA);
    expect(namesIn(usb)).toEqual([]);
    await expectNothingSent(report.id, 1, 'READ_ONLY_MEDIA');
    const first = await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT });
    expect(first.sequence).toBe(1);
    expect(await police.call('packages.import', { path: first.path })).toMatchObject({ missingSequences: [] });
  });

  it('a stick that reads back different bytes: MEDIA_WRITE_FAILED, the bad file removed, the number given back', async () => {
    pair = await unitAndPolice();
    const { unit, usb } = pair;
    const report = await pair.fileReport();
    // Every byte acknowledged, the size right, one byte stored wrong: only the read-back can see it.
    deviceStoring((bytes) => {
      const stored = Buffer.from(bytes);
      const middle = stored.length >> 1;
      stored.writeUInt8((stored.readUInt8(middle) ^ 0xff) & 0xff, middle);
      return stored;
    });
    const error = await refusedExport(usb);
    expect(error.code).toBe('MEDIA_WRITE_FAILED');
    expect(error.message).toMatch(
      /^Tệp gói đọc lại từ .+ khác với tệp đã ghi: thiết bị lưu trữ có lỗi; đã xóa tệp hỏng\./,
    );
    expect(namesIn(usb)).toEqual([]);
    await expectNothingSent(report.id, 1, 'MEDIA_WRITE_FAILED');
    expect((await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT })).sequence).toBe(1);
  });

  it('a receipt refused by a full stick at the police gives its number back too', async () => {
    pair = await unitAndPolice();
    const { unit, police, usb } = pair;
    await pair.fileReport();
    const sent = await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT });
    await police.call('packages.import', { path: sent.path });
    const full = join(police.dir, 'full-stick');
    mkdirSync(full);
    deviceWithRoom(512);
    const refused = await police.router.call(
      'packages.receipt',
      { packageId: sent.packageId, toDir: full },
      police.ctx(),
    );
    vi.restoreAllMocks();
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(namesIn(full)).toEqual([]);
    expect((await police.call('audit.verify', {})).ok).toBe(true);
    const receipt = await police.call('packages.receipt', { packageId: sent.packageId, toDir: usb });
    expect(receipt.sequence).toBe(1);
    expect(await unit.call('packages.import', { path: receipt.path })).toMatchObject({ missingSequences: [] });
  });
});

const stick = mountTmpfs(512);
describe.skipIf('skipped' in stick)(
  `a package export to a real 512 KB tmpfs${'skipped' in stick ? ` — SKIPPED: ${stick.skipped}` : ''}`,
  () => {
    it('filled to the last byte, then read-only: refused in words, nothing left, the number reused', async () => {
      const mounted = stick as Exclude<typeof stick, { skipped: string }>;
      try {
        pair = await unitAndPolice();
        const { unit, police, usb } = pair;
        const report = await pair.fileReport();
        fillUp(mounted.dir);
        const before = namesIn(mounted.dir);
        const full = await refusedExport(mounted.dir);
        expect([full.code, full.message]).toEqual(['DISK_FULL', expect.stringMatching(SAYS.DISK_FULL)]);
        expect(namesIn(mounted.dir)).toEqual(before);
        mounted.makeReadOnly();
        expect((await refusedExport(mounted.dir)).code).toBe('READ_ONLY_MEDIA');
        expect(namesIn(mounted.dir)).toEqual(before);
        await expectNothingSent(report.id, 1, 'READ_ONLY_MEDIA');
        const sent = await unit.call('packages.export', { toDir: usb, recipient: RECIPIENT });
        expect(sent.sequence).toBe(1);
        expect(await police.call('packages.import', { path: sent.path })).toMatchObject({ missingSequences: [] });
      } finally {
        mounted.unmount();
      }
    });
  },
);
if ('skipped' in stick)
  console.warn(`package-full-media.test: ${stick.skipped}; the injected-fault tests ran instead.`);
