import {
  AUDIT_CHECKED,
  type AuditCheckedInfo,
  type AuditProblem,
  REDACTED,
  type RowSide,
  type SealedRowChange,
  sidePath,
} from '../../core/domain/audit.ts';
import { saltedDigest } from '../../core/domain/audit-hash.ts';
import type { Sqlite } from '../connection.ts';
import { AUDITED_TABLES, type Row, readAllRows } from './audited-tables.ts';
import { isStoredField, isStoredSide, parseStoredFields, resealedDigests } from './field-values.ts';

interface StoredChange {
  rows?: SealedRowChange[];
  info?: Record<string, unknown>;
}

export const MAX_PROBLEMS = 100;

/** What the replay found, kept apart so that verify can put the per-event ones in seq order with the chain's. */
export interface ReplayFindings {
  /** Unreadable events, stored values that do not match their digest, daily checkpoints that no longer hold. */
  events: AuditProblem[];
  /** Table rows the history does not explain. */
  rows: AuditProblem[];
  /** The last event replayed. */
  through: number;
}

export function integrityProblems(sqlite: Sqlite): AuditProblem[] {
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return rows[0]?.integrity_check === 'ok'
      ? []
      : rows.map((r) => ({ code: 'FILE_DAMAGED' as const, reason: `Tệp cơ sở dữ liệu hỏng: ${r.integrity_check}` }));
  } catch (error) {
    return [{ code: 'FILE_DAMAGED', reason: `Tệp cơ sở dữ liệu hỏng hoặc bị can thiệp: ${(error as Error).message}` }];
  }
}

/** A daily check recorded that event `through.seq` had this hash; a prefix rewritten since then no longer has it. */
function checkpointOf(change: StoredChange): AuditCheckedInfo['through'] | null {
  const through = change.info?.through as { seq?: unknown; hash?: unknown } | undefined;
  return typeof through?.seq === 'number' && typeof through.hash === 'string'
    ? { seq: through.seq, hash: through.hash }
    : null;
}

/**
 * Checks every stored row image against its salted digest, then replays the row changes of events 1 … through and
 * compares the result with every audited table, naming each row that the history does not explain. Runs inside one
 * read transaction, so the tables and the events are the same moment even while the app goes on writing.
 */
export function replayAudit(sqlite: Sqlite, through: number | null, onBatch?: (read: number) => void): ReplayFindings {
  const read = sqlite.transaction(() => replay(sqlite, through, onBatch));
  return read.deferred();
}

