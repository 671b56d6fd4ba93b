import { AppError } from '../../core/domain/errors.ts';
import { type KeysFile, type RecoverySlot, slotSchema } from './keys-file.ts';
import { recoverySlotOf } from './vault.ts';
import { z } from 'zod';

/**
 * The block printed on the recovery sheet under the code: the recovery slot itself, so that the sheet alone
 * (code + block) opens the register even if the keys file is lost. It holds no secret without the code.
 */
const kitSchema = z.object({
  v: z.literal(1),
  registerId: z.string().uuid(),
  epoch: z.number().int().min(1),
  slot: slotSchema,
});

export function recoveryKitOf(keys: KeysFile): string {
  const slot = recoverySlotOf(keys);
  if (!slot) throw new AppError('KEYS_FILE_INVALID', 'Tệp khóa không có ô khôi phục.');
  const { pendingSeal: _pending, ...stable } = slot;
  const json = JSON.stringify({ v: 1, registerId: keys.registerId, epoch: keys.epoch, slot: stable });
  // Groups of 64 characters so a person can copy or scan it line by line.
  return Buffer.from(json, 'utf8')
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
}

export function parseRecoveryKit(text: string): { registerId: string; epoch: number; slot: RecoverySlot } {
  try {
    const json = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
    const kit = kitSchema.parse(JSON.parse(json));
    if (kit.slot.kind !== 'recovery') throw new Error('not a recovery slot');
    return { registerId: kit.registerId, epoch: kit.epoch, slot: kit.slot };
  } catch {
    throw new AppError('VALIDATION', 'Khối dữ liệu khôi phục trên phiếu không đọc được; hãy chép lại đúng từng dòng.');
  }
}
