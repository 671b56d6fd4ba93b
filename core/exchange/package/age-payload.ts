import { Decrypter, Encrypter, identityToRecipient } from 'age-encryption';
import { AppError } from '../../domain/errors.ts';
import { packageError } from './package-error.ts';

/** Encrypts to every recipient in the standard age format (binary, not armored), readable by the `age` CLI. */
export async function encryptTo(recipients: string[], plaintext: Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  try {
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    return await encrypter.encrypt(plaintext);
  } catch {
    throw new AppError('VALIDATION', 'Khóa nhận (age1…) của một đơn vị không đúng dạng.');
  }
}

/**
 * Decrypts with the unit's identity. Any failure — not our key, a changed byte (age authenticates every chunk and
 * the header), a cut payload — is one refusal: nothing of a payload that failed authentication is ever used.
 */
export async function decryptWith(identity: string, payload: Uint8Array): Promise<Uint8Array> {
  // The library only parses an identity when it decrypts: check ours first, so a broken local key is never
  // reported as a damaged package.
  try {
    await identityToRecipient(identity);
  } catch {
    throw new AppError('VALIDATION', 'Khóa giải mã (AGE-SECRET-KEY-1…) của đơn vị không đúng dạng.');
  }
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return await decrypter.decrypt(payload);
  } catch (e) {
    const reason = e instanceof Error && /no identity matched/.test(e.message) ? 'không mã hóa cho khóa này' : 'hỏng';
    throw packageError('PACKAGE_DECRYPT_FAILED', `phần mã hóa ${reason}.`);
  }
}
