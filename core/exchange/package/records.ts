import { canonicalJson } from '../../domain/canonical-json.ts';
import { MAX_RECORDS, MAX_RECORDS_BYTES } from './limits.ts';
import { packageError } from './package-error.ts';
import { checkPlainJson, JsonShapeError, parseCanonical } from './strict-json.ts';

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** records.json is an array of plain JSON objects; anything else (a bare string, a nested array) is refused. */
function checkRecordList(value: unknown): JsonRecord[] {
  if (!Array.isArray(value)) throw packageError('PACKAGE_RECORDS_INVALID', 'records.json không phải một danh sách.');
  if (value.length > MAX_RECORDS)
    throw packageError('PACKAGE_TOO_LARGE', `${value.length} bản ghi, tối đa ${MAX_RECORDS}.`);
  const index = value.findIndex((record) => !isRecord(record));
  if (index >= 0) throw packageError('PACKAGE_RECORDS_INVALID', `bản ghi thứ ${index + 1} không phải đối tượng JSON.`);
  return value as JsonRecord[];
}

/** The caller's records as the exact bytes of records.json, refused before anything is signed if they would be. */
export function encodeRecords(records: unknown): Uint8Array {
  const list = checkRecordList(records);
  try {
    checkPlainJson(list);
  } catch (e) {
    if (!(e instanceof JsonShapeError)) throw e;
    throw packageError(e.size ? 'PACKAGE_TOO_LARGE' : 'PACKAGE_RECORDS_INVALID', `bản ghi: ${e.message}.`);
  }
  const bytes = Buffer.from(canonicalJson(list), 'utf8');
  if (bytes.length > MAX_RECORDS_BYTES)
    throw packageError('PACKAGE_TOO_LARGE', `bản ghi ${bytes.length} byte, tối đa ${MAX_RECORDS_BYTES} byte.`);
  return bytes;
}

/** Reads records.json back under the same rules. */
export function decodeRecords(bytes: Uint8Array): JsonRecord[] {
  return checkRecordList(parseCanonical(bytes, 'records.json', 'PACKAGE_RECORDS_INVALID'));
}
