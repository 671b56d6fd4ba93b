import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../core/domain/errors.ts';
import { encodeContainer } from '../../../core/exchange/package/container.ts';
import { HEADER_BYTES, openPackage, readPackageHeader, sealPackage } from '../../../core/exchange/package/index.ts';
import { assemblePackage } from '../../../core/exchange/package/seal.ts';
import { asRecipient, makeUnit, sealInputFor, type TestUnit, unpack } from './package-fixtures.ts';

/**
 * Property: whatever is done to a genuine package's bytes, opening it either fails with an AppError whose code
 * starts with PACKAGE_ (never a crash, a TypeError or another code) or — only when the bytes came out unchanged —
 * opens to the original records. The same holds one layer down, for the decrypted container re-encrypted to the
 * receiver, where age no longer stands guard and the container, JSON and signature checks must hold on their own.
 */
type Mutation =
  | { op: 'flip'; at: number; mask: number }
  | { op: 'truncate'; keep: number }
  | { op: 'extend'; bytes: Uint8Array }
  | { op: 'splice'; at: number; remove: number; insert: Uint8Array }
  | { op: 'copy'; from: number; to: number; length: number }
  | { op: 'u32'; at: number; delta: number }
  | { op: 'u32'; at: number; set: number };

/** `fields`: offsets of 32-bit fields worth setting to near or arbitrary values (lengths, sequence, ids). */
const mutation = (fields: number[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ op: fc.constant('truncate' as const), keep: fc.nat() }),
    fc.record({ op: fc.constant('extend' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({
      op: fc.constant('splice' as const),
      at: fc.nat(),
      remove: fc.nat({ max: 48 }),
      insert: fc.uint8Array({ maxLength: 48 }),
    }),
    fc.record({
      op: fc.constant('copy' as const),
      from: fc.nat(),
      to: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
    fc.record({
      op: fc.constant('u32' as const),
      at: fc.constantFrom(...fields),
      delta: fc.integer({ min: -3, max: 3 }),
    }),
    fc.record({ op: fc.constant('u32' as const), at: fc.constantFrom(...fields), set: fc.nat({ max: 0xffff_ffff }) }),
  );

/**
 * Where a flip or splice lands. With `headerBias`, half of them land in the first 80 bytes: the header is small
 * but every field of it matters, and uniform positions would almost always hit the (well-guarded) age payload.
 */
const position = (at: number, length: number, headerBias: boolean): number =>
  (headerBias && at % 2 === 0 ? at % 80 : at) % Math.max(1, length);

function apply(bytes: Buffer, m: Mutation, headerBias: boolean): Buffer {
  const length = bytes.length;
  switch (m.op) {
    case 'flip': {
      if (length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const at = position(m.at, length, headerBias);
      copy[at] = (copy[at] ?? 0) ^ m.mask;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, length === 0 ? 0 : m.keep % length);
    case 'extend':
      return Buffer.concat([bytes, m.bytes]);
    case 'splice': {
      const at = position(m.at, length, headerBias);
      return Buffer.concat([bytes.subarray(0, at), m.insert, bytes.subarray(at + m.remove)]);
    }
    case 'copy': {
      if (length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const to = m.to % length;
      const from = m.from % length;
      copy.set(bytes.subarray(from, from + Math.min(m.length, length - to)), to);
      return copy;
    }
    case 'u32': {
      if (length < m.at + 4) return bytes;
      const copy = Buffer.from(bytes);
      copy.writeUInt32BE('delta' in m ? (copy.readUInt32BE(m.at) + m.delta) >>> 0 : m.set, m.at);
      return copy;
    }
  }
}

let unit: TestUnit;
let police: TestUnit;
let genuine: Buffer;
let container: Buffer;
let records: Record<string, unknown>[];
beforeAll(async () => {
  unit = await makeUnit('Sở Ngoại vụ tỉnh Đắk Lắk');
  police = await makeUnit('Công an tỉnh Đắk Lắk', 'receiver');
  const input = sealInputFor(unit, police);
  records = input.records;
  genuine = Buffer.from(await sealPackage(input));
  container = Buffer.from(encodeContainer(await unpack(genuine, police.ageIdentity)));
});

/** Which refusals the runs met, to show the mutations reach every layer and not only the first check (each of the
 * listed codes is met dozens of times in a run; a few rarer ones, such as PACKAGE_SIGNER_UNKNOWN, may also appear). */
const seen = new Map<string, number>();

async function outcome(bytes: Uint8Array, unchanged: boolean): Promise<void> {
  try {
    const opened = await openPackage(bytes, asRecipient(police, [unit]));
    expect(unchanged, 'a changed package opened').toBe(true);
    expect(opened.records).toEqual(records);
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(e.code).toMatch(/^PACKAGE_/);
    seen.set(e.code, (seen.get(e.code) ?? 0) + 1);
    expect(unchanged, `the unchanged package was refused: ${e.message}`).toBe(false);
  }
}

describe('fuzzing mutated packages', () => {
  beforeEach(() => seen.clear());

  it('2,000 mutated package files: each refused with a PACKAGE_ code unless unchanged', async () => {
    // magic (two halves), version/kind/flags/sequence, sequence, recipient, package id, payload length
    const headerFields = [0, 4, 8, 11, 15, 47, 63];
    await fc.assert(
      fc.asyncProperty(fc.array(mutation(headerFields), { minLength: 1, maxLength: 3 }), async (mutations) => {
        const bytes = mutations.reduce((b, m) => apply(b, m, true), genuine);
        await outcome(bytes, bytes.equals(genuine));
      }),
      { numRuns: 2000 },
    );
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining([
        'PACKAGE_CONTENT_MISMATCH',
        'PACKAGE_DECRYPT_FAILED',
        'PACKAGE_MALFORMED',
        'PACKAGE_NOT_FOR_THIS_UNIT',
        'PACKAGE_TOO_LARGE',
        'PACKAGE_TRUNCATED',
        'PACKAGE_VERSION_UNSUPPORTED',
      ]),
    );
  });

  it('1,000 mutated containers re-encrypted to the receiver: the checks behind age hold on their own', async () => {
    const { version: _v, payloadLength: _p, ...header } = readPackageHeader(genuine);
    // name length, the first name's data length, and points inside the manifest and the signature
    const fields = [0, 14, 40, 200, container.length - 200];
    await fc.assert(
      fc.asyncProperty(fc.array(mutation(fields), { minLength: 1, maxLength: 2 }), async (mutations) => {
        const changed = mutations.reduce((b, m) => apply(b, m, false), container);
        const bytes = await assemblePackage(header, changed, [police.ageRecipient]);
        expect(bytes.length).toBeGreaterThan(HEADER_BYTES);
        await outcome(bytes, changed.equals(container));
      }),
      { numRuns: 1000 },
    );
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining([
        'PACKAGE_CONTENT_MISMATCH',
        'PACKAGE_ENTRY_NAME_INVALID',
        'PACKAGE_MALFORMED',
        'PACKAGE_SIGNATURE_INVALID',
        'PACKAGE_TOO_LARGE',
      ]),
    );
  });
});
