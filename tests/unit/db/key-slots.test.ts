import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  newSlotKeyPair,
  openSealedKey,
  sealAad,
  sealMasterKey,
  secretAad,
  unwrapSecret,
  wrapSecret,
} from '../../../db/keys/key-slots.ts';
import { TEST_KDF } from '../../support/temp-register.ts';

describe('key slot crypto', () => {
  it('wraps a slot private key under a password and seals the master key to its public key', async () => {
    const master = randomBytes(32);
    const { priv, pub } = newSlotKeyPair();
    const wrapped = await wrapSecret(priv, 'mật khẩu dài', secretAad('reg', 'user|u1'), TEST_KDF);
    const sealed = sealMasterKey(master, pub, sealAad('reg', 'user|u1', 1));
    const again = await unwrapSecret(wrapped, 'mật khẩu dài'.normalize('NFD'), secretAad('reg', 'user|u1'));
    expect(again?.equals(priv)).toBe(true);
    expect(openSealedKey(sealed, again ?? Buffer.alloc(32), pub, sealAad('reg', 'user|u1', 1))?.equals(master)).toBe(
      true,
    );
  });

  it('fails closed on a wrong password, a moved slot, a wrong epoch or another slot’s private key', async () => {
    const master = randomBytes(32);
    const a = newSlotKeyPair();
    const b = newSlotKeyPair();
    const wrapped = await wrapSecret(a.priv, 'dung', secretAad('reg', 'user|a'), TEST_KDF);
    expect(await unwrapSecret(wrapped, 'sai', secretAad('reg', 'user|a'))).toBeNull();
    expect(await unwrapSecret(wrapped, 'dung', secretAad('reg', 'user|b'))).toBeNull();
    expect(await unwrapSecret(wrapped, 'dung', secretAad('other', 'user|a'))).toBeNull();
    const sealed = sealMasterKey(master, a.pub, sealAad('reg', 'user|a', 1));
    expect(openSealedKey(sealed, a.priv, a.pub, sealAad('reg', 'user|a', 2))).toBeNull();
    expect(openSealedKey(sealed, b.priv, b.pub, sealAad('reg', 'user|a', 1))).toBeNull();
    const flipped = {
      ...sealed,
      ciphertext: Buffer.from(Buffer.from(sealed.ciphertext, 'base64').map((x, i) => (i === 0 ? x ^ 1 : x))).toString(
        'base64',
      ),
    };
    expect(openSealedKey(flipped as typeof sealed, a.priv, a.pub, sealAad('reg', 'user|a', 1))).toBeNull();
  });
});
