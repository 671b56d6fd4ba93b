import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { isAppError } from '../../../core/domain/errors.ts';
import { decryptWith } from '../../../core/exchange/package/age-payload.ts';
import { decodeContainer, type Entries } from '../../../core/exchange/package/container.ts';
import { payloadOf, readPackageHeader } from '../../../core/exchange/package/header.ts';
import type { OpenOptions, SealInput, TrustedSigner } from '../../../core/exchange/package/index.ts';
import { fingerprintOf, publicKeyFileText } from '../../../core/exchange/public-key-file.ts';
import { type GeneratedUnitKeys, generateUnitKeys } from '../../../core/exchange/unit-keys.ts';

/** A unit with real keys and the fingerprint of its real public key file. */
export interface TestUnit extends GeneratedUnitKeys {
  unitName: string;
  fingerprint: string;
}

export async function makeUnit(unitName: string, mode: 'unit' | 'receiver' = 'unit'): Promise<TestUnit> {
  const keys = await generateUnitKeys();
  const file = publicKeyFileText({
    format: 'cxr-public-key',
    version: 1,
    unitName,
    mode,
    signingKey: keys.signingPublic,
    ageRecipient: keys.ageRecipient,
  });
  return { ...keys, unitName, fingerprint: fingerprintOf(file) };
}

const party = (u: TestUnit) => ({ unitName: u.unitName, fingerprint: u.fingerprint, ageRecipient: u.ageRecipient });

const hashOf = (n: number) => n.toString(16).padStart(64, '0');

export const sampleRecords = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `inc-${i + 1}`,
    title: `Sự cố số ${i + 1}: mất phong bì “Mật” tại Đắk Lắk`,
    level: i % 2 ? 'mat' : 'toi_mat',
    details: { reportedAt: '2026-03-01T08:00:00.000Z', items: ['A', 'B'], count: i, resolved: false, note: null },
  }));

export function sealInputFor(sender: TestUnit, recipient: TestUnit, overrides: Partial<SealInput> = {}): SealInput {
  return {
    kind: 'incidents',
    packageId: randomUUID(),
    sequence: 7,
    createdAt: '2026-03-02T09:30:00.000Z',
    training: false,
    sender: { ...party(sender), signingPrivate: sender.signingPrivate, signingPublic: sender.signingPublic },
    recipient: party(recipient),
    audit: {
      since: { seq: 40, hash: hashOf(40) },
      head: { seq: 42, hash: hashOf(42) },
      events: [
        { seq: 41, hash: hashOf(41) },
        { seq: 42, hash: hashOf(42) },
      ],
    },
    records: sampleRecords(3),
    ...overrides,
  };
}

/** A trusted-keys lookup as the services would give it. */
export function trusting(units: TestUnit[], revoked: string[] = []): (fingerprint: string) => TrustedSigner | null {
  return (fingerprint) => {
    const unit = units.find((u) => u.fingerprint === fingerprint);
    return unit ? { signingPublic: unit.signingPublic, revoked: revoked.includes(fingerprint) } : null;
  };
}

export function asRecipient(receiver: TestUnit, trusted: TestUnit[], revoked: string[] = []): OpenOptions {
  return {
    as: 'recipient',
    ownFingerprint: receiver.fingerprint,
    ageIdentity: receiver.ageIdentity,
    signerKey: trusting(trusted, revoked),
  };
}

export function asSender(unit: TestUnit): OpenOptions {
  return { as: 'sender', ownFingerprint: unit.fingerprint, ageIdentity: unit.ageIdentity, signerKey: trusting([unit]) };
}

/** The decrypted entries of a package, for tests that craft a changed one. */
export async function unpack(bytes: Uint8Array, identity: string): Promise<Entries> {
  readPackageHeader(bytes);
  return decodeContainer(await decryptWith(identity, payloadOf(bytes)));
}

/** Expects a promise to fail with an AppError of this code; returns the error for further checks. */
export async function expectRefused(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected refusal ${code}`).not.toBeNull();
  if (!isAppError(error)) throw error;
  expect(error.code).toBe(code);
  return error;
}
