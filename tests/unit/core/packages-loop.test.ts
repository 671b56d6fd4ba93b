import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { carriedDigests } from '../../../core/services/package-export.ts';
import { unitAndPolice } from '../../support/exchange.ts';

let pair: Awaited<ReturnType<typeof unitAndPolice>>;
afterEach(() => pair?.cleanup());

describe('the hand-carry loop between a unit and the provincial police (two registers)', () => {
  it('file -> export -> verify -> import -> acknowledge -> receipt imported', async () => {
    pair = await unitAndPolice();
    const { unit, police, usb } = pair;
    const report = await pair.fileReport();
    const exported = await unit.call('packages.export', { toDir: usb, recipient: 'sở ngoại vụ tỉnh đắk lắk' });
    expect(exported).toMatchObject({ sequence: 1, records: 1, verified: true, incidentIds: [report.id] });
    expect(readdirSync(usb)).toEqual([exported.path.split('/').pop()]);
    expect((await unit.call('incidents.get', { id: report.id })).state).toBe('exported');

    const checked = await police.call('packages.verify', { path: exported.path });
    expect(checked).toMatchObject({
      kind: 'incidents',
      sequence: 1,
      senderFingerprint: pair.unitKey.fingerprint,
      alreadyImported: false,
      missingSequences: [],
      chainStatus: 'first',
    });
    const imported = await police.call('packages.import', { path: exported.path });
    expect(imported).toMatchObject({ imported: 1, skipped: 0, alreadyImported: false });
    const received = (await police.call('incidents.list', {})).incidents;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      state: 'received',
      unitFingerprint: pair.unitKey.fingerprint,
      unitName: 'Sở Ngoại vụ tỉnh Đắk Lắk',
      reportNumber: report.reportNumber,
      level: report.level,
    });
    expect(received[0]?.id).toBe(`${pair.unitKey.fingerprint.slice(0, 16)}:${report.id}`);

    // The same package twice changes nothing and says so.
    const headBefore = (await police.call('audit.verify', {})).head;
    const again = await police.call('packages.import', { path: exported.path });
    expect(again).toMatchObject({ alreadyImported: true, imported: 0 });
    expect((await police.call('audit.verify', {})).head).toEqual(headBefore);

    const receipt = await police.call('packages.receipt', { packageId: exported.packageId, toDir: usb });
    expect(receipt).toMatchObject({ sequence: 1, verified: true });
    expect((await police.call('incidents.list', {})).incidents[0]?.state).toBe('acknowledged');

    const back = await unit.call('packages.import', { path: receipt.path });
    expect(back).toMatchObject({ kind: 'receipt', imported: 1 });
    const acknowledged = await unit.call('incidents.get', { id: report.id });
    expect(acknowledged.state).toBe('acknowledged');
    expect(acknowledged.acknowledgedAt).not.toBeNull();

    // The next package carries the unit's chain digests since the acknowledged head: the police see it continue.
    await pair.fileReport({ type: 'exposed' });
    const second = await unit.call('packages.export', { toDir: usb, recipient: pair.receiverKey.fingerprint });
    expect(second.sequence).toBe(2);
    expect(await police.call('packages.import', { path: second.path })).toMatchObject({
      chainStatus: 'continues',
      imported: 1,
    });
    const list = await police.call('packages.list', {});
    expect(list.units[0]).toMatchObject({ received: 2, lastSequence: 2, missingSequences: [], incidents: 2 });
    expect(list.units[0]?.heads.map((h) => h.chainStatus)).toEqual(['first', 'continues']);
    expect((await police.call('audit.verify', {})).ok).toBe(true);
    expect((await unit.call('audit.verify', {})).ok).toBe(true);

    // Cover sheet of the package, for the stick.
    const cover = await unit.call('packages.cover', { packageId: second.packageId, outPath: `${usb}/bia.pdf` });
    expect(cover.pages).toBe(1);
  });

  it('shows a gap, accepts a late lower number never seen, refuses an already-imported number', async () => {
    pair = await unitAndPolice();
    const { unit, police, usb } = pair;
    await pair.fileReport();
    const one = await unit.call('packages.export', { toDir: usb, recipient: 'Sở Ngoại vụ tỉnh Đắk Lắk' });
    await pair.fileReport();
    const two = await unit.call('packages.export', { toDir: usb, recipient: 'Sở Ngoại vụ tỉnh Đắk Lắk' });
    // Re-sending report one in a third package (explicit choice) is allowed: it is skipped at the police.
    const three = await unit.call('packages.export', {
      toDir: usb,
      recipient: 'Sở Ngoại vụ tỉnh Đắk Lắk',
      incidents: one.incidentIds,
    });
    expect((await police.call('packages.import', { path: three.path })).missingSequences).toEqual([1, 2]);
    expect((await police.call('packages.import', { path: one.path })).missingSequences).toEqual([2]);
    expect(await police.call('packages.import', { path: two.path })).toMatchObject({
      missingSequences: [],
      imported: 1,
    });
    expect((await police.call('incidents.list', {})).incidents).toHaveLength(2);
  });

  it('packages.receipt validates its input on the receiver and refuses an unknown package', async () => {
    pair = await unitAndPolice();
    for (const input of [{ packageId: 'x' }, { toDir: pair.usb }, { packageId: 'x', toDir: '' }]) {
      const result = await pair.police.router.call('packages.receipt', input, pair.police.ctx());
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const unknown = await pair.police.router.call(
      'packages.receipt',
      { packageId: 'khong-co', toDir: pair.usb },
      pair.police.ctx(),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the audit digests a package carries', () => {
  const chain = Array.from({ length: 10 }, (_, i) => ({ seq: i + 1, hash: String(i + 1).padStart(64, '0') }));
  const audit = { digestsSince: (seq: number) => chain.filter((e) => e.seq > seq) };

  it('start after the acknowledged head, or at the first event', () => {
    expect(carriedDigests(audit, null, 20)).toEqual({ since: null, events: chain });
    const acked = chain[6] ?? null;
    expect(carriedDigests(audit, acked, 20)).toEqual({ since: acked, events: chain.slice(7) });
  });

  it('keep only the newest window, starting just after the event before it', () => {
    const carried = carriedDigests(audit, null, 4);
    expect(carried.since).toEqual(chain[5]);
    expect(carried.events.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
  });
});
