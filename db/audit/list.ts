import {
  type AuditEventView,
  type AuditFilter,
  ROW_SIDES,
  type SealedRowChange,
  sidePath,
} from '../../core/domain/audit.ts';
import type { Sqlite } from '../connection.ts';
import { CLASSIFIED_COLUMNS } from './audited-tables.ts';
import { isStoredField, isStoredSide, parseStoredFields } from './field-values.ts';

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
  const redactedIn = sqlite.prepare('SELECT path FROM audit_redactions WHERE seq = ?').pluck();

  return events.map((e) => {
    const change = JSON.parse(e.change) as { rows?: SealedRowChange[]; info?: Record<string, unknown> };
    const stored = parseStoredFields((storedValues.get(e.seq) as { fields: string } | undefined)?.fields);
    const rows = (change.rows ?? []).map((row, i) => {
      const fields = new Map<string, { field: string; before?: unknown; after?: unknown }>();
      const show = (field: string, side: 'before' | 'after', shown: unknown) => {
        const value = maskClassified && CLASSIFIED_COLUMNS[row.table]?.includes(field) ? MASK : shown;
        const entry = fields.get(field) ?? { field };
        entry[side] = value;
        fields.set(field, entry);
      };
      for (const side of ROW_SIDES) {
        const sealed = row[side];
        if (sealed === undefined) continue;
        const path = sidePath(i, side);
        if (typeof sealed === 'string') {
          // A sealed image: its columns are the stored ones, plus those removed by redaction.
          const entry = stored[path];
          if (isStoredSide(entry)) for (const [field, value] of Object.entries(entry[1])) show(field, side, value);
          else show('*', side, '[thiếu]');
          for (const p of redactedIn.all(e.seq) as string[])
            if (p.startsWith(`${path}.`)) show(p.slice(path.length + 1), side, '[đã xóa]');
          continue;
        }
        for (const field of Object.keys(sealed)) {
          const fieldPath = `${path}.${field}`;
          const storedValue = stored[fieldPath];
          show(
            field,
            side,
            isStoredField(storedValue)
              ? JSON.parse(storedValue[1])
              : redactedAt.get(e.seq, fieldPath)
                ? '[đã xóa]'
                : '[thiếu]',
          );
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
