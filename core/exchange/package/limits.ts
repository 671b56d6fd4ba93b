/**
 * Every size a package may have, checked before the bytes are trusted. A package comes from outside this computer
 * on a hand-carried stick: the limits stop a crafted file from exhausting memory or time (a "zip bomb" of JSON).
 */
const MiB = 1024 * 1024;

/** The whole file; checked first, before any parsing or decryption. */
export const MAX_FILE_BYTES = 64 * MiB;

/** Per entry inside the encrypted container. */
export const MAX_MANIFEST_BYTES = 24 * MiB;
export const MAX_SIGNATURE_BYTES = 4096;
export const MAX_RECORDS_BYTES = 48 * MiB;

/** Records: how many, how deep, how long a string or key may be. */
export const MAX_RECORDS = 100_000;
export const MAX_JSON_DEPTH = 16;
export const MAX_STRING_LENGTH = 1 * MiB;
export const MAX_KEY_LENGTH = 200;

/** Audit digests carried in one manifest (about 84 bytes each in canonical JSON). */
export const MAX_AUDIT_EVENTS = 250_000;

/** The per-destination sequence number is a u32 in the header. */
export const MAX_SEQUENCE = 0xffff_ffff;

/** A unit name, as in the public key file. */
export const MAX_UNIT_NAME = 200;
