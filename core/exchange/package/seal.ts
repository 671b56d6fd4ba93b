import { hash } from 'node:crypto';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { AppError } from '../../domain/errors.ts';
import { encryptTo } from './age-payload.ts';
import { encodeContainer, type Entries } from './container.ts';
import { signingKeyPair } from './ed25519-keys.ts';
import { encodeHeader, FORMAT_VERSION, HEADER_BYTES } from './header.ts';
import { MAX_AUDIT_EVENTS, MAX_FILE_BYTES, MAX_MANIFEST_BYTES } from './limits.ts';
import { auditProblem, type Manifest, manifestSchema, trustedCommentFor } from './manifest.ts';
import { signMinisign } from './minisign.ts';
import { packageError } from './package-error.ts';
import { encodeRecords } from './records.ts';
import type { PackageHeader, SealInput } from './types.ts';

/** The manifest for an input, checked by the very schema `openPackage` applies, so a sealed package always opens. */
function manifestFor(input: SealInput, records: Uint8Array, recordsSha256: string): Manifest {
  const candidate = {
    format: 'cxr-package',
    formatVersion: FORMAT_VERSION,
    kind: input.kind,
    packageId: typeof input.packageId === 'string' ? input.packageId.toLowerCase() : input.packageId,
    sequence: input.sequence,
    createdAt: input.createdAt,
    training: input.training,
    sender: {
      unitName: input.sender.unitName,
      fingerprint: input.sender.fingerprint,
      signingKey: input.sender.signingPublic,
      ageRecipient: input.sender.ageRecipient,
    },
    recipient: {
      unitName: input.recipient.unitName,
      fingerprint: input.recipient.fingerprint,
      ageRecipient: input.recipient.ageRecipient,
    },
    records: { name: 'records.json', sha256: recordsSha256, bytes: records.length, count: input.records.length },
    audit: input.audit,
  };
  const parsed = manifestSchema.safeParse(candidate);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION',
      'Không lập được gói: thông tin gói không hợp lệ.',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  const problem = auditProblem(parsed.data.audit);
  if (problem) throw new AppError('VALIDATION', `Không lập được gói: ${problem}`);
  return parsed.data;
}

/** Encrypts a container and puts the header in front; the last step of sealing (tests build hostile ones with it). */
export async function assemblePackage(
  header: Omit<PackageHeader, 'version' | 'payloadLength'>,
  container: Uint8Array,
  ageRecipients: string[],
): Promise<Uint8Array> {
  const payload = await encryptTo(ageRecipients, container);
  if (HEADER_BYTES + payload.length > MAX_FILE_BYTES)
    throw packageError('PACKAGE_TOO_LARGE', `gói sẽ dài ${HEADER_BYTES + payload.length} byte.`);
  return Buffer.concat([encodeHeader({ ...header, payloadLength: payload.length }), payload]);
}

/**
 * Seals records into one package file: signed manifest and records, encrypted to the recipient and to the sender
 * itself (so the unit can read back what it sent), behind the fixed header.
 */
export async function sealPackage(input: SealInput): Promise<Uint8Array> {
  const key = signingKeyPair(input.sender.signingPrivate, input.sender.signingPublic);
  // Said as a size problem (split the export, or acknowledge sooner), not as invalid input.
  if (Array.isArray(input.audit?.events) && input.audit.events.length > MAX_AUDIT_EVENTS)
    throw packageError(
      'PACKAGE_TOO_LARGE',
      `${input.audit.events.length} sự kiện nhật ký, tối đa ${MAX_AUDIT_EVENTS}.`,
    );
  const records = encodeRecords(input.records);
  const recordsSha256 = hash('sha256', records, 'hex');
  const manifest = manifestFor(input, records, recordsSha256);
  const manifestJson = Buffer.from(canonicalJson(manifest), 'utf8');
  if (manifestJson.length > MAX_MANIFEST_BYTES)
    throw packageError('PACKAGE_TOO_LARGE', `bản kê ${manifestJson.length} byte, tối đa ${MAX_MANIFEST_BYTES} byte.`);
  const signature = signMinisign(manifestJson, trustedCommentFor(manifest), key, manifest.sender.fingerprint);
  const entries: Entries = {
    'manifest.json': manifestJson,
    'manifest.json.minisig': Buffer.from(signature, 'utf8'),
    'records.json': records,
  };
  return assemblePackage(
    {
      kind: manifest.kind,
      training: manifest.training,
      sequence: manifest.sequence,
      recipientFingerprint: manifest.recipient.fingerprint,
      packageId: manifest.packageId,
    },
    encodeContainer(entries),
    [manifest.recipient.ageRecipient, manifest.sender.ageRecipient],
  );
}
