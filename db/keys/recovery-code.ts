import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a code copied by hand from paper is hard to misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BITS = 160;

/** 160 random bits as 32 characters in groups of four: XXXX-XXXX-…; printed once for the unit's safe. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(CODE_BITS / 8);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** Accepts the code as a person types it: any case, spaces or dashes, O for 0, I/L for 1. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
