/**
 * One changed database row, with the column values exactly as stored, so that replaying every event rebuilds the
 * audited tables and any row edited outside the app shows up by table and key.
 */
export interface RowChange {
  table: string;
  key: string;
  op: 'insert' | 'update' | 'delete';
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** What an event records: data rows (salted, redactable) and plain context that is never classified. */
export interface AuditChange {
  rows?: RowChange[];
  info?: Record<string, unknown>;
}

/** The value a redacted field holds afterwards, in the live row and in replay. */
export const REDACTED = '[ĐÃ XÓA THEO QUYẾT ĐỊNH]';

/** Every (path, value) of the row fields in a change: the values that are salted and stored apart from the event. */
export function fieldValues(change: AuditChange): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  change.rows?.forEach((row, i) => {
    for (const side of ['before', 'after'] as const) {
      for (const [field, value] of Object.entries(row[side] ?? {}))
        out.push({ path: `rows.${i}.${side}.${field}`, value });
    }
  });
  return out;
}

/** The change as hashed and stored in the event: each field value replaced by its salted digest. */
export function digestForm(change: AuditChange, digests: Map<string, string>): AuditChange {
  const rows = change.rows?.map((row, i) => {
    const side = (name: 'before' | 'after') => {
      const values = row[name];
      if (!values) return undefined;
      return Object.fromEntries(Object.keys(values).map((field) => [field, digests.get(`rows.${i}.${name}.${field}`)]));
    };
    const out: RowChange = { table: row.table, key: row.key, op: row.op };
    const before = side('before');
    const after = side('after');
    if (before) out.before = before;
    if (after) out.after = after;
    return out;
  });
  const out: AuditChange = {};
  if (rows) out.rows = rows;
  if (change.info) out.info = change.info;
  return out;
}

/** Stable codes for what verify found, so every language can word them; `reason` is the Vietnamese wording. */
export const AUDIT_PROBLEM_CODES = [
  'FILE_DAMAGED',
  'EVENT_UNREADABLE',
  'EVENT_MISSING',
  'EVENT_DUPLICATED',
  'LINK_BROKEN',
  'EVENT_EDITED',
  'ANCHOR_MISMATCH',
  'ANCHOR_MISSING',
  'HEAD_MISSING',
  'TAIL_CUT',
  'VALUE_REMOVED',
  'VALUE_EDITED',
  'ROW_INSERTED',
  'ROW_EDITED',
  'ROW_DELETED',
] as const;
export type AuditProblemCode = (typeof AUDIT_PROBLEM_CODES)[number];

export interface AuditProblem {
  code: AuditProblemCode;
  seq?: number;
  table?: string;
  key?: string;
  path?: string;
  reason: string;
}

/** The result of walking and replaying the chain; `ok` only when nothing at all is wrong. */
export interface AuditReport {
  ok: boolean;
  events: number;
  head: { seq: number; hash: string };
  problems: AuditProblem[];
}

/** One event as shown to a person: values resolved, redacted ones marked, classified ones masked for auditors. */
export interface AuditEventView {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  rows: { table: string; key: string; op: string; fields: { field: string; before?: unknown; after?: unknown }[] }[];
  info: Record<string, unknown> | null;
  hash: string;
}

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}
