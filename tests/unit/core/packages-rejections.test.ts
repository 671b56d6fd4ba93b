import { randomUUID } from 'node:crypto';
import { openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { incidentPackageRecord } from '../../../core/services/package-export.ts';
import { sealPackage, type SealInput } from '../../../core/exchange/package/index.ts';
import { introduce, unitAndPolice } from '../../support/exchange.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

vi.setConfig({ testTimeout: 120_000 });
let pair: Awaited<ReturnType<typeof unitAndPolice>>;
const extra: TestRegister[] = [];
afterEach(() => {
  pair?.cleanup();
  for (const r of extra.splice(0)) r.cleanup();
});

/** What the receiver holds: nothing of a refused package may ever appear here. */
async function receiverState(r: TestRegister) {
  const list = await r.call('packages.list', {});
  return { incidents: (await r.call('incidents.list', {})).incidents.length, packages: list.packages.length };
}

async function rejections(r: TestRegister) {
  return (await r.call('audit.list', { action: 'package.rejected', limit: 1000 })).filter(
    (e) => e.action === 'package.rejected',
  );
}

/** Imports and expects a refusal with this code, exactly one audited rejection and no content written. */
async function expectRefused(r: TestRegister, path: string, code: string) {
  const before = await receiverState(r);
  const rejected = (await rejections(r)).length;
  const result = await r.router.call('packages.import', { path }, r.ctx());
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code, result.error.message).toBe(code);
  expect(await receiverState(r)).toEqual(before);
  const events = await rejections(r);
  expect(events).toHaveLength(rejected + 1);
  expect(events[0]?.info).toMatchObject({ reason: code });
  return result;
}

/** A package sealed with the unit's own keys but contents of the test's choosing (what a forger with the key could do). */
async function forged(over: Partial<SealInput>, name = `${randomUUID()}.cxrpkg`) {
  const ws = pair.unit.host.workspace();
  const keys = ws?.unitKeys.own();
  if (!ws || !keys) throw new Error('unit locked');
  const report = await pair.fileReport();
  const head = ws.audit.head();
  const bytes = await sealPackage({
    kind: 'incidents',
    packageId: randomUUID(),
    sequence: 1,
    createdAt: new Date().toISOString(),
    training: false,
    sender: {
      unitName: ws.meta().unitName,
      fingerprint: pair.unitKey.fingerprint,
      ageRecipient: keys.ageRecipient,
      signingPrivate: keys.signingPrivate,
      signingPublic: keys.signingPublic,
    },
    recipient: {
      unitName: pair.receiverKey.unitName,
      fingerprint: pair.receiverKey.fingerprint,
      ageRecipient: pair.receiverKey.ageRecipient,
    },
    audit: { since: null, head, events: ws.audit.digestsSince(0) },
    records: [incidentPackageRecord(report)],
    ...over,
  });
  const path = join(pair.usb, name);
  writeFileSync(path, bytes);
  return path;
}

