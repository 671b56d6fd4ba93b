import { randomFillSync } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, the version and variant, then 74 random bits. Item ids
 * stay opaque to everyone, but ids that grow with time keep the unique index on items.id appending at its right
 * edge: a random (version 4) id dirties a random leaf page per registration, and on an encrypted register every
 * dirtied page is encrypted again at commit (docs/PERFORMANCE.md). The time is the call's own clock time.
 */
export function timeOrderedUuid(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  const bytes = randomFillSync(Buffer.alloc(16));
  bytes.writeUIntBE(Number.isFinite(ms) && ms >= 0 ? ms : 0, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
