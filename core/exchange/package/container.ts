import { MAX_MANIFEST_BYTES, MAX_RECORDS_BYTES, MAX_SIGNATURE_BYTES } from './limits.ts';
import { packageError, shownName } from './package-error.ts';

/**
 * The plaintext inside the age payload: exactly these entries, each once, in this order. Each entry is
 *   name length (1 byte) · name (ASCII) · data length (4 bytes, big-endian) · data
 * and nothing may follow the last one. Names are a whitelist, never paths: whoever later writes an entry to disk
 * cannot be steered to `../x` or `/etc/passwd` (path traversal), because no other name ever gets through.
 */
export const ENTRY_NAMES = ['manifest.json', 'manifest.json.minisig', 'records.json'] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];

const ENTRY_MAX: Record<EntryName, number> = {
  'manifest.json': MAX_MANIFEST_BYTES,
  'manifest.json.minisig': MAX_SIGNATURE_BYTES,
  'records.json': MAX_RECORDS_BYTES,
};

export interface RawEntry {
  name: string;
  data: Uint8Array;
}

export type Entries = Record<EntryName, Uint8Array>;

/** Writes entries as given. Seal passes the three known names; tests use it to build hostile containers. */
export function encodeEntries(entries: RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const lengths = Buffer.alloc(5 + nameBytes.length);
    lengths.writeUInt8(nameBytes.length, 0);
    lengths.set(nameBytes, 1);
    lengths.writeUInt32BE(data.length, 1 + nameBytes.length);
    parts.push(lengths, Buffer.from(data.buffer, data.byteOffset, data.length));
  }
  return Buffer.concat(parts);
}

export const encodeContainer = (entries: Entries): Uint8Array =>
  encodeEntries(ENTRY_NAMES.map((name) => ({ name, data: entries[name] })));

const isKnownName = (name: string): name is EntryName => (ENTRY_NAMES as readonly string[]).includes(name);

/**
 * Reads the container strictly. Every name is checked against the whitelist before anything else about it, so a
 * hostile name is reported as such wherever it stands (even as a fourth entry); then order, size and the end.
 */
export function decodeContainer(bytes: Uint8Array): Entries {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const found: Uint8Array[] = [];
  let at = 0;
  while (at < view.length) {
    const nameLength = view.readUInt8(at);
    if (nameLength === 0) throw packageError('PACKAGE_MALFORMED', 'mục không có tên hoặc thừa byte sau mục cuối.');
    if (at + 1 + nameLength > view.length) throw packageError('PACKAGE_MALFORMED', 'tên mục bị cắt.');
    const rawName = view.subarray(at + 1, at + 1 + nameLength);
    // latin1 maps each byte to one character, so this compares bytes with the (ASCII) whitelist: no decoding or
    // normalisation can turn a hostile name into a known one.
    const name = rawName.toString('latin1');
    if (!isKnownName(name))
      throw packageError('PACKAGE_ENTRY_NAME_INVALID', `mục "${shownName(rawName)}" không được phép.`);
    if (name !== ENTRY_NAMES[found.length])
      throw packageError('PACKAGE_MALFORMED', `mục ${name} lặp lại hoặc sai thứ tự.`);
    at += 1 + nameLength;
    if (at + 4 > view.length) throw packageError('PACKAGE_MALFORMED', `độ dài mục ${name} bị cắt.`);
    const length = view.readUInt32BE(at);
    at += 4;
    if (length > ENTRY_MAX[name])
      throw packageError('PACKAGE_TOO_LARGE', `mục ${name} ${length} byte, tối đa ${ENTRY_MAX[name]} byte.`);
    if (at + length > view.length) throw packageError('PACKAGE_MALFORMED', `mục ${name} bị cắt.`);
    found.push(view.subarray(at, at + length));
    at += length;
  }
  const [manifest, signature, records] = found;
  if (!manifest || !signature || !records)
    throw packageError('PACKAGE_MALFORMED', `thiếu mục ${ENTRY_NAMES[found.length] ?? ''}.`);
  return { 'manifest.json': manifest, 'manifest.json.minisig': signature, 'records.json': records };
}
