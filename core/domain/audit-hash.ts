import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

export interface AuditEventBody {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  change: unknown;
}

const sha256 = (data: string | Buffer) => hash('sha256', data, 'buffer');

/** The chain starts from the register id, so two registers never share a chain even with equal events. */
export function genesisHash(registerId: string): string {
  return sha256(`cxr-audit-genesis-v1:${registerId}`).toString('hex');
}

/** hash = SHA-256(prev_hash || SHA-256(canonical event)), both as raw bytes, printed as hex. */
export function chainHash(prevHashHex: string, event: AuditEventBody): string {
  const eventDigest = sha256(canonicalJson(event));
  return sha256(Buffer.concat([Buffer.from(prevHashHex, 'hex'), eventDigest])).toString('hex');
}

/**
 * Each field value enters the chain only as SHA-256(salt ‖ canonical JSON(value)). Redaction deletes the value and
 * its 128-bit salt, so the chain still verifies and the digest cannot be brute-forced back to the value.
 */
export function saltedDigest(saltHex: string, value: unknown): string {
  return saltedDigestOfJson(saltHex, canonicalJson(value));
}

/** The same digest when the canonical JSON is already at hand (the append path serialises each value once). */
export function saltedDigestOfJson(saltHex: string, canonical: string): string {
  return hash('sha256', Buffer.concat([Buffer.from(saltHex, 'hex'), Buffer.from(canonical, 'utf8')]), 'hex');
}
