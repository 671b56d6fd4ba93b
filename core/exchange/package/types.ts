import type { Manifest } from './manifest.ts';

export type { Manifest };

/** What a package carries; its minisign trusted comment starts with the matching tag (see `KIND_TAGS`). */
export type PackageKind = 'incidents' | 'receipt';

export const PACKAGE_KINDS: readonly PackageKind[] = ['incidents', 'receipt'];

/** The trusted comment's first word names the kind, so a receipt's signature can never pass as a package's. */
export const KIND_TAGS: Record<PackageKind, string> = {
  incidents: 'cxr-package-v1',
  receipt: 'cxr-receipt-v1',
};

/** A unit as identified by its public key file (fingerprint = SHA-256 hex of that file). */
export interface PackageParty {
  unitName: string;
  fingerprint: string;
  ageRecipient: string;
}

export interface AuditPoint {
  seq: number;
  hash: string;
}

export interface SealInput {
  kind: PackageKind;
  /** A UUID; written as 16 bytes in the header. */
  packageId: string;
  /** Per-destination sequence number, 1 … 2^32 − 1. */
  sequence: number;
  /** ISO 8601 time with Z or an offset. */
  createdAt: string;
  /** From a training register; a real receiver refuses such packages (the service decides, this carries the flag). */
  training: boolean;
  sender: PackageParty & { signingPrivate: string; signingPublic: string };
  recipient: PackageParty;
  /** The sender's audit-chain digests after the head the receiver last acknowledged (`since`), up to `head`. */
  audit: { since: AuditPoint | null; head: AuditPoint; events: AuditPoint[] };
  /** Plain JSON objects; their meaning and schema are the caller's. */
  records: Record<string, unknown>[];
}

/** The fixed, unencrypted header: what can be known about a package without any key. */
export interface PackageHeader {
  version: number;
  kind: PackageKind;
  training: boolean;
  sequence: number;
  recipientFingerprint: string;
  packageId: string;
  payloadLength: number;
}

export interface TrustedSigner {
  signingPublic: string;
  revoked: boolean;
}

export interface OpenOptions {
  /**
   * 'recipient': the package must be addressed to `ownFingerprint`. 'sender': the unit reading back its own package
   * (decrypts with its own identity, the recipient check is skipped, and the signer must be `ownFingerprint`).
   */
  as: 'recipient' | 'sender';
  ownFingerprint: string;
  ageIdentity: string;
  /** Trusted keys by fingerprint. In 'sender' mode it must also answer for `ownFingerprint` with the unit's own key. */
  signerKey(fingerprint: string): TrustedSigner | null;
}

export interface OpenedPackage {
  header: PackageHeader;
  manifest: Manifest;
  records: Record<string, unknown>[];
  /** SHA-256 hex of the whole file (`packageHash`). */
  hash: string;
  /** The signed manifest and its minisign signature exactly as carried, to keep as evidence anyone can re-check. */
  manifestJson: string;
  signature: string;
}
