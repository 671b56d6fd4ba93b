/**
 * Sealed hand-carry packages (issue 6): one file per export, encrypted with age to the receiver and to the unit
 * itself, signed with minisign. A pure codec over bytes; storage, trust lists and import are the services'.
 * Format: docs/PACKAGE-FORMAT.md.
 */
export { packageFileName, type PackageNameParts } from './file-name.ts';
export { HEADER_BYTES, MAGIC, packageHash, readPackageHeader } from './header.ts';
export * as packageLimits from './limits.ts';
export { type Manifest, manifestSchema } from './manifest.ts';
export { minisignPublicKeyText } from './minisign.ts';
export { openPackage } from './open.ts';
export { sealPackage } from './seal.ts';
export {
  KIND_TAGS,
  type OpenedPackage,
  type OpenOptions,
  PACKAGE_KINDS,
  type PackageHeader,
  type PackageKind,
  type PackageParty,
  type SealInput,
  type TrustedSigner,
} from './types.ts';
