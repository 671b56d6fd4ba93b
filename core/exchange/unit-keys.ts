import { generateKeyPairSync } from 'node:crypto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';

export interface GeneratedUnitKeys {
  signingPrivate: string;
  signingPublic: string;
  ageIdentity: string;
  ageRecipient: string;
}

/** Fresh keys for this installation: Ed25519 (node:crypto) to sign, X25519 in the age format to receive. */
export async function generateUnitKeys(): Promise<GeneratedUnitKeys> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const ageIdentity = await generateX25519Identity();
  return {
    signingPrivate: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    signingPublic: `ed25519:${rawPublic.toString('base64')}`,
    ageIdentity,
    ageRecipient: await identityToRecipient(ageIdentity),
  };
}
