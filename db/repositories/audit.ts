import { eq } from 'drizzle-orm';
import { chainHash, genesisHash } from '../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../core/domain/canonical-json.ts';
import type { AuditLog } from '../../core/ports/register-host.ts';
import { auditEvents, auditHead } from '../schema/audit.ts';
import type { Db } from './drizzle.ts';

/** Appends to the hash chain; callers run it inside the transaction of the change it records. */
export function auditLog(db: Db, registerId: string): AuditLog {
  function head() {
    const row = db.select().from(auditHead).where(eq(auditHead.id, 1)).get();
    return row ? { seq: row.seq, hash: row.hash } : { seq: 0, hash: genesisHash(registerId) };
  }
  return {
    head,
    append(event, at) {
      const prev = head();
      const body = {
        seq: prev.seq + 1,
        at,
        actorId: event.actor?.id ?? null,
        actorName: event.actor?.name ?? null,
        action: event.action,
        entity: event.entity,
        entityId: event.entityId,
        change: event.change ?? null,
      };
      const hash = chainHash(prev.hash, body);
      db.insert(auditEvents)
        .values({ ...body, change: canonicalJson(body.change), prevHash: prev.hash, hash })
        .run();
      db.insert(auditHead)
        .values({ id: 1, seq: body.seq, hash })
        .onConflictDoUpdate({ target: auditHead.id, set: { seq: body.seq, hash } })
        .run();
      return { seq: body.seq, hash };
    },
  };
}
