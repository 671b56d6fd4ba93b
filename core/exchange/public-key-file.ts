import { hash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../domain/canonical-json.ts';
import { AppError } from '../domain/errors.ts';

/**
 * A unit's public key file, exchanged by hand: the unit's name and mode and both public keys. Its fingerprint is the
 * SHA-256 of the file's exact bytes, printed on the key sheet so a partner can compare it before trusting the file.
 */
export const publicKeyFileSchema = z
  .object({
    format: z.literal('cxr-public-key'),
    version: z.literal(1),
    unitName: z.string().min(1).max(200),
    mode: z.enum(['unit', 'receiver']),
    signingKey: z.string().regex(/^ed25519:[A-Za-z0-9+/]{43}=$/),
    ageRecipient: z.string().regex(/^age1[0-9a-z]{58}$/),
  })
  .strict();

export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

/** The exact bytes of the file: canonical JSON and a newline, so the same keys always give the same fingerprint. */
export const publicKeyFileText = (file: PublicKeyFile): string => `${canonicalJson(file)}\n`;

export const fingerprintOf = (text: string): string => hash('sha256', Buffer.from(text, 'utf8'), 'hex');

/** The fingerprint as printed for people to compare: 16 groups of four hex digits. */
export const groupedFingerprint = (hex: string): string => hex.match(/.{4}/g)?.join(' ') ?? hex;

/** Parses a partner's file; refuses anything that is not exactly a version-1 public key file. */
export function parsePublicKeyFile(text: string): PublicKeyFile {
  if (text.length > 4096) throw new AppError('VALIDATION', 'Tệp khóa công khai quá lớn.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'Tệp khóa công khai không đọc được (không phải JSON).');
  }
  const parsed = publicKeyFileSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('VALIDATION', 'Tệp không phải tệp khóa công khai của Sổ trao đổi tin mật (phiên bản 1).');
  return parsed.data;
}
