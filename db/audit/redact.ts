import { randomBytes } from 'node:crypto';
import { saltedDigest } from '../../core/domain/audit-hash.ts';
import { canonicalJson } from '../../core/domain/canonical-json.ts';
import { AppError } from '../../core/domain/errors.ts';
import { REDACTED, type RowChange, type SealedRowChange } from '../../core/domain/audit.ts';
import type { AuditEntity } from '../../core/shared/audit-catalogue.ts';
import type { Sqlite } from '../connection.ts';
import { AUDITED_TABLES, isRedactable, readRow, updateChange } from './audited-tables.ts';
import {
  isStoredField,
  isStoredSide,
  parseStoredFields,
  type Resealed,
  resealedDigests,
  storedFieldsOf,
} from './field-values.ts';

export interface RedactionPlan {
  targets: { seq: number; path: string }[];
  /** Sealed images that lost a column, with the digest of what is left (the redaction event records them). */
  resealed: Resealed[];
  table: string;
  key: string;
  field: string;
  /** The entity of the event the value was found in: the redaction is recorded against the same entity. */
  entity: AuditEntity;
  liveChange: RowChange | null;
}

type StoredRows = SealedRowChange[];

/** The canonical JSON of the value at `rows.<i>.<side>.<column>` in one event, whichever format it was written in. */
function storedValueAt(stored: ReturnType<typeof parseStoredFields>, path: string): string | undefined {
  const field = stored[path];
  if (isStoredField(field)) return field[1];
  const [, index, side, column] = path.split('.');
  const image = stored[`rows.${index}.${side}`];
  if (!column || !isStoredSide(image) || !Object.hasOwn(image[1], column)) return undefined;
  return canonicalJson(image[1][column]);
}

/**
 * Removes one mistakenly typed value from the history: every stored occurrence of the same value in the same
 * table row and column, and the live row itself. The events keep their digests, so the chain still verifies: a
 * column of an older event goes with its own salt; a sealed image is re-sealed without the column under a new salt
 * (the old salt goes too, so the old digest cannot be tried against guesses), and the new digest enters the chain
 * in the redaction event. Runs inside the caller's transaction; `bySeq` is the seq of that event.
 */
export function redactValue(sqlite: Sqlite, target: { seq: number; path: string }, bySeq: number): RedactionPlan {
  const event = sqlite.prepare('SELECT change, entity FROM audit_events WHERE seq = ?').get(target.seq) as
    | { change: string; entity: AuditEntity }
    | undefined;
  const storedJson = storedValueAt(storedFieldsOf(sqlite, target.seq), target.path);
  const [, index, , field] = target.path.split('.');
  const row = event && (JSON.parse(event.change) as { rows?: StoredRows }).rows?.[Number(index)];
  if (!event || storedJson === undefined || !row || !field)
    throw new AppError('NOT_FOUND', 'Không có giá trị này trong nhật ký (có thể đã được xóa).');
  if (!isRedactable(row.table, field))
    throw new AppError('VALIDATION', `Không thể xóa giá trị của cột ${field}: cột này không chứa nội dung.`);

  // Every event that stored the same value for the same table row and column (a later edit's "before" image too).
  // Older events hold the value as a JSON string, sealed images as JSON: look for both spellings.
  const candidates = sqlite
    .prepare(
      'SELECT seq, fields, change FROM audit_field_values JOIN audit_events USING (seq) WHERE instr(fields, ?) > 0 OR instr(fields, ?) > 0',
    )
    .all(JSON.stringify(storedJson), storedJson) as { seq: number; fields: string; change: string }[];
  const current = resealedDigests(sqlite);
  const targets: { seq: number; path: string }[] = [];
  const resealed: Resealed[] = [];
  const rewrite = sqlite.prepare('UPDATE audit_field_values SET fields = ? WHERE seq = ?');
  const note = sqlite.prepare('INSERT INTO audit_redactions (seq, path, redacted_by_seq) VALUES (?, ?, ?)');
  for (const c of candidates) {
    const fields = parseStoredFields(c.fields);
    const rows = (JSON.parse(c.change) as { rows?: StoredRows }).rows ?? [];
    let changed = false;
    for (const [path, entry] of Object.entries(fields)) {
      const [, i, side, f] = path.split('.');
      const r = rows[Number(i)];
      if (r?.table !== row.table || r.key !== row.key) continue;
      if (isStoredField(entry)) {
        if (entry[1] === storedJson && f === field) {
          delete fields[path];
          targets.push({ seq: c.seq, path });
          note.run(c.seq, path, bySeq);
          changed = true;
        }
        continue;
      }
      const sealed = side === 'before' ? r.before : side === 'after' ? r.after : undefined;
      if (!isStoredSide(entry) || typeof sealed !== 'string' || !Object.hasOwn(entry[1], field)) continue;
      if (canonicalJson(entry[1][field]) !== storedJson) continue;
      const [salt, values] = entry;
      // Re-sealing vouches for what is left, so it must first match the digest the chain holds for it.
      if (saltedDigest(salt, values) !== (current.get(`${c.seq}:${path}`) ?? sealed))
        throw new AppError(
          'INTEGRITY',
          `Nhật ký sự kiện số ${c.seq} (${path}) không khớp mã băm: kiểm tra nhật ký trước khi xóa giá trị.`,
        );
      const { [field]: _removed, ...rest } = values;
      const newSalt = randomBytes(16).toString('hex');
      fields[path] = [newSalt, rest];
      const fieldPath = `${path}.${field}`;
      targets.push({ seq: c.seq, path: fieldPath });
      resealed.push({ seq: c.seq, path, digest: saltedDigest(newSalt, rest) });
      note.run(c.seq, fieldPath, bySeq);
      changed = true;
    }
    if (changed) rewrite.run(JSON.stringify(fields), c.seq);
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
  return { targets, resealed, table: row.table, key: row.key, field, entity: event.entity, liveChange };
}
