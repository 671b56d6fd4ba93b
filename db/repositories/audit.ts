import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { digestForm, fieldValues, saltedDigest } from '../../core/domain/audit.ts';
import { chainHash, genesisHash } from '../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../core/domain/canonical-json.ts';
import type { AuditLog } from '../../core/ports/register-host.ts';
import { listAuditEvents } from '../audit/list.ts';
import { redactValue } from '../audit/redact.ts';
import { verifyAudit } from '../audit/verify.ts';
import { auditEvents, auditHead, auditValues } from '../schema/audit.ts';
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
      const seq = prev.seq + 1;
      const values = fieldValues(event.change).map((v) => ({ ...v, salt: randomBytes(16).toString('hex') }));
      const digests = new Map(values.map((v) => [v.path, saltedDigest(v.salt, v.value)]));
      const body = {
        seq,
        at,
        actorId: event.actor?.id ?? null,
        actorName: event.actor?.name ?? null,
        action: event.action,
        entity: event.entity,
        entityId: event.entityId,
        change: digestForm(event.change, digests),
      };
      const hash = chainHash(prev.hash, body);
      db.insert(auditEvents)
        .values({ ...body, change: canonicalJson(body.change), prevHash: prev.hash, hash })
        .run();
      for (const v of values) {
        db.insert(auditValues)
          .values({ seq, path: v.path, salt: v.salt, value: canonicalJson(v.value) })
          .run();
      }
      db.insert(auditHead)
        .values({ id: 1, seq, hash })
        .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash } })
        .run();
      return { seq, hash };
    },
    verify: (anchor) => verifyAudit(db.$client, registerId, anchor),
    list: (filter, maskClassified) => listAuditEvents(db.$client, filter, maskClassified),
    redact: (target) => redactValue(db.$client, target, head().seq + 1),
    newestAt: () => {
      const row = db.$client.prepare('SELECT max(at) AS at FROM audit_events').get() as { at: string | null };
      return row.at;
    },
  };
}