describe('refused packages leave one audited rejection and nothing else', () => {
  it('a package for another receiver, an unknown signer, a revoked signer', async () => {
    pair = await unitAndPolice();
    const otherPolice = await createTestRegister('receiver');
    extra.push(otherPolice);
    await introduce(pair.unit, otherPolice);
    await pair.fileReport();
    const forOther = await pair.unit.call('packages.export', {
      toDir: pair.usb,
      recipient: (await otherPolice.call('keys.show')).fingerprint,
    });
    await expectRefused(pair.police, forOther.path, 'PACKAGE_NOT_FOR_THIS_UNIT');

    const stranger = await createTestRegister('unit');
    extra.push(stranger);
    const strangerKey = await stranger.call('keys.show');
    await stranger.call('keys.trust', {
      publicFile: pair.receiverKey.publicFile,
      fingerprint: pair.receiverKey.fingerprint,
    });
    const item = await stranger.call('items.add', (await import('../../support/items.ts')).outgoingItem());
    await stranger.call('incidents.add', (await import('../../support/incidents.ts')).incidentInput([item.id]));
    const fromStranger = await stranger.call('packages.export', {
      toDir: pair.usb,
      recipient: pair.receiverKey.fingerprint,
    });
    await expectRefused(pair.police, fromStranger.path, 'PACKAGE_SIGNER_UNKNOWN');
    expect(strangerKey.fingerprint).not.toBe(pair.unitKey.fingerprint);

    await pair.fileReport();
    const genuine = await pair.unit.call('packages.export', {
      toDir: pair.usb,
      recipient: pair.receiverKey.fingerprint,
    });
    await pair.police.call('keys.revoke', { fingerprint: pair.unitKey.fingerprint });
    await expectRefused(pair.police, genuine.path, 'PACKAGE_SIGNER_REVOKED');
  });

  it('a replayed number, a training package, malformed records, a rewritten chain, a huge file', async () => {
    pair = await unitAndPolice();
    await pair.fileReport();
    const first = await pair.unit.call('packages.export', { toDir: pair.usb, recipient: 'Sở Ngoại vụ tỉnh Đắk Lắk' });
    expect(await pair.police.call('packages.import', { path: first.path })).toMatchObject({ imported: 1 });

    // Another package under number 1 (an old one replayed, or a new one made to look old).
    await expectRefused(pair.police, await forged({ sequence: 1 }), 'PACKAGE_SEQUENCE_REPLAYED');
    await expectRefused(pair.police, await forged({ sequence: 2, training: true }), 'PACKAGE_TRAINING_REFUSED');
    await expectRefused(
      pair.police,
      await forged({ sequence: 3, records: [{ id: 'x', type: 'stolen', summary: 'Nội dung mật' }] }),
      'PACKAGE_RECORDS_INVALID',
    );
    // The police saw the unit's chain head in package 1; a later package whose digests give that event another hash
    // means the unit's audit was rewritten in between.
    const known = (await pair.police.call('packages.list', {})).packages[0];
    const ws = pair.unit.host.workspace();
    const altered = (ws?.audit.digestsSince(0) ?? []).map((e) =>
      e.seq === known?.headSeq ? { seq: e.seq, hash: 'e'.repeat(64) } : e,
    );
    const head = altered.at(-1);
    if (!head || !known) throw new Error('no chain');
    await expectRefused(
      pair.police,
      await forged({ sequence: 4, audit: { since: null, head, events: altered } }),
      'PACKAGE_CHAIN_REWRITTEN',
    );

    const huge = join(pair.usb, 'rat-lon.cxrpkg');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    await expectRefused(pair.police, huge, 'PACKAGE_TOO_LARGE');
    expect((await pair.police.call('audit.verify', {})).ok).toBe(true);
  });

  it('fuzz: 1,000 mutated copies of a genuine package are all refused through import, and the genuine one still imports', async () => {
    pair = await unitAndPolice();
    await pair.fileReport();
    const genuine = await pair.unit.call('packages.export', { toDir: pair.usb, recipient: 'Sở Ngoại vụ tỉnh Đắk Lắk' });
    const original = readFileSync(genuine.path);
    const target = join(pair.usb, 'dot-bien.cxrpkg');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }).map(({ at, mask }) => {
            const copy = Buffer.from(original);
            // Half the flips land in the 67-byte header, where every field matters.
            const i = at % 2 === 0 ? at % 80 : at % copy.length;
            copy[i] = (copy[i] ?? 0) ^ mask;
            return copy;
          }),
          fc.nat().map((keep) => original.subarray(0, keep % original.length)),
          fc.uint8Array({ minLength: 1, maxLength: 32 }).map((tail) => Buffer.concat([original, tail])),
        ),
        async (mutated) => {
          writeFileSync(target, mutated);
          const result = await pair.police.router.call('packages.import', { path: target }, pair.police.ctx());
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toMatch(/^PACKAGE_/);
          refused++;
        },
      ),
      { numRuns: 1000, seed: 20261123 },
    );
    expect(refused).toBe(1000);
    expect(await receiverState(pair.police)).toEqual({ incidents: 0, packages: 0 });
    expect(await rejections(pair.police)).toHaveLength(1000);
    expect(await pair.police.call('packages.import', { path: genuine.path })).toMatchObject({ imported: 1 });
    expect((await pair.police.call('audit.verify', {})).ok).toBe(true);
  });
});
