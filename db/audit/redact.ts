import { AppError } from '../../core/domain/errors.ts';
import { REDACTED, type RowChange } from '../../core/domain/audit.ts';
import type { Sqlite } from '../connection.ts';
import { AUDITED_TABLES, isRedactable, readRow, updateChange } from './audited-tables.ts';

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
  const stored = sqlite
    .prepare('SELECT value FROM audit_values WHERE seq = ? AND path = ?')
    .get(target.seq, target.path) as { value: string } | undefined;
  const [, index, , field] = target.path.split('.');
  const row = event && (JSON.parse(event.change) as { rows?: RowChange[] }).rows?.[Number(index)];
  if (!event || !stored || !row || !field)
    throw new AppError('NOT_FOUND', 'Không có giá trị này trong nhật ký (có thể đã được xóa).');
  if (!isRedactable(row.table, field))
    throw new AppError('VALIDATION', `Không thể xóa giá trị của cột ${field}: cột này không chứa nội dung.`);

  const targets: { seq: number; path: string }[] = [];
  const candidates = sqlite
    .prepare('SELECT seq, path, change FROM audit_values JOIN audit_events USING (seq) WHERE value = ?')
    .all(stored.value) as {
    seq: number;
    path: string;
    change: string;
  }[];
  for (const c of candidates) {
    const [, i, , f] = c.path.split('.');
    const r = (JSON.parse(c.change) as { rows?: RowChange[] }).rows?.[Number(i)];
    if (r?.table === row.table && r.key === row.key && f === field) targets.push({ seq: c.seq, path: c.path });
  }
  const remove = sqlite.prepare('DELETE FROM audit_values WHERE seq = ? AND path = ?');
  const note = sqlite.prepare('INSERT INTO audit_redactions (seq, path, redacted_by_seq) VALUES (?, ?, ?)');
  for (const t of targets) {
    remove.run(t.seq, t.path);
    note.run(t.seq, t.path, bySeq);
  }

  // The live row drops the value too, if it still holds it.
  const keyColumns = AUDITED_TABLES[row.table] ?? [];
  const keyValues = Object.fromEntries(keyColumns.map((c, i) => [c, row.key.split('#')[i]]));
  const before = readRow(sqlite, row.table, keyValues);
  let liveChange: RowChange | null = null;
  if (before && JSON.stringify(before[field]) === stored.value) {
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
