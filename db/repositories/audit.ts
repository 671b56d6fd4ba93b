import { randomBytes } from 'node:crypto';
import { digestForm, fieldValues } from '../../core/domain/audit.ts';
import { saltedDigestOfJson } from '../../core/domain/audit-hash.ts';
import { chainHash, genesisHash } from '../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../core/domain/canonical-json.ts';
import type { AuditLog } from '../../core/ports/register-host.ts';
import { listAuditEvents } from '../audit/list.ts';
import { redactValue } from '../audit/redact.ts';
import { verifyAudit } from '../audit/verify.ts';
import type { Db } from './drizzle.ts';

/**
 * Appends to the hash chain; callers run it inside the transaction of the change it records. Every write path
 * goes through here, so its statements are prepared once: better-sqlite3 statements hold native memory that V8's
 * collector does not see, and preparing per call made memory grow with every event.
 */
export function auditLog(db: Db, registerId: string): AuditLog {
  const sqlite = db.$client;
  const readHead = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1');
  const insertEvent = sqlite.prepare(
    'INSERT INTO audit_events (seq, at, actor_id, actor_name, action, entity, entity_id, change, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertValues = sqlite.prepare('INSERT INTO audit_field_values (seq, fields) VALUES (?, ?)');
  const writeHead = sqlite.prepare(
    'INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
  );
  const newest = sqlite.prepare('SELECT max(at) AS at FROM audit_events');

  function head() {
    const row = readHead.get() as { seq: number; hash: string } | undefined;
    return row ?? { seq: 0, hash: genesisHash(registerId) };
  }
  return {
    head,
    append(event, at) {
      const prev = head();
      const seq = prev.seq + 1;
      const fields = fieldValues(event.change);
      // One call to the system's random source per event, not one per field.
      const entropy = randomBytes(16 * fields.length);
      const values = fields.map((v, i) => ({
        path: v.path,
        salt: entropy.toString('hex', i * 16, i * 16 + 16),
        json: canonicalJson(v.value),
      }));
      const digests = new Map(values.map((v) => [v.path, saltedDigestOfJson(v.salt, v.json)]));
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
      insertEvent.run(
        seq,
        at,
        body.actorId,
        body.actorName,
        body.action,
        body.entity,
        body.entityId,
        canonicalJson(body.change),
        prev.hash,
        hash,
      );
      if (values.length) {
        insertValues.run(seq, JSON.stringify(Object.fromEntries(values.map((v) => [v.path, [v.salt, v.json]]))));
      }
      writeHead.run(seq, hash);
      return { seq, hash };
    },
    verify: (anchor) => verifyAudit(sqlite, registerId, anchor),
    list: (filter, maskClassified) => listAuditEvents(sqlite, filter, maskClassified),
    redact: (target) => redactValue(sqlite, target, head().seq + 1),
    newestAt: () => (newest.get() as { at: string | null }).at,
  };
}
