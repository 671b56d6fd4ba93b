import {
  type AuditProblem,
  type AuditReport,
  REDACTED,
  type RowSide,
  type SealedRowChange,
  sidePath,
} from '../../core/domain/audit.ts';
import { chainHash, genesisHash, saltedDigest } from '../../core/domain/audit-hash.ts';
import type { Sqlite } from '../connection.ts';
import { AUDITED_TABLES, type Row, readAllRows } from './audited-tables.ts';
import { isStoredField, isStoredSide, parseStoredFields, resealedDigests } from './field-values.ts';

interface StoredChange {
  rows?: SealedRowChange[];
  info?: Record<string, unknown>;
}

interface EventRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  change: string;
  prev_hash: string;
  hash: string;
}

const MAX_PROBLEMS = 100;

function integrityProblems(sqlite: Sqlite): AuditProblem[] {
  try {
    const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return rows[0]?.integrity_check === 'ok'
      ? []
      : rows.map((r) => ({ code: 'FILE_DAMAGED' as const, reason: `Tệp cơ sở dữ liệu hỏng: ${r.integrity_check}` }));
  } catch (error) {
    return [{ code: 'FILE_DAMAGED', reason: `Tệp cơ sở dữ liệu hỏng hoặc bị can thiệp: ${(error as Error).message}` }];
  }
}

/**
 * Walks the chain (order, links, hashes), checks the head row and an optional anchor printed earlier, checks every
 * stored field value against its salted digest, then replays the row changes and compares the result with every
 * audited table, naming the first broken seq and each table row that the history does not explain.
 */
