import { canonicalJson } from '../../domain/canonical-json.ts';
import { MAX_JSON_DEPTH, MAX_KEY_LENGTH, MAX_STRING_LENGTH } from './limits.ts';
import { type PackageErrorCode, packageError } from './package-error.ts';

/** Why a value is not acceptable JSON for a package; `size` problems become PACKAGE_TOO_LARGE. */
export class JsonShapeError extends Error {
  readonly size: boolean;
  constructor(message: string, size: boolean) {
    super(message);
    this.size = size;
  }
}

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Walks a value and refuses anything that is not plain JSON within the limits: too deep, too long a string or key,
 * a non-finite number, undefined, a Date, a class instance, a sparse array, or a `__proto__` key (which would
 * reach the prototype if a caller ever copied the record with Object.assign).
 */
export function checkPlainJson(value: unknown, depth = 0): void {
  if (depth > MAX_JSON_DEPTH) throw new JsonShapeError(`lồng sâu quá ${MAX_JSON_DEPTH} mức`, true);
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new JsonShapeError('số không hữu hạn', false);
    return;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH) throw new JsonShapeError(`chuỗi dài hơn ${MAX_STRING_LENGTH} ký tự`, true);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value)) throw new JsonShapeError('mảng có chỗ trống', false);
      checkPlainJson(value[i], depth + 1);
    }
    return;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key.length > MAX_KEY_LENGTH) throw new JsonShapeError(`tên trường dài hơn ${MAX_KEY_LENGTH} ký tự`, true);
      if (key === '__proto__') throw new JsonShapeError('tên trường __proto__ không được phép', false);
      checkPlainJson(child, depth + 1);
    }
    return;
  }
  throw new JsonShapeError(`giá trị kiểu ${typeof value} không phải JSON`, false);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Parses bytes that must be exactly the RFC 8785 canonical JSON of the value they hold. One value has one byte
 * form: duplicate keys, whitespace, `1.0`, a byte-order mark or invalid UTF-8 are refused, so what was hashed and
 * signed is the only thing that can be read.
 */
export function parseCanonical(bytes: Uint8Array, what: string, invalid: PackageErrorCode): unknown {
  let text: string;
  let value: unknown;
  try {
    text = utf8.decode(bytes);
    value = JSON.parse(text);
  } catch {
    throw packageError(invalid, `${what} không phải JSON UTF-8 hợp lệ.`);
  }
  try {
    checkPlainJson(value);
  } catch (e) {
    if (!(e instanceof JsonShapeError)) throw e;
    throw packageError(e.size ? 'PACKAGE_TOO_LARGE' : invalid, `${what}: ${e.message}.`);
  }
  if (canonicalJson(value) !== text) throw packageError(invalid, `${what} không ở dạng JSON chuẩn tắc (RFC 8785).`);
  return value;
}
