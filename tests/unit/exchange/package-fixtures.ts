import { createPrivateKey, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { canonicalJson } from '../../../core/domain/canonical-json.ts';
import { isAppError } from '../../../core/domain/errors.ts';
import { decryptWith } from '../../../core/exchange/package/age-payload.ts';
import {
  decodeContainer,
  type Entries,
  encodeEntries,
  type RawEntry,
} from '../../../core/exchange/package/container.ts';
import { payloadOf, readPackageHeader } from '../../../core/exchange/package/header.ts';
import type {
  Manifest,
  OpenOptions,
  PackageHeader,
  SealInput,
  TrustedSigner,
} from '../../../core/exchange/package/index.ts';
import { trustedCommentFor } from '../../../core/exchange/package/manifest.ts';
import { signMinisign } from '../../../core/exchange/package/minisign.ts';
import { assemblePackage } from '../../../core/exchange/package/seal.ts';
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

/** The unit's signature over manifest bytes, exactly as sealing makes it (with a chosen trusted comment). */
export function signedBy(unit: TestUnit, manifestJson: Uint8Array, trustedComment: string): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(unit.signingPrivate, 'base64'), format: 'der', type: 'pkcs8' });
  return Buffer.from(signMinisign(manifestJson, trustedComment, key, unit.fingerprint), 'utf8');
}

/** A manifest object re-serialised and re-signed by `unit`: a package the signer really made, however odd. */
export function resigned(unit: TestUnit, manifest: Manifest, trustedComment = trustedCommentFor(manifest)) {
  const json = Buffer.from(canonicalJson(manifest), 'utf8');
  return { json, signature: signedBy(unit, json, trustedComment) };
}

export interface Rebuild {
  /** Who can decrypt the original (the receiver). */
  opener: TestUnit;
  /** New entries from the original ones; by default unchanged. */
  entries?: (original: Entries) => RawEntry[];
  /** Header fields to change; the payload length always follows the new payload. */
  header?: Partial<Omit<PackageHeader, 'version' | 'payloadLength'>>;
  /** Whom to encrypt to; by default the opener. */
  to?: TestUnit[];
}

/** Decrypts a genuine package, changes what is asked and encrypts it again: what an insider with a key could do. */
export async function rebuild(original: Uint8Array, change: Rebuild): Promise<Uint8Array> {
  const { version: _v, payloadLength: _p, ...header } = readPackageHeader(original);
  const entries = await unpack(original, change.opener.ageIdentity);
  const raw = change.entries
    ? change.entries(entries)
    : (Object.entries(entries) as [string, Uint8Array][]).map(([name, data]) => ({ name, data }));
  return assemblePackage(
    { ...header, ...change.header },
    encodeEntries(raw),
    (change.to ?? [change.opener]).map((u) => u.ageRecipient),
  );
}

export const manifestOf = (entries: Entries): Manifest =>
  JSON.parse(Buffer.from(entries['manifest.json']).toString('utf8')) as Manifest;

/** The three entries in order with some replaced. */
export const withEntries = (entries: Entries, replace: Partial<Entries>): RawEntry[] =>
  (['manifest.json', 'manifest.json.minisig', 'records.json'] as const).map((name) => ({
    name,
    data: replace[name] ?? entries[name],
  }));
