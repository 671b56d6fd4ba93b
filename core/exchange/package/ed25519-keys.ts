import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';

const PUBLIC_FORM = /^ed25519:([A-Za-z0-9+/]{43}=)$/;

/** The raw 32 bytes of an `ed25519:<base64>` public key, or null when the text is not exactly that. */
export function rawPublicKey(signingPublic: string): Buffer | null {
  const match = PUBLIC_FORM.exec(signingPublic);
  if (!match?.[1]) return null;
  const raw = Buffer.from(match[1], 'base64');
  return raw.length === 32 && raw.toString('base64') === match[1] ? raw : null;
}

export function publicKeyObject(signingPublic: string): KeyObject | null {
  const raw = rawPublicKey(signingPublic);
  if (!raw) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}

/**
 * The unit's private key (base64 PKCS#8 DER), checked against the public key the manifest will name: a package
 * signed with one key while naming another would be refused by every receiver, so refuse to make it.
 */
export function signingKeyPair(signingPrivate: string, signingPublic: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(signingPrivate, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new AppError('VALIDATION', 'Khóa ký của đơn vị không đọc được.');
  }
  const derived = createPublicKey(key).export({ format: 'jwk' });
  const expected = rawPublicKey(signingPublic);
  if (key.asymmetricKeyType !== 'ed25519' || !expected || derived.x !== expected.toString('base64url'))
    throw new AppError('VALIDATION', 'Khóa ký riêng và khóa công khai của đơn vị không khớp nhau.');
  return key;
}
