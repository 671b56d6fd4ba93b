import { AppError, ERROR_CODES, type ErrorCode } from '../../domain/errors.ts';

export type PackageErrorCode = Extract<ErrorCode, `PACKAGE_${string}`>;

/**
 * A refusal of a package: the stable code, its Vietnamese message and, when known, one plain detail of what was
 * found (never the attacker's bytes verbatim; see `shownName`).
 */
export function packageError(code: PackageErrorCode, detail?: string): AppError {
  return new AppError(code, detail ? `${ERROR_CODES[code]} Chi tiết: ${detail}` : ERROR_CODES[code]);
}

/**
 * A name from inside a package, shown in a message. Only printable ASCII survives and it is cut short, so a crafted
 * name cannot inject control characters, bidirectional overrides or a wall of text into the screen or a log line.
 */
export function shownName(raw: Uint8Array): string {
  const text = Array.from(raw.subarray(0, 60), (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?')).join('');
  return raw.length > 60 ? `${text}…` : text;
}
