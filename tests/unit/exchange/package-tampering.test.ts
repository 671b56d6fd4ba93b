import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_BYTES, openPackage, readPackageHeader, sealPackage } from '../../../core/exchange/package/index.ts';
import { MAX_FILE_BYTES } from '../../../core/exchange/package/limits.ts';
import { asRecipient, expectRefused, makeUnit, rebuild, sealInputFor, type TestUnit } from './package-fixtures.ts';

let unit: TestUnit;
let police: TestUnit;
let otherPolice: TestUnit;
let genuine: Uint8Array;
beforeAll(async () => {
  unit = await makeUnit('Sở Ngoại vụ tỉnh Đắk Lắk');
  police = await makeUnit('Công an tỉnh Đắk Lắk', 'receiver');
  otherPolice = await makeUnit('Công an tỉnh Gia Lai', 'receiver');
  genuine = await sealPackage(sealInputFor(unit, police));
});

const open = (bytes: Uint8Array) => openPackage(bytes, asRecipient(police, [unit]));
const flipped = (bytes: Uint8Array, at: number, mask = 0x01) => {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ mask;
  return copy;
};
const setU32 = (bytes: Uint8Array, at: number, value: number) => {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(value, at);
  return copy;
};

describe('a damaged or altered package file is refused with a specific error', () => {
  it('a flipped byte in each header field, and in the encrypted payload', async () => {
    await expectRefused(open(flipped(genuine, 0)), 'PACKAGE_MALFORMED'); // magic
    await expectRefused(open(flipped(genuine, 8, 0x03)), 'PACKAGE_VERSION_UNSUPPORTED'); // version 1 -> 2
    await expectRefused(open(flipped(genuine, 9, 0x03)), 'PACKAGE_CONTENT_MISMATCH'); // incidents -> receipt
    await expectRefused(open(flipped(genuine, 9, 0x04)), 'PACKAGE_MALFORMED'); // unknown kind
    await expectRefused(open(flipped(genuine, 10, 0x01)), 'PACKAGE_CONTENT_MISMATCH'); // training flag
    await expectRefused(open(flipped(genuine, 10, 0x80)), 'PACKAGE_MALFORMED'); // unknown flag
    await expectRefused(open(flipped(genuine, 14)), 'PACKAGE_CONTENT_MISMATCH'); // sequence
    await expectRefused(open(flipped(genuine, 20)), 'PACKAGE_NOT_FOR_THIS_UNIT'); // recipient fingerprint
    await expectRefused(open(flipped(genuine, 50)), 'PACKAGE_CONTENT_MISMATCH'); // package id
    const declared = genuine.length - HEADER_BYTES;
    await expectRefused(open(setU32(genuine, 63, declared + 1)), 'PACKAGE_TRUNCATED'); // payload length
    await expectRefused(open(setU32(genuine, 63, declared - 1)), 'PACKAGE_MALFORMED');
    for (const at of [HEADER_BYTES, HEADER_BYTES + 40, Math.floor(genuine.length / 2), genuine.length - 1])
      await expectRefused(open(flipped(genuine, at)), 'PACKAGE_DECRYPT_FAILED');
  });

  it('every single-bit flip anywhere in the file is refused', async () => {
    const codes = new Set<string>();
    const step = Math.max(1, Math.floor(genuine.length / 400));
    for (let at = 0; at < genuine.length; at += at < HEADER_BYTES + 200 ? 1 : step) {
      for (const mask of [0x01, 0x80]) {
        const error = await open(flipped(genuine, at, mask)).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code, `flip at ${at} mask ${mask}`).toMatch(/^PACKAGE_/);
        codes.add(String(error?.code));
      }
    }
    expect([...codes].sort()).toEqual(
      expect.arrayContaining(['PACKAGE_DECRYPT_FAILED', 'PACKAGE_MALFORMED', 'PACKAGE_NOT_FOR_THIS_UNIT']),
    );
  });

  it('a truncated file, at any length', async () => {
    for (const length of [0, 4, 8, 9, 40, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 10, genuine.length - 1])
      await expectRefused(open(genuine.subarray(0, length)), 'PACKAGE_TRUNCATED');
    // Cut and with the length field made to agree: the age payload itself is then incomplete.
    const cut = setU32(genuine.subarray(0, genuine.length - 16), 63, genuine.length - 16 - HEADER_BYTES);
    await expectRefused(open(cut), 'PACKAGE_DECRYPT_FAILED');
  });

  it('trailing bytes after the payload', async () => {
    const extended = Buffer.concat([genuine, Buffer.from([0])]);
    const error = await expectRefused(open(extended), 'PACKAGE_MALFORMED');
    expect(error.message).toMatch(/thừa 1 byte/);
    // Extended and with the length field made to agree: age refuses data after its last chunk.
    const agreed = setU32(Buffer.concat([genuine, Buffer.alloc(32)]), 63, genuine.length + 32 - HEADER_BYTES);
    await expectRefused(open(agreed), 'PACKAGE_DECRYPT_FAILED');
  });

  it('unknown format versions, before any other field is read', async () => {
    for (const version of [0, 2, 255]) {
      const bytes = Uint8Array.from(genuine);
      bytes[8] = version;
      const error = await expectRefused(open(bytes), 'PACKAGE_VERSION_UNSUPPORTED');
      expect(error.message).toContain(`phiên bản ${version}`);
      expect(() => readPackageHeader(bytes.subarray(0, 9))).toThrow(/phiên bản/);
    }
  });

  it('a huge file is refused before it is parsed or decrypted, and so is a header announcing one', async () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge.set(genuine.subarray(0, HEADER_BYTES));
    const started = performance.now();
    await expectRefused(open(huge), 'PACKAGE_TOO_LARGE');
    expect(() => readPackageHeader(huge)).toThrow(/vượt quá giới hạn/);
    expect(performance.now() - started).toBeLessThan(1000);
    await expectRefused(open(setU32(genuine, 63, 0xffff_ffff)), 'PACKAGE_TOO_LARGE');
  });

  it('a package for another receiver, refused before decryption; a header lying about the receiver fails to decrypt', async () => {
    const forOther = await sealPackage(sealInputFor(unit, otherPolice));
    const error = await expectRefused(open(forOther), 'PACKAGE_NOT_FOR_THIS_UNIT');
    expect(error.message).toContain(otherPolice.fingerprint.slice(0, 16));
    const relabelled = Buffer.from(forOther);
    relabelled.set(Buffer.from(police.fingerprint, 'hex'), 15);
    await expectRefused(open(relabelled), 'PACKAGE_DECRYPT_FAILED');
    // Re-addressed by someone who could decrypt it (the other receiver): the signed manifest still names the other.
    const readdressed = await rebuild(forOther, {
      opener: otherPolice,
      to: [police],
      header: { recipientFingerprint: police.fingerprint },
    });
    await expectRefused(open(readdressed), 'PACKAGE_CONTENT_MISMATCH');
  });

  it('a file that is not a package at all', async () => {
    await expectRefused(open(Buffer.from('age-encryption.org/v1\n-> X25519 …')), 'PACKAGE_MALFORMED');
    await expectRefused(open(Buffer.from('PK\u0003\u0004 a zip file')), 'PACKAGE_MALFORMED');
  });
});
