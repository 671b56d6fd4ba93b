import { randomBytes } from 'node:crypto';
import { ROW_SIDES, type SealedRowChange, sidePath } from '../../core/domain/audit.ts';
import { chainHash, genesisHash, saltedDigestOfJson } from '../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../core/domain/canonical-json.ts';
import type { AuditLog } from '../../core/ports/register-host.ts';
import { listAuditEvents } from '../audit/list.ts';
import { redactValue } from '../audit/redact.ts';
import { checkSinceLastCheckpoint, recordedChecks } from '../audit/checkpoint.ts';
import { type VerifyEnv, verifyAudit } from '../audit/verify.ts';
import type { Db } from './drizzle.ts';

/**
 * Appends to the hash chain; callers run it inside the transaction of the change it records. Every write path
 * goes through here, so its statements are prepared once: better-sqlite3 statements hold native memory that V8's
 * collector does not see, and preparing per call made memory grow with every event.
 */
export function auditLog(db: Db, registerId: string, workers?: VerifyEnv['workers']): AuditLog {
  const sqlite = db.$client;
  const env: VerifyEnv = { registerId, workers };
  const checks = recordedChecks(sqlite);
  let lastSeen: ReturnType<typeof checks.newest> = null;
  let lookedThrough = 0;
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
      const rows = event.change.rows ?? [];
      let sides = 0;
      for (const row of rows) sides += (row.before ? 1 : 0) + (row.after ? 1 : 0);
      // One call to the system's random source per event; one salt and one digest per row image (core/domain/audit.ts).
      const entropy = sides ? randomBytes(16 * sides) : null;
      const stored: string[] = [];
      let next = 0;
      const sealed = rows.map((row, i) => {
        const out: SealedRowChange = { table: row.table, key: row.key, op: row.op };
        for (const side of ROW_SIDES) {
          const values = row[side];
          if (!values || !entropy) continue;
          const salt = entropy.toString('hex', next * 16, next * 16 + 16);
          next++;
          const json = canonicalJson(values);
          out[side] = saltedDigestOfJson(salt, json);
          // The stored document is assembled from the canonical JSON already made for the digest.
          stored.push(`"${sidePath(i, side)}":["${salt}",${json}]`);
        }
        return out;
      });
      const change: { rows?: SealedRowChange[]; info?: Record<string, unknown> } = {};
      if (event.change.rows) change.rows = sealed;
      if (event.change.info) change.info = event.change.info;
      const body = {
        seq,
        at,
        actorId: event.actor?.id ?? null,
        actorName: event.actor?.name ?? null,
        action: event.action,
        entity: event.entity,
        entityId: event.entityId,
        change,
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
      if (stored.length) insertValues.run(seq, `{${stored.join(',')}}`);
      writeHead.run(seq, hash);
      return { seq, hash };
    },
    verify: (anchor, options) => verifyAudit(sqlite, env, anchor, options),
    checkIncremental: (options) => checkSinceLastCheckpoint(sqlite, env, options),
    lastCheck() {
      // app.status asks often: only the events since the last look are read again.
      const headSeq = head().seq;
      if (headSeq > lookedThrough) {
        lastSeen = checks.newest(lookedThrough) ?? lastSeen;
        lookedThrough = headSeq;
      }
      if (!lastSeen) return null;
      const seq = lastSeen.info.problem?.seq;
      return { at: lastSeen.at, ok: lastSeen.info.ok, ...(seq !== undefined ? { seq } : {}) };
    },
    list: (filter, maskClassified) => listAuditEvents(sqlite, filter, maskClassified),
    redact: (target) => redactValue(sqlite, target, head().seq + 1),
    newestAt: () => (newest.get() as { at: string | null }).at,
  };
}
