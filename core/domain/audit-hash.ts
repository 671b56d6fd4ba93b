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
