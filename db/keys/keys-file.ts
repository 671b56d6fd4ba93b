import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../core/domain/errors.ts';
import { writeFileAtomic } from './atomic-write.ts';

const wrappedKeySchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
  }),
  salt: z.string().min(1),
  iv: z.string().min(1),
  ciphertext: z.string().min(1),
  tag: z.string().min(1),
});

const userSlotSchema = wrappedKeySchema.extend({
  kind: z.literal('user'),
  userId: z.string().min(1),
  /** Lower-cased NFC login name: the slot to try is chosen before the register can be read. */
  userKey: z.string().min(1),
});

const recoverySlotSchema = wrappedKeySchema.extend({ kind: z.literal('recovery') });

export const keysFileSchema = z
  .object({
    format: z.literal('cxr-keys'),
    version: z.literal(1),
    registerId: z.string().uuid(),
    slots: z.array(z.discriminatedUnion('kind', [userSlotSchema, recoverySlotSchema])),
  })
  .strict();

export type KeysFile = z.infer<typeof keysFileSchema>;
export type UserSlot = z.infer<typeof userSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;

export const keysPathOf = (registerPath: string) => `${registerPath}.keys`;

export function userKeyOf(userName: string): string {
  return userName.normalize('NFC').trim().toLocaleLowerCase('vi');
}

export function readKeysFile(path: string): KeysFile {
  if (!existsSync(path)) throw new AppError('KEYS_FILE_MISSING');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('KEYS_FILE_INVALID');
  }
  const result = keysFileSchema.safeParse(parsed);
  if (!result.success) throw new AppError('KEYS_FILE_INVALID');
  return result.data;
}

export function writeKeysFile(path: string, keys: KeysFile): void {
  writeFileAtomic(path, `${JSON.stringify(keysFileSchema.parse(keys), null, 2)}\n`);
}
