import type { ErrorCode } from '../core/domain/errors.ts';

/** Documented in docs/CLI.md; scripts branch on these, so they never change meaning. */
export const EXIT = {
  ok: 0,
  other: 1,
  usage: 2,
  forbidden: 3,
  validation: 4,
  notFound: 5,
  integrity: 6,
  auth: 7,
  storage: 8,
  /** Stopped with Ctrl+C (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
    case 'WEAK_PASSWORD':
    case 'REGISTER_EXISTS':
    case 'PACKAGE_MALFORMED':
    case 'PACKAGE_TRUNCATED':
    case 'PACKAGE_VERSION_UNSUPPORTED':
    case 'PACKAGE_TOO_LARGE':
    case 'PACKAGE_NOT_FOR_THIS_UNIT':
    case 'PACKAGE_RECORDS_INVALID':
    case 'PACKAGE_ALREADY_IMPORTED':
    case 'PACKAGE_TRAINING_REFUSED':
    case 'PACKAGE_KIND_UNEXPECTED':
      return EXIT.validation;
    case 'FORBIDDEN':
      return EXIT.forbidden;
    case 'NOT_FOUND':
    case 'REGISTER_NOT_INITIALISED':
    case 'KEYS_FILE_MISSING':
      return EXIT.notFound;
    case 'INTEGRITY':
    case 'REGISTER_DAMAGED':
    case 'KEYS_FILE_INVALID':
    // A package that fails its cryptographic checks was damaged or tampered with on the way.
    case 'PACKAGE_DECRYPT_FAILED':
    case 'PACKAGE_ENTRY_NAME_INVALID':
    case 'PACKAGE_SIGNER_UNKNOWN':
    case 'PACKAGE_SIGNER_REVOKED':
    case 'PACKAGE_SIGNATURE_INVALID':
    case 'PACKAGE_CONTENT_MISMATCH':
    case 'PACKAGE_SEQUENCE_REPLAYED':
    case 'PACKAGE_CHAIN_REWRITTEN':
      return EXIT.integrity;
    case 'WRONG_CREDENTIALS':
    case 'LOCKED':
      return EXIT.auth;
    case 'UNKNOWN_CHANNEL':
    // The file needs a column mapping the command did not give (`--mapping`): a usage error, as before it was optional.
    case 'IMPORT_MAPPING_REQUIRED':
      return EXIT.usage;
    // The target medium is full, read-only, not writable for this user or failing: another folder or stick helps.
    case 'DISK_FULL':
    case 'READ_ONLY_MEDIA':
    case 'WRITE_DENIED':
    case 'MEDIA_WRITE_FAILED':
      return EXIT.storage;
    case 'CANCELLED':
      return EXIT.cancelled;
    default:
      return EXIT.other;
  }
}

/** A failure the CLI reports as one line on stderr, with its exit code. */
export class CliFailure extends Error {
  readonly exitCode: number;
  readonly code: string;
  constructor(code: string, message: string, exitCode: number) {
    super(message);
    this.code = code;
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string) => new CliFailure('USAGE', message, EXIT.usage);
