import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
}

/** ~0.6 s per derivation on the target machines: that cost, not a lockout counter, is what slows offline guessing. */
export const DEFAULT_KDF: KdfParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

export interface WrappedKey {
  kdf: KdfParams;
  salt: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

function deriveKek(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  const maxmem = 128 * kdf.N * kdf.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/**
 * AES-256-GCM under a scrypt-derived key. The additional data binds the slot to its register and user, so a
 * slot copied into another register's keys file, or onto another user's entry, fails authentication.
 */
export async function wrapKey(masterKey: Buffer, secret: string, aad: string, kdf: KdfParams): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(secret, salt, kdf);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(masterKey), cipher.final()]);
  kek.fill(0);
  return {
    kdf,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The master key, or null when the secret (or the slot's binding) is wrong. */
export async function unwrapKey(slot: WrappedKey, secret: string, aad: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, Buffer.from(slot.salt, 'base64'), slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export const userSlotAad = (registerId: string, userId: string) => `cxr-slot-v1|${registerId}|user|${userId}`;
export const recoverySlotAad = (registerId: string) => `cxr-slot-v1|${registerId}|recovery`;
