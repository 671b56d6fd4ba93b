import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
} from 'node:crypto';

/**
 * Key slots, two layers (LUKS-like, with one change so that re-keying needs no one's password):
 *  - each slot owns an X25519 key pair; its private key is wrapped by the user's password (scrypt -> AES-256-GCM);
 *  - the register's master key is sealed to the slot's public key (ephemeral X25519 + HKDF -> AES-256-GCM).
 * Unlock: password -> private key -> master key. Re-keying seals the new master key to every slot's public key
 * without any password, so an old copy of a slot opens only the old key.
 */

export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
}

/** ~0.6 s and 128 MiB per derivation on the target machines: that cost, not a lockout, slows offline guessing. */
export const DEFAULT_KDF: KdfParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

/** A 32-byte secret wrapped under a password-derived key. */
export interface WrappedSecret {
  kdf: KdfParams;
  salt: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** The master key sealed to a slot's public key. */
export interface SealedKey {
  ephemeralPub: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

function deriveKek(secret: string, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  const maxmem = 128 * kdf.N * kdf.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function gcmSeal(key: Buffer, plaintext: Buffer, aad: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: b64(iv), ciphertext: b64(ciphertext), tag: b64(cipher.getAuthTag()) };
}

/** The plaintext, or null when the key, the data or the additional data is wrong. */
function gcmOpen(key: Buffer, box: { iv: string; ciphertext: string; tag: string }, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, unb64(box.iv));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(unb64(box.tag));
    return Buffer.concat([decipher.update(unb64(box.ciphertext)), decipher.final()]);
  } catch {
    return null;
  }
}

export async function wrapSecret(
  secret32: Buffer,
  password: string,
  aad: string,
  kdf: KdfParams,
): Promise<WrappedSecret> {
  const salt = randomBytes(16);
  const kek = await deriveKek(password, salt, kdf);
  try {
    return { kdf, salt: b64(salt), ...gcmSeal(kek, secret32, aad) };
  } finally {
    kek.fill(0);
  }
}

export async function unwrapSecret(wrapped: WrappedSecret, password: string, aad: string): Promise<Buffer | null> {
  const kek = await deriveKek(password, unb64(wrapped.salt), wrapped.kdf);
  try {
    const secret = gcmOpen(kek, wrapped, aad);
    return secret?.length === 32 ? secret : null;
  } finally {
    kek.fill(0);
  }
}

// Fixed DER prefixes of X25519 PKCS#8 and SPKI (RFC 8410): raw 32-byte keys in, KeyObjects out.
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');
const toPrivateKey = (raw: Buffer) =>
  createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: 'der', type: 'pkcs8' });
const toPublicKey = (raw: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_X25519, raw]), format: 'der', type: 'spki' });

function rawKeyPair(): { priv: Buffer; pub: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const priv = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_X25519.length);
  const pub = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length);
  return { priv: Buffer.from(priv), pub: Buffer.from(pub) };
}

/** A fresh slot key pair: the private half is wrapped by a password, the public half receives sealed master keys. */
export function newSlotKeyPair(): { priv: Buffer; pub: string } {
  const { priv, pub } = rawKeyPair();
  return { priv, pub: b64(pub) };
}

function sealKey(shared: Buffer, ephemeralPub: Buffer, recipientPub: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPub, recipientPub]), 'cxr-master-seal-v1', 32));
}

export function sealMasterKey(master: Buffer, recipientPubB64: string, aad: string): SealedKey {
  const recipientPub = unb64(recipientPubB64);
  const eph = rawKeyPair();
  const shared = diffieHellman({ privateKey: toPrivateKey(eph.priv), publicKey: toPublicKey(recipientPub) });
  const key = sealKey(shared, eph.pub, recipientPub);
  eph.priv.fill(0);
  try {
    return { ephemeralPub: b64(eph.pub), ...gcmSeal(key, master, aad) };
  } finally {
    key.fill(0);
    shared.fill(0);
  }
}

export function openSealedKey(sealed: SealedKey, priv: Buffer, recipientPubB64: string, aad: string): Buffer | null {
  const ephemeralPub = unb64(sealed.ephemeralPub);
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: toPrivateKey(priv), publicKey: toPublicKey(ephemeralPub) });
  } catch {
    return null;
  }
  const key = sealKey(shared, ephemeralPub, unb64(recipientPubB64));
  try {
    const master = gcmOpen(key, sealed, aad);
    return master?.length === 32 ? master : null;
  } finally {
    key.fill(0);
    shared.fill(0);
  }
}

/** Additional data binds each layer to its register, slot and (for seals) key epoch: nothing can be moved. */
export const slotId = (slot: { kind: 'user'; userId: string } | { kind: 'recovery' }) =>
  slot.kind === 'user' ? `user|${slot.userId}` : 'recovery';
export const secretAad = (registerId: string, id: string) => `cxr-slot-secret-v1|${registerId}|${id}`;
export const sealAad = (registerId: string, id: string, epoch: number) =>
  `cxr-slot-seal-v1|${registerId}|${id}|${epoch}`;