export function verifyAudit(sqlite: Sqlite, registerId: string, anchor?: { seq: number; hash: string }): AuditReport {
  const problems: AuditProblem[] = integrityProblems(sqlite);
  const add = (p: AuditProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };

  const valuesOf = sqlite.prepare('SELECT fields FROM audit_field_values WHERE seq = ?');
  const redactions = sqlite.prepare('SELECT seq, path FROM audit_redactions').all() as { seq: number; path: string }[];
  const redacted = new Set(redactions.map((r) => `${r.seq}:${r.path}`));
  const redactedPaths = new Map<number, string[]>();
  for (const r of redactions) redactedPaths.set(r.seq, [...(redactedPaths.get(r.seq) ?? []), r.path]);
  const resealed = resealedDigests(sqlite);

  const state = new Map<string, Map<string, Row>>(Object.keys(AUDITED_TABLES).map((t) => [t, new Map()]));
  let prevHash = genesisHash(registerId);
  let expectedSeq = 1;
  let chainBroken = false;
  let last = { seq: 0, hash: prevHash };
  let anchorSeen = false;

  for (const e of sqlite.prepare('SELECT * FROM audit_events ORDER BY seq').iterate() as Iterable<EventRow>) {
    let change: StoredChange = {};
    try {
      change = JSON.parse(e.change) as StoredChange;
    } catch {
      add({ seq: e.seq, code: 'EVENT_UNREADABLE', reason: 'Nội dung sự kiện không đọc được.' });
    }
    if (!chainBroken) {
      if (e.seq !== expectedSeq) {
        add({
          seq: expectedSeq,
          code: e.seq > expectedSeq ? 'EVENT_MISSING' : 'EVENT_DUPLICATED',
          reason: e.seq > expectedSeq ? `Thiếu sự kiện số ${expectedSeq} (bị xóa).` : `Sự kiện số ${e.seq} lặp lại.`,
        });
        chainBroken = true;
      } else if (e.prev_hash !== prevHash) {
        add({
          seq: e.seq,
          code: 'LINK_BROKEN',
          reason: 'Liên kết với sự kiện trước không khớp (sự kiện bị chèn, xóa hoặc đổi thứ tự).',
        });
        chainBroken = true;
      } else {
        const body = {
          seq: e.seq,
          at: e.at,
          actorId: e.actor_id,
          actorName: e.actor_name,
          action: e.action,
          entity: e.entity,
          entityId: e.entity_id,
          change,
        };
        if (chainHash(e.prev_hash, body) !== e.hash) {
          add({ seq: e.seq, code: 'EVENT_EDITED', reason: 'Nội dung sự kiện đã bị sửa (mã băm không khớp).' });
          chainBroken = true;
        }
      }
    }
    if (anchor && e.seq === anchor.seq) {
      anchorSeen = true;
      if (e.hash !== anchor.hash.toLowerCase())
        add({
          seq: e.seq,
          code: 'ANCHOR_MISMATCH',
          reason: 'Không khớp với đầu chuỗi đã in trên giấy (mốc đối chiếu).',
        });
    }
    prevHash = e.hash;
    expectedSeq = e.seq + 1;
    last = { seq: e.seq, hash: e.hash };

    const stored = parseStoredFields((valuesOf.get(e.seq) as { fields: string } | undefined)?.fields);
    change.rows?.forEach((row, i) => {
      const resolve = (side: RowSide): Row | undefined => {
        const sealed = row[side];
        if (sealed === undefined) return undefined;
        const path = sidePath(i, side);
        if (typeof sealed === 'string') {
          // One digest for the whole image: a changed, added or removed column shows as this image being edited.
          const entry = stored[path];
          if (!isStoredSide(entry)) {
            add({ seq: e.seq, path, code: 'VALUE_REMOVED', reason: 'Giá trị trong nhật ký bị xóa ngoài quy trình.' });
            return {};
          }
          const [salt, values] = entry;
          if (saltedDigest(salt, values) !== (resealed.get(`${e.seq}:${path}`) ?? sealed))
            add({
              seq: e.seq,
              path,
              table: row.table,
              key: row.key,
              code: 'VALUE_EDITED',
              reason: `Giá trị trong nhật ký đã bị sửa (ảnh dòng ${side === 'after' ? 'sau' : 'trước'} thay đổi của bảng ${row.table}, dòng ${row.key}).`,
            });
          const out: Row = { ...values };
          for (const p of redactedPaths.get(e.seq) ?? [])
            if (p.startsWith(`${path}.`)) out[p.slice(path.length + 1)] = REDACTED;
          return out;
        }
        // An event written before sealed images: one salted digest per column.
        const out: Row = {};
        for (const [field, digest] of Object.entries(sealed)) {
          const fieldPath = `${path}.${field}`;
          const v = stored[fieldPath];
          if (!isStoredField(v)) {
            if (!redacted.has(`${e.seq}:${fieldPath}`))
              add({
                seq: e.seq,
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
            add({ seq: e.seq, path: fieldPath, code: 'VALUE_EDITED', reason: 'Giá trị trong nhật ký đã bị sửa.' });
          out[field] = value;
        }
        return out;
      };
      const table = state.get(row.table);
      if (!table) return;
      if (row.op === 'delete') table.delete(row.key);
      else table.set(row.key, { ...(table.get(row.key) ?? {}), ...resolve('after') });
      resolve('before');
    });
  }

  const head = sqlite.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as
    | { seq: number; hash: string }
    | undefined;
  if (!head && last.seq > 0) add({ code: 'HEAD_MISSING', reason: 'Thiếu bản ghi đầu chuỗi.' });
  if (head && (head.seq !== last.seq || head.hash !== last.hash)) {
    add({
      seq: Math.min(head.seq, last.seq + 1),
      code: 'TAIL_CUT',
      reason: `Đuôi chuỗi không khớp bản ghi đầu chuỗi (đầu chuỗi ghi số ${head.seq}, nhật ký kết thúc ở số ${last.seq}).`,
    });
  }
  if (anchor && !anchorSeen)
    add({
      seq: anchor.seq,
      code: 'ANCHOR_MISSING',
      reason: 'Không tìm thấy sự kiện của mốc đối chiếu (chuỗi bị cắt).',
    });

  for (const [tableName, expected] of state) {
    const remaining = new Map(expected);
    for (const live of readAllRows(sqlite, tableName)) {
      const key = AUDITED_TABLES[tableName]?.map((c) => String(live[c])).join('#') ?? '';
      const want = remaining.get(key);
      remaining.delete(key);
      if (!want) {
        add({
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
        add({
          table: tableName,
          key,
          code: 'ROW_EDITED',
          reason: `Dòng dữ liệu bị sửa ngoài ứng dụng (cột ${differing.join(', ')}).`,
        });
    }
    for (const key of remaining.keys())
      add({ table: tableName, key, code: 'ROW_DELETED', reason: 'Dòng dữ liệu bị xóa ngoài ứng dụng.' });
  }

  return { ok: problems.length === 0, events: last.seq, head: last, problems };
}
