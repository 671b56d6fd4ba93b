import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import { rawPublicKey } from './ed25519-keys.ts';
import { packageError } from './package-error.ts';

/**
 * Minisign signatures (https://jedisct1.github.io/minisign/), so anyone can check a manifest with the standard
 * tool: `minisign -V -p unit.pub -m manifest.json -x manifest.json.minisig`. Only the prehashed algorithm `ED`
 * (Ed25519 over BLAKE2b-512 of the file) is made or accepted. The key id is the first 8 bytes of the unit's
 * fingerprint, so a signature names the public key file it belongs to.
 */
const ALGORITHM = Buffer.from('ED', 'ascii');
const UNTRUSTED = 'untrusted comment: ';
const TRUSTED = 'trusted comment: ';
const MAX_COMMENT = 1024;

export const keyIdOf = (fingerprint: string): Buffer => Buffer.from(fingerprint.slice(0, 16), 'hex');

/** minisign prints key ids as the little-endian 64-bit number in upper-case hex. */
const keyIdText = (keyId: Buffer): string => Buffer.from(keyId).reverse().toString('hex').toUpperCase();

const blake2b512 = (data: Uint8Array): Buffer => createHash('blake2b512').update(data).digest();

/**
 * The untrusted comment this app writes. minisign does not sign it, so open.ts requires exactly this text: with a
 * deterministic, non-malleable Ed25519 signature the whole signature file then has one possible form, and a key
 * holder cannot re-wrap a genuine package into a different file (another package hash) that still opens.
 */
export const untrustedCommentFor = (fingerprint: string): string =>
  `cxr signature from key ${keyIdText(keyIdOf(fingerprint))}`;

export function signMinisign(message: Uint8Array, trustedComment: string, key: KeyObject, fingerprint: string) {
  const keyId = keyIdOf(fingerprint);
  const signature = sign(null, blake2b512(message), key);
  // The global signature binds the trusted comment to this signature, so the comment cannot be swapped.
  const global = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key);
  return [
    `${UNTRUSTED}${untrustedCommentFor(fingerprint)}`,
    Buffer.concat([ALGORITHM, keyId, signature]).toString('base64'),
    `${TRUSTED}${trustedComment}`,
    global.toString('base64'),
    '',
  ].join('\n');
}

/** The standard minisign public key file for a unit's signing key. */
export function minisignPublicKeyText(signingPublic: string, fingerprint: string): string {
  const raw = rawPublicKey(signingPublic);
  if (!raw || !/^[0-9a-f]{64}$/.test(fingerprint))
    throw new AppError('VALIDATION', 'Khóa ký công khai hoặc dấu vân tay không đúng dạng.');
  const keyId = keyIdOf(fingerprint);
  const body = Buffer.concat([Buffer.from('Ed', 'ascii'), keyId, raw]).toString('base64');
  return `${UNTRUSTED}minisign public key ${keyIdText(keyId)}\n${body}\n`;
}

/** Strict base64: only the canonical encoding of exactly `length` bytes. */
function base64Exact(text: string, length: number): Buffer | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.length === length && bytes.toString('base64') === text ? bytes : null;
}

const invalid = (detail: string) => packageError('PACKAGE_SIGNATURE_INVALID', detail);

/**
 * Checks a `.minisig` over `message` with the trusted key and returns both comments (only the trusted one is
 * signed). Strict layout: four LF-terminated lines, canonical base64, algorithm `ED`, the expected key id.
 */
export function verifyMinisign(signatureFile: Uint8Array, message: Uint8Array, key: KeyObject, fingerprint: string) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(signatureFile);
  } catch {
    throw invalid('tệp chữ ký không phải văn bản UTF-8.');
  }
  const lines = text.split('\n');
  const [untrusted, sigLine, trustedLine, globalLine, end] = lines;
  if (lines.length !== 5 || end !== '' || text.includes('\r') || globalLine === undefined)
    throw invalid('tệp chữ ký không đúng bố cục minisign.');
  if (!untrusted?.startsWith(UNTRUSTED) || untrusted.length > MAX_COMMENT || !trustedLine?.startsWith(TRUSTED))
    throw invalid('thiếu dòng chú thích của minisign.');
  const sigStruct = base64Exact(sigLine ?? '', 74);
  const global = base64Exact(globalLine, 64);
  if (!sigStruct || !global) throw invalid('chữ ký không đúng độ dài.');
  if (!sigStruct.subarray(0, 2).equals(ALGORITHM))
    throw invalid('thuật toán chữ ký không phải ED (Ed25519 + BLAKE2b).');
  if (!sigStruct.subarray(2, 10).equals(keyIdOf(fingerprint)))
    throw invalid('chữ ký được tạo bằng khóa khác với khóa của nơi gửi.');
  const signature = sigStruct.subarray(10);
  if (!verify(null, blake2b512(message), key, signature)) throw invalid('chữ ký không khớp với bản kê.');
  const trustedComment = trustedLine.slice(TRUSTED.length);
  if (!verify(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key, global))
    throw invalid('chú thích tin cậy đã bị sửa.');
  return { trustedComment, untrustedComment: untrusted.slice(UNTRUSTED.length) };
}
