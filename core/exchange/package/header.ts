import { hash } from 'node:crypto';
import { MAX_FILE_BYTES } from './limits.ts';
import { packageError } from './package-error.ts';
import { PACKAGE_KINDS, type PackageHeader, type PackageKind } from './types.ts';

/**
 * The fixed header (67 bytes, big-endian integers):
 *   0  magic      8  89 'C' 'X' 'R' 'P' 'K' 'G' 0A  (0x89 and LF: a text-mode copy or a wrong file shows at once)
 *   8  version    1  only 1
 *   9  kind       1  1 incidents, 2 receipt
 *  10  flags      1  bit 0 training; all other bits must be 0
 *  11  sequence   4  per-destination sequence number, ≥ 1
 *  15  recipient 32  SHA-256 fingerprint of the recipient's public key file
 *  47  packageId 16  UUID
 *  63  payload    4  length of the age payload that follows; the file ends exactly there
 * Everything here is repeated in the signed manifest and compared on open, so the header cannot be altered unseen.
 */
export const MAGIC = Uint8Array.from([0x89, 0x43, 0x58, 0x52, 0x50, 0x4b, 0x47, 0x0a]);
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 67;
const KIND_CODES: Record<PackageKind, number> = { incidents: 1, receipt: 2 };
const FLAG_TRAINING = 0x01;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX64 = /^[0-9a-f]{64}$/;

export const isUuid = (text: string): boolean => UUID.test(text);
export const isFingerprint = (text: string): boolean => HEX64.test(text);

export function uuidToBytes(id: string): Uint8Array {
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Writes the header for a payload; the caller has checked every field (seal validates its input first). */
export function encodeHeader(header: Omit<PackageHeader, 'version'>): Uint8Array {
  const out = Buffer.alloc(HEADER_BYTES);
  out.set(MAGIC, 0);
  out.writeUInt8(FORMAT_VERSION, 8);
  out.writeUInt8(KIND_CODES[header.kind], 9);
  out.writeUInt8(header.training ? FLAG_TRAINING : 0, 10);
  out.writeUInt32BE(header.sequence, 11);
  out.set(Buffer.from(header.recipientFingerprint, 'hex'), 15);
  out.set(uuidToBytes(header.packageId), 47);
  out.writeUInt32BE(header.payloadLength, 63);
  return out;
}

/**
 * Reads and checks the header without any key. Strict: a wrong magic, any version but 1, an unknown kind or flag,
 * a payload length over the limit, a short file or a single byte after the payload are all refused.
 */
export function readPackageHeader(bytes: Uint8Array): PackageHeader {
  if (bytes.length > MAX_FILE_BYTES)
    throw packageError('PACKAGE_TOO_LARGE', `tệp ${bytes.length} byte, tối đa ${MAX_FILE_BYTES} byte.`);
  const magicSeen = bytes.subarray(0, MAGIC.length);
  if (!magicSeen.every((b, i) => b === MAGIC[i])) throw packageError('PACKAGE_MALFORMED', 'không có dấu hiệu gói.');
  if (bytes.length < MAGIC.length + 1) throw packageError('PACKAGE_TRUNCATED', 'tệp ngắn hơn phần đầu gói.');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // The version comes before every other field: another version may lay out the rest differently.
  const version = view.readUInt8(8);
  if (version !== FORMAT_VERSION)
    throw packageError('PACKAGE_VERSION_UNSUPPORTED', `phiên bản ${version}, ứng dụng chỉ đọc phiên bản 1.`);
  if (bytes.length < HEADER_BYTES) throw packageError('PACKAGE_TRUNCATED', 'tệp ngắn hơn phần đầu gói.');
  const kind = PACKAGE_KINDS.find((k) => KIND_CODES[k] === view.readUInt8(9));
  if (!kind) throw packageError('PACKAGE_MALFORMED', 'loại gói không xác định.');
  const flags = view.readUInt8(10);
  if ((flags & ~FLAG_TRAINING) !== 0) throw packageError('PACKAGE_MALFORMED', 'cờ không xác định trong phần đầu.');
  const sequence = view.readUInt32BE(11);
  if (sequence === 0) throw packageError('PACKAGE_MALFORMED', 'số thứ tự gói bằng 0.');
  const payloadLength = view.readUInt32BE(63);
  if (payloadLength > MAX_FILE_BYTES - HEADER_BYTES)
    throw packageError('PACKAGE_TOO_LARGE', `phần mã hóa khai báo ${payloadLength} byte.`);
  const expected = HEADER_BYTES + payloadLength;
  if (bytes.length < expected)
    throw packageError('PACKAGE_TRUNCATED', `thiếu ${expected - bytes.length} byte so với độ dài khai báo.`);
  if (bytes.length > expected)
    throw packageError('PACKAGE_MALFORMED', `thừa ${bytes.length - expected} byte sau phần mã hóa.`);
  return {
    version,
    kind,
    training: (flags & FLAG_TRAINING) !== 0,
    sequence,
    recipientFingerprint: Buffer.from(bytes.subarray(15, 47)).toString('hex'),
    packageId: bytesToUuid(bytes.subarray(47, 63)),
    payloadLength,
  };
}

/** The payload that follows a checked header. */
export const payloadOf = (bytes: Uint8Array): Uint8Array => bytes.subarray(HEADER_BYTES);

/** SHA-256 hex of the whole file: what import records to stay idempotent and what a receipt acknowledges. */
export const packageHash = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');
