import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../core/domain/errors.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(512);

const wrappedSecretSchema = z.object({
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
  salt: b64,
  iv: b64,
  ciphertext: b64,
  tag: b64,
});

const sealedKeySchema = z.object({ ephemeralPub: b64, iv: b64, ciphertext: b64, tag: b64 });

const slotFields = {
  pub: b64,
  secret: wrappedSecretSchema,
  seal: sealedKeySchema,
  /** During a re-key: the new master key, sealed before the register is re-keyed, promoted after. */
  pendingSeal: sealedKeySchema.optional(),
};

const userSlotSchema = z.object({
  kind: z.literal('user'),
  userId: z.string().min(1).max(64),
  /** Lower-cased NFC login name: the slot to try is chosen before the register can be read. */
  userKey: z.string().min(1).max(64),
  ...slotFields,
});

const recoverySlotSchema = z.object({ kind: z.literal('recovery'), ...slotFields });

export const slotSchema = z.discriminatedUnion('kind', [userSlotSchema, recoverySlotSchema]);

const failureSchema = z.object({ userName: z.string().max(256), at: z.string().max(40) });

export const keysFileSchema = z
  .object({
    format: z.literal('cxr-keys'),
    version: z.literal(1),
    registerId: z.string().uuid(),
    /** Increments at every re-key; bound into each seal so an old seal cannot pass for a new one. */
    epoch: z.number().int().min(1),
    slots: z.array(slotSchema).max(1000),
    /**
     * Failed unlocks, kept here because nothing else can be written before the register is open. `streaks` drives
     * the delays and the lockout; `unaudited` is copied into the audit chain at the next successful unlock.
     */
    failures: z.object({
      streaks: z.record(z.string(), z.object({ count: z.number().int().min(0), lastAt: z.string() })),
      unaudited: z.array(failureSchema).max(1000),
    }),
  })
  .strict();

export type KeysFile = z.infer<typeof keysFileSchema>;
export type Slot = z.infer<typeof slotSchema>;
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
