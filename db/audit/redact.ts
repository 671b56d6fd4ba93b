import { AppError } from '../../core/domain/errors.ts';
import { REDACTED, type RowChange } from '../../core/domain/audit.ts';
import type { Sqlite } from '../connection.ts';
import { AUDITED_TABLES, isRedactable, readRow, updateChange } from './audited-tables.ts';
import { parseStoredFields, storedFieldsOf } from './field-values.ts';

export interface RedactionPlan {
  targets: { seq: number; path: string }[];
  table: string;
  key: string;
  field: string;
  liveChange: RowChange | null;
}

/**
 * Removes one mistakenly typed value from the history: every stored occurrence of the same value in the same
 * table row and column, and the live row itself. The events keep their salted digests, so the chain still verifies.
 * Runs inside the caller's transaction; `bySeq` is the seq of the audit event that will record the redaction.
 */
export function redactValue(sqlite: Sqlite, target: { seq: number; path: string }, bySeq: number): RedactionPlan {
  const event = sqlite.prepare('SELECT change FROM audit_events WHERE seq = ?').get(target.seq) as
    | { change: string }
    | undefined;
  const storedJson = storedFieldsOf(sqlite, target.seq)[target.path]?.[1];
  const [, index, , field] = target.path.split('.');
  const row = event && (JSON.parse(event.change) as { rows?: RowChange[] }).rows?.[Number(index)];
  if (!event || storedJson === undefined || !row || !field)
    throw new AppError('NOT_FOUND', 'Không có giá trị này trong nhật ký (có thể đã được xóa).');
  if (!isRedactable(row.table, field))
    throw new AppError('VALIDATION', `Không thể xóa giá trị của cột ${field}: cột này không chứa nội dung.`);

  // Every event that stored the same value for the same table row and column (a later edit's "before" image too).
  const needle = JSON.stringify(storedJson);
  const candidates = sqlite
    .prepare(
      'SELECT seq, fields, change FROM audit_field_values JOIN audit_events USING (seq) WHERE instr(fields, ?) > 0',
    )
    .all(needle) as { seq: number; fields: string; change: string }[];
  const targets: { seq: number; path: string }[] = [];
  const rewrite = sqlite.prepare('UPDATE audit_field_values SET fields = ? WHERE seq = ?');
  const note = sqlite.prepare('INSERT INTO audit_redactions (seq, path, redacted_by_seq) VALUES (?, ?, ?)');
  for (const c of candidates) {
    const fields = parseStoredFields(c.fields);
    const rows = (JSON.parse(c.change) as { rows?: RowChange[] }).rows ?? [];
    for (const [path, [, value]] of Object.entries(fields)) {
      const [, i, , f] = path.split('.');
      const r = rows[Number(i)];
      if (value === storedJson && r?.table === row.table && r.key === row.key && f === field) {
        delete fields[path];
        targets.push({ seq: c.seq, path });
        note.run(c.seq, path, bySeq);
      }
    }
    rewrite.run(JSON.stringify(fields), c.seq);
  }

  // The live row drops the value too, if it still holds it.
  const keyColumns = AUDITED_TABLES[row.table] ?? [];
  const keyValues = Object.fromEntries(keyColumns.map((c, i) => [c, row.key.split('#')[i]]));
  const before = readRow(sqlite, row.table, keyValues);
  let liveChange: RowChange | null = null;
  if (before && JSON.stringify(before[field]) === storedJson) {
    const where = keyColumns.map((c) => `"${c}" = ?`).join(' AND ');
    sqlite
      .prepare(`UPDATE "${row.table}" SET "${field}" = ? WHERE ${where}`)
      .run(REDACTED, ...keyColumns.map((c) => before[c]));
    const after = readRow(sqlite, row.table, keyValues);
    const change = after && updateChange(row.table, before, after);
    // The event records only the new value: the old one must not enter the history again.
    liveChange = change ? { table: change.table, key: change.key, op: 'update', after: change.after ?? {} } : null;
  }
  return { targets, table: row.table, key: row.key, field, liveChange };
}