function replay(sqlite: Sqlite, bound: number | null, onBatch?: (read: number) => void): ReplayFindings {
  const through = bound ?? ((sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) || 0);
  const events: AuditProblem[] = [];
  const rowProblems: AuditProblem[] = [];
  const add = (p: AuditProblem) => {
    if (events.length < MAX_PROBLEMS) events.push(p);
  };

  const redactions = sqlite.prepare('SELECT seq, path FROM audit_redactions').all() as { seq: number; path: string }[];
  const redacted = new Set(redactions.map((r) => `${r.seq}:${r.path}`));
  const redactedPaths = new Map<number, string[]>();
  for (const r of redactions) redactedPaths.set(r.seq, [...(redactedPaths.get(r.seq) ?? []), r.path]);
  const resealed = resealedDigests(sqlite);
  const checkpoints: { at: number; through: AuditCheckedInfo['through'] }[] = [];

  const state = new Map<string, Map<string, Row>>(Object.keys(AUDITED_TABLES).map((t) => [t, new Map()]));
  const eventsWithValues = sqlite
    .prepare(
      `SELECT e.seq, e.action, e.change, v.fields FROM audit_events e LEFT JOIN audit_field_values v ON v.seq = e.seq
       WHERE e.seq <= ? ORDER BY e.seq`,
    )
    .raw();
  let sinceBatch = 0;
  for (const [seq, action, text, fields] of eventsWithValues.iterate(through) as IterableIterator<
    [number, string, string, string | null]
  >) {
    if (++sinceBatch === 16_384) {
      onBatch?.(sinceBatch);
      sinceBatch = 0;
    }
    let change: StoredChange = {};
    try {
      change = JSON.parse(text) as StoredChange;
    } catch {
      add({ seq, code: 'EVENT_UNREADABLE', reason: 'Nội dung sự kiện không đọc được.' });
    }
    if (action === AUDIT_CHECKED) {
      const checkpoint = checkpointOf(change);
      if (checkpoint) checkpoints.push({ at: seq, through: checkpoint });
    }
    if (!change.rows) continue;
    const stored = parseStoredFields(fields ?? undefined);
    change.rows.forEach((row, i) => {
      const resolve = (side: RowSide): Row | undefined => {
        const sealed = row[side];
        if (sealed === undefined) return undefined;
        const path = sidePath(i, side);
        if (typeof sealed === 'string') {
          // One digest for the whole image: a changed, added or removed column shows as this image being edited.
          const entry = stored[path];
          if (!isStoredSide(entry)) {
            add({ seq, path, code: 'VALUE_REMOVED', reason: 'Giá trị trong nhật ký bị xóa ngoài quy trình.' });
            return {};
          }
          const [salt, values] = entry;
          if (saltedDigest(salt, values) !== (resealed.get(`${seq}:${path}`) ?? sealed))
            add({
              seq,
              path,
              table: row.table,
              key: row.key,
              code: 'VALUE_EDITED',
              reason: `Giá trị trong nhật ký đã bị sửa (ảnh dòng ${side === 'after' ? 'sau' : 'trước'} thay đổi của bảng ${row.table}, dòng ${row.key}).`,
            });
          const paths = redactedPaths.get(seq);
          if (!paths) return values;
          const out: Row = { ...values };
          for (const p of paths) if (p.startsWith(`${path}.`)) out[p.slice(path.length + 1)] = REDACTED;
          return out;
        }
        // An event written before sealed images: one salted digest per column.
        const out: Row = {};
        for (const [field, digest] of Object.entries(sealed)) {
          const fieldPath = `${path}.${field}`;
          const v = stored[fieldPath];
          if (!isStoredField(v)) {
            if (!redacted.has(`${seq}:${fieldPath}`))
              add({
                seq,
                path: fieldPath,
                code: 'VALUE_REMOVED',
                reason: 'Giá trị trong nhật ký bị xóa ngoài quy trình.',
              });
            out[field] = REDACTED;
            continue;
          }
          const [salt, valueJson] = v;
          const value = JSON.parse(valueJson) as unknown;
          if (saltedDigest(salt, value) !== digest)
            add({ seq, path: fieldPath, code: 'VALUE_EDITED', reason: 'Giá trị trong nhật ký đã bị sửa.' });
          out[field] = value;
        }
        return out;
      };
      const table = state.get(row.table);
      if (!table) return;
      if (row.op === 'delete') table.delete(row.key);
      else {
        const after = resolve('after');
        const current = table.get(row.key);
        table.set(row.key, current ? Object.assign(current, after) : { ...after });
      }
      resolve('before');
    });
  }
  if (sinceBatch) onBatch?.(sinceBatch);

  const hashAt = sqlite.prepare('SELECT hash FROM audit_events WHERE seq = ?').pluck();
  for (const { at, through: point } of checkpoints) {
    if (hashAt.get(point.seq) !== point.hash)
      add({
        seq: point.seq,
        code: 'ANCHOR_MISMATCH',
        reason: `Không khớp với mốc của lần kiểm tra hằng ngày ghi ở sự kiện số ${at}: chuỗi đến sự kiện số ${point.seq} đã bị viết lại.`,
      });
  }

  for (const [tableName, expected] of state) {
    const addRow = (p: AuditProblem) => {
      if (rowProblems.length < MAX_PROBLEMS) rowProblems.push(p);
    };
    const keyColumns = AUDITED_TABLES[tableName] ?? [];
    for (const live of readAllRows(sqlite, tableName)) {
      const key = keyColumns.map((c) => String(live[c])).join('#');
      const want = expected.get(key);
      expected.delete(key);
      if (!want) {
        addRow({
          table: tableName,
          key,
          code: 'ROW_INSERTED',
          reason: 'Dòng dữ liệu không có trong nhật ký (bị chèn ngoài ứng dụng).',
        });
        continue;
      }
      const differing = Object.keys({ ...want, ...live }).filter(
        (c) => JSON.stringify(want[c] ?? null) !== JSON.stringify(live[c] ?? null),
      );
      if (differing.length)
        addRow({
          table: tableName,
          key,
          code: 'ROW_EDITED',
          reason: `Dòng dữ liệu bị sửa ngoài ứng dụng (cột ${differing.join(', ')}).`,
        });
    }
    for (const key of expected.keys())
      addRow({ table: tableName, key, code: 'ROW_DELETED', reason: 'Dòng dữ liệu bị xóa ngoài ứng dụng.' });
  }
  return { events, rows: rowProblems, through };
}
