import {
  type KdfParams,
  newSlotKeyPair,
  openSealedKey,
  type SealedKey,
  sealAad,
  sealMasterKey,
  secretAad,
  slotId,
  unwrapSecret,
  wrapSecret,
} from './key-slots.ts';
import type { KeysFile, RecoverySlot, Slot, UserSlot } from './keys-file.ts';
import { userKeyOf } from './keys-file.ts';

/** Pure operations on a keys file: each returns a new value; the caller writes it atomically. */

async function makeSlot<T extends { kind: 'user'; userId: string } | { kind: 'recovery' }>(
  registerId: string,
  epoch: number,
  master: Buffer,
  secret: string,
  kdf: KdfParams,
  who: T,
) {
  const id = slotId(who);
  const { priv, pub } = newSlotKeyPair();
  try {
    const wrapped = await wrapSecret(priv, secret, secretAad(registerId, id), kdf);
    return { pub, secret: wrapped, seal: sealMasterKey(master, pub, sealAad(registerId, id, epoch)) };
  } finally {
    priv.fill(0);
  }
}

export async function newKeysFile(args: {
  registerId: string;
  master: Buffer;
  admin: { id: string; name: string; password: string };
  recoveryCode: string;
  kdf: KdfParams;
}): Promise<KeysFile> {
  const { registerId, master, admin, kdf } = args;
  const user = await makeSlot(registerId, 1, master, admin.password, kdf, { kind: 'user', userId: admin.id });
  const recovery = await makeSlot(registerId, 1, master, args.recoveryCode, kdf, { kind: 'recovery' });
  return {
    format: 'cxr-keys',
    version: 1,
    registerId,
    epoch: 1,
    slots: [
      { kind: 'user', userId: admin.id, userKey: userKeyOf(admin.name), ...user },
      { kind: 'recovery', ...recovery },
    ],
    failures: { streaks: {}, unaudited: [] },
  };
}

/**
 * Opens a slot with its secret: first the current seal, then a pending one (a re-key interrupted after the
 * register changed key but before the keys file was finished). Returns every candidate master key in that order.
 */
async function openSlot(keys: KeysFile, slot: Slot, secret: string): Promise<Buffer[] | null> {
  const id = slotId(slot);
  const priv = await unwrapSecret(slot.secret, secret, secretAad(keys.registerId, id));
  if (!priv) return null;
  try {
    const candidates: Buffer[] = [];
    const current = openSealedKey(slot.seal, priv, slot.pub, sealAad(keys.registerId, id, keys.epoch));
    if (current) candidates.push(current);
    if (slot.pendingSeal) {
      const pending = openSealedKey(slot.pendingSeal, priv, slot.pub, sealAad(keys.registerId, id, keys.epoch + 1));
      if (pending) candidates.push(pending);
    }
    return candidates.length ? candidates : null;
  } finally {
    priv.fill(0);
  }
}

export function findUserSlot(keys: KeysFile, userName: string): UserSlot | undefined {
  const key = userKeyOf(userName);
  return keys.slots.find((s): s is UserSlot => s.kind === 'user' && s.userKey === key);
}

export function recoverySlotOf(keys: KeysFile): RecoverySlot | undefined {
  return keys.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
}

export const openUserSlot = (keys: KeysFile, slot: UserSlot, password: string) => openSlot(keys, slot, password);
export const openRecoverySlot = (keys: KeysFile, slot: RecoverySlot, code: string) => openSlot(keys, slot, code);

/** Gives a user a fresh slot (new key pair) for a new password; any older slot of that user is dropped. */
export async function withUserSlot(
  keys: KeysFile,
  master: Buffer,
  user: { id: string; name: string },
  password: string,
  kdf: KdfParams,
): Promise<KeysFile> {
  const fresh = await makeSlot(keys.registerId, keys.epoch, master, password, kdf, { kind: 'user', userId: user.id });
  const others = keys.slots.filter((s) => !(s.kind === 'user' && s.userId === user.id));
  return { ...keys, slots: [...others, { kind: 'user', userId: user.id, userKey: userKeyOf(user.name), ...fresh }] };
}

export function withoutUserSlot(keys: KeysFile, userId: string): KeysFile {
  return { ...keys, slots: keys.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)) };
}

/** Step 1 of a re-key: seal the new master key to every slot, next to the current seal. No password needed. */
export function withPendingSeals(keys: KeysFile, newMaster: Buffer): KeysFile {
  const seal = (slot: Slot): SealedKey =>
    sealMasterKey(newMaster, slot.pub, sealAad(keys.registerId, slotId(slot), keys.epoch + 1));
  return { ...keys, slots: keys.slots.map((s) => ({ ...s, pendingSeal: seal(s) })) };
}

/** Step 2, after the register itself has the new key: the pending seals become the only seals. */
export function promotePendingSeals(keys: KeysFile): KeysFile {
  return {
    ...keys,
    epoch: keys.epoch + 1,
    slots: keys.slots.map(({ pendingSeal, ...s }) => ({ ...s, seal: pendingSeal ?? s.seal })),
  };
}
