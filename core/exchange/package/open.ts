import { hash } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import { decryptWith } from './age-payload.ts';
import { decodeContainer } from './container.ts';
import { publicKeyObject } from './ed25519-keys.ts';
import { isFingerprint, packageHash, payloadOf, readPackageHeader } from './header.ts';
import { auditProblem, headerMismatch, type Manifest, manifestSchema, trustedCommentFor } from './manifest.ts';
import { untrustedCommentFor, verifyMinisign } from './minisign.ts';
import { packageError } from './package-error.ts';
import { decodeRecords } from './records.ts';
import { parseCanonical } from './strict-json.ts';
import type { OpenedPackage, OpenOptions } from './types.ts';

/** Who signed, read from the manifest before it is trusted: only to choose which trusted key to check it with. */
function claimedSigner(value: unknown): string {
  const sender = typeof value === 'object' && value !== null ? (value as { sender?: unknown }).sender : undefined;
  const fingerprint =
    typeof sender === 'object' && sender !== null ? (sender as { fingerprint?: unknown }).fingerprint : undefined;
  if (typeof fingerprint !== 'string' || !isFingerprint(fingerprint))
    throw packageError('PACKAGE_MALFORMED', 'bản kê không ghi dấu vân tay của nơi gửi.');
  return fingerprint;
}

function trustedKeyFor(fingerprint: string, options: OpenOptions) {
  // Reading back: only the unit's own signature counts, whatever else the trusted-key list holds.
  if (options.as === 'sender' && fingerprint !== options.ownFingerprint)
    throw packageError('PACKAGE_SIGNER_UNKNOWN', 'gói không do chính đơn vị này ký.');
  const trusted = options.signerKey(fingerprint);
  if (!trusted) throw packageError('PACKAGE_SIGNER_UNKNOWN', `khóa ${fingerprint.slice(0, 16)}… chưa được tin cậy.`);
  if (trusted.revoked) throw packageError('PACKAGE_SIGNER_REVOKED', `khóa ${fingerprint.slice(0, 16)}… đã thu hồi.`);
  const key = publicKeyObject(trusted.signingPublic);
  if (!key) throw new AppError('INTERNAL', 'Khóa tin cậy đã lưu không đúng dạng.');
  return { key, signingPublic: trusted.signingPublic };
}

/**
 * Opens a package, refusing it at the first failed check, cheapest and least trusting first: size and header
 * (no key), addressee, decryption (age authenticates every byte), container, the signature with the TRUSTED key
 * of the claimed signer (never the key the manifest names), then every signed statement against what is carried.
 * Nothing is parsed beyond a size-limited JSON read before the signature has been checked.
 */
export async function openPackage(bytes: Uint8Array, options: OpenOptions): Promise<OpenedPackage> {
  const header = readPackageHeader(bytes);
  if (options.as === 'recipient' && header.recipientFingerprint !== options.ownFingerprint)
    throw packageError('PACKAGE_NOT_FOR_THIS_UNIT', `gói gửi cho ${header.recipientFingerprint.slice(0, 16)}….`);
  const entries = decodeContainer(await decryptWith(options.ageIdentity, payloadOf(bytes)));
  const manifestBytes = entries['manifest.json'];
  const untrusted = parseCanonical(manifestBytes, 'manifest.json', 'PACKAGE_MALFORMED');
  const signerFingerprint = claimedSigner(untrusted);
  const signer = trustedKeyFor(signerFingerprint, options);
  const comments = verifyMinisign(entries['manifest.json.minisig'], manifestBytes, signer.key, signerFingerprint);
  if (comments.untrustedComment !== untrustedCommentFor(signerFingerprint))
    throw packageError('PACKAGE_SIGNATURE_INVALID', 'dòng chú thích không ký của chữ ký đã bị sửa.');

  const parsed = manifestSchema.safeParse(untrusted);
  if (!parsed.success) throw packageError('PACKAGE_MALFORMED', 'bản kê đã ký không đúng cấu trúc phiên bản 1.');
  const manifest: Manifest = parsed.data;
  const mismatch = (detail: string) => packageError('PACKAGE_CONTENT_MISMATCH', detail);
  if (manifest.sender.signingKey !== signer.signingPublic)
    throw mismatch('khóa ký ghi trong bản kê khác với khóa đã tin cậy của nơi gửi.');
  const headerProblem = headerMismatch(header, manifest);
  if (headerProblem) throw mismatch(headerProblem);
  if (comments.trustedComment !== trustedCommentFor(manifest))
    throw mismatch('chú thích tin cậy của chữ ký không đúng loại gói hoặc không khớp bản kê.');
  const auditIssue = auditProblem(manifest.audit);
  if (auditIssue) throw packageError('PACKAGE_MALFORMED', auditIssue);

  const recordsBytes = entries['records.json'];
  if (recordsBytes.length !== manifest.records.bytes || hash('sha256', recordsBytes, 'hex') !== manifest.records.sha256)
    throw mismatch('records.json khác với mã băm trong bản kê.');
  const records = decodeRecords(recordsBytes);
  if (records.length !== manifest.records.count) throw mismatch('số bản ghi khác với bản kê.');

  return {
    header,
    manifest,
    records,
    hash: packageHash(bytes),
    manifestJson: Buffer.from(manifestBytes).toString('utf8'),
    signature: Buffer.from(entries['manifest.json.minisig']).toString('utf8'),
  };
}
