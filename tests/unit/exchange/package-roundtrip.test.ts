import { beforeAll, describe, expect, it } from 'vitest';
import {
  HEADER_BYTES,
  openPackage,
  packageFileName,
  packageHash,
  readPackageHeader,
  sealPackage,
} from '../../../core/exchange/package/index.ts';
import {
  asRecipient,
  asSender,
  expectRefused,
  makeUnit,
  sampleRecords,
  sealInputFor,
  type TestUnit,
  unpack,
} from './package-fixtures.ts';

let unit: TestUnit;
let police: TestUnit;
beforeAll(async () => {
  unit = await makeUnit('Sở Ngoại vụ tỉnh Đắk Lắk');
  police = await makeUnit('Công an tỉnh Đắk Lắk', 'receiver');
});

describe('sealed package round trip', () => {
  it('the receiver opens what the unit sealed: header, signed manifest, records, file hash', async () => {
    const input = sealInputFor(unit, police);
    const bytes = await sealPackage(input);
    const opened = await openPackage(bytes, asRecipient(police, [unit]));
    expect(opened.records).toEqual(input.records);
    expect(opened.hash).toBe(packageHash(bytes));
    expect(opened.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(opened.header).toEqual({
      version: 1,
      kind: 'incidents',
      training: false,
      sequence: 7,
      recipientFingerprint: police.fingerprint,
      packageId: input.packageId,
      payloadLength: bytes.length - HEADER_BYTES,
    });
    expect(opened.manifest).toMatchObject({
      format: 'cxr-package',
      formatVersion: 1,
      kind: 'incidents',
      packageId: input.packageId,
      sequence: 7,
      createdAt: input.createdAt,
      training: false,
      sender: { unitName: unit.unitName, fingerprint: unit.fingerprint, signingKey: unit.signingPublic },
      recipient: { unitName: police.unitName, fingerprint: police.fingerprint },
      records: { name: 'records.json', count: 3 },
      audit: input.audit,
    });
    expect(opened.signature).toContain(`trusted comment: cxr-package-v1 id=${input.packageId} seq=7 `);
    expect(JSON.parse(opened.manifestJson)).toEqual(opened.manifest);
  });

  it('the unit reads back its own package with its own identity; another unit’s signature does not pass as its own', async () => {
    const input = sealInputFor(unit, police, { records: sampleRecords(2) });
    const bytes = await sealPackage(input);
    const mine = await openPackage(bytes, asSender(unit));
    expect(mine.records).toEqual(input.records);
    expect(mine.manifest.recipient.fingerprint).toBe(police.fingerprint);
    // A package the police sealed to the unit is readable by the unit as recipient, but never "read back" as its own.
    const receipt = await sealPackage(sealInputFor(police, unit, { kind: 'receipt' }));
    await expectRefused(
      openPackage(receipt, { ...asSender(unit), ageIdentity: unit.ageIdentity }),
      'PACKAGE_SIGNER_UNKNOWN',
    );
  });

  it('carries the training flag in the header and the signed manifest', async () => {
    const bytes = await sealPackage(sealInputFor(unit, police, { training: true }));
    expect(readPackageHeader(bytes).training).toBe(true);
    const opened = await openPackage(bytes, asRecipient(police, [unit]));
    expect(opened.manifest.training).toBe(true);
    expect(opened.signature).toMatch(/training=1\n/);
  });

  it('receipts carry their own kind and trusted comment, and open in the other direction', async () => {
    const bytes = await sealPackage(sealInputFor(police, unit, { kind: 'receipt', sequence: 1, records: [] }));
    const opened = await openPackage(bytes, asRecipient(unit, [police]));
    expect(opened.header.kind).toBe('receipt');
    expect(opened.records).toEqual([]);
    expect(opened.signature).toMatch(/^trusted comment: cxr-receipt-v1 /m);
  });

  it('reads the header without any key and names the file safely', async () => {
    const input = sealInputFor(unit, police, { sequence: 12, packageId: '1B4E28BA-2FA1-41D2-883F-0016D3CCA427' });
    const bytes = await sealPackage(input);
    const header = readPackageHeader(bytes);
    expect(header.packageId).toBe('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    expect(packageFileName(header)).toBe('cxr-incidents-000012-1b4e28ba.cxrpkg');
    expect(packageFileName({ kind: 'receipt', sequence: 1234567, packageId: header.packageId })).toBe(
      'cxr-receipt-1234567-1b4e28ba.cxrpkg',
    );
    expect(() => packageFileName({ kind: 'incidents', sequence: 1, packageId: '../../etc/passwd' })).toThrow();
    expect(() => packageFileName({ kind: '../x' as 'incidents', sequence: 1, packageId: header.packageId })).toThrow();
    // The same records sealed twice give different files (fresh age keys) that both open to the same content.
    const again = await sealPackage(input);
    expect(packageHash(again)).not.toBe(packageHash(bytes));
    const entries = await unpack(bytes, police.ageIdentity);
    expect(Object.keys(entries)).toEqual(['manifest.json', 'manifest.json.minisig', 'records.json']);
  });

  it('refuses to seal what it could not open: bad ids, mismatched keys, a broken audit stretch, non-JSON records', async () => {
    await expectRefused(sealPackage(sealInputFor(unit, police, { packageId: 'not-a-uuid' })), 'VALIDATION');
    await expectRefused(sealPackage(sealInputFor(unit, police, { sequence: 0 })), 'VALIDATION');
    const wrongKey = sealInputFor(unit, police);
    wrongKey.sender.signingPublic = police.signingPublic;
    await expectRefused(sealPackage(wrongKey), 'VALIDATION');
    const longChain = sealInputFor(unit, police);
    longChain.audit = {
      since: null,
      head: { seq: 250_001, hash: 'a'.repeat(64) },
      events: Array.from({ length: 250_001 }, (_, i) => ({ seq: i + 1, hash: 'a'.repeat(64) })),
    };
    await expectRefused(sealPackage(longChain), 'PACKAGE_TOO_LARGE');
    const gap = sealInputFor(unit, police);
    gap.audit.events = [{ seq: 42, hash: gap.audit.head.hash }];
    await expectRefused(sealPackage(gap), 'VALIDATION');
    const badRecipient = sealInputFor(unit, police);
    badRecipient.recipient.ageRecipient = `${police.ageRecipient.slice(0, -1)}${police.ageRecipient.endsWith('q') ? 'p' : 'q'}`;
    await expectRefused(sealPackage(badRecipient), 'VALIDATION');
    const genuine = await sealPackage(sealInputFor(unit, police));
    await expectRefused(
      openPackage(genuine, { ...asRecipient(police, [unit]), ageIdentity: 'AGE-SECRET-KEY-1XYZ' }),
      'VALIDATION',
    );
    await expectRefused(
      sealPackage(sealInputFor(unit, police, { records: [{ at: new Date() }] })),
      'PACKAGE_RECORDS_INVALID',
    );
    await expectRefused(
      sealPackage(sealInputFor(unit, police, { records: [[1, 2] as unknown as Record<string, unknown>] })),
      'PACKAGE_RECORDS_INVALID',
    );
    await expectRefused(
      sealPackage(sealInputFor(unit, police, { records: [{ text: 'x'.repeat(1024 * 1024 + 1) }] })),
      'PACKAGE_TOO_LARGE',
    );
  });
});
