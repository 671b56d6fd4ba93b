import type { AuditChange, AuditEventView, AuditFilter } from '../../core/domain/audit.ts';
import type { Sqlite } from '../connection.ts';
import { CLASSIFIED_COLUMNS } from './audited-tables.ts';
import { parseStoredFields } from './field-values.ts';

const MASK = '•••';

interface EventRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  change: string;
  hash: string;
}

/** Newest first, filtered; values come from audit_field_values (redacted ones shown as such, classified ones masked). */
export function listAuditEvents(sqlite: Sqlite, filter: AuditFilter, maskClassified: boolean): AuditEventView[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor) {
    where.push('(actor_name = ? OR actor_id = ?)');
    params.push(filter.actor, filter.actor);
  }
  if (filter.action) {
    where.push('action LIKE ?');
    params.push(`${filter.action}%`);
  }
  if (filter.entity) {
    where.push('(entity = ? OR entity_id = ?)');
    params.push(filter.entity, filter.entity);
  }
  if (filter.from) {
    where.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('at < ?');
    params.push(filter.to);
  }
  if (filter.beforeSeq) {
    where.push('seq < ?');
    params.push(filter.beforeSeq);
  }
  const sql = `SELECT seq, at, actor_id, actor_name, action, entity, entity_id, change, hash FROM audit_events
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  const events = sqlite.prepare(sql).all(...params, filter.limit) as EventRow[];
  const storedValues = sqlite.prepare('SELECT fields FROM audit_field_values WHERE seq = ?');
  const redactedAt = sqlite.prepare('SELECT 1 FROM audit_redactions WHERE seq = ? AND path = ?');

  return events.map((e) => {
    const change = JSON.parse(e.change) as AuditChange;
    const stored = parseStoredFields((storedValues.get(e.seq) as { fields: string } | undefined)?.fields);
    const rows = (change.rows ?? []).map((row, i) => {
      const fields = new Map<string, { field: string; before?: unknown; after?: unknown }>();
      for (const side of ['before', 'after'] as const) {
        for (const field of Object.keys(row[side] ?? {})) {
          const path = `rows.${i}.${side}.${field}`;
          const storedValue = stored[path];
          let value: unknown = storedValue
            ? JSON.parse(storedValue[1])
            : redactedAt.get(e.seq, path)
              ? '[đã xóa]'
              : '[thiếu]';
          if (maskClassified && CLASSIFIED_COLUMNS[row.table]?.includes(field)) value = MASK;
          const entry = fields.get(field) ?? { field };
          entry[side] = value;
          fields.set(field, entry);
        }
      }
      return { table: row.table, key: row.key, op: row.op, fields: [...fields.values()] };
    });
    return {
      seq: e.seq,
      at: e.at,
      actorId: e.actor_id,
      actorName: e.actor_name,
      action: e.action,
      entity: e.entity,
      entityId: e.entity_id,
      rows,
      info: change.info ?? null,
      hash: e.hash,
    };
  });
}
