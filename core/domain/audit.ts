import type { AuditAction } from '../shared/audit-catalogue.ts';
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

export const ROW_SIDES = ['before', 'after'] as const;
export type RowSide = (typeof ROW_SIDES)[number];

/** Where one row image of a change is stored and named: `rows.<index>.<side>`; a field adds `.<column>`. */
export const sidePath = (index: number, side: RowSide): string => `rows.${index}.${side}`;

/**
 * A row change as hashed into the chain. Since the sealed-sides format each image is one digest,
 * SHA-256(salt ‖ canonical JSON of {column: value}) with a 128-bit random salt, and the values live apart in
 * `audit_field_values` as `{"rows.<i>.<side>": [salt, {column: value}]}`. Events written before it hold one digest
 * per column (`{column: digest}`, stored as `{"rows.<i>.<side>.<column>": [salt, canonical JSON]}`); verify, the
 * history list and redaction read both. Redacting a column of a sealed image re-seals what is left under a new salt
 * and records the new digest in the chained `audit.redacted` event (`info.resealed`).
 */
export interface SealedRowChange {
  table: string;
  key: string;
  op: RowChange['op'];
  before?: string | Record<string, string>;
  after?: string | Record<string, string>;
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

/**
 * The daily check at unlock walks the chain from the last position it found sound and records how far it got as an
 * event of the chain itself, so the position is as tamper-evident as any event (docs/SECURITY.md). The full walk never
 * starts from it; it checks every recorded position against the event it names instead.
 */
export const AUDIT_CHECKED = 'audit.checked' satisfies AuditAction;

export interface AuditCheckedInfo {
  scope: 'daily';
  /** The position the check started from (seq 0: the start of the chain). */
  from: { seq: number; hash: string };
  /** The last event it walked: the next check starts here when `ok`. */
  through: { seq: number; hash: string };
  events: number;
  ok: boolean;
  problem?: { code: AuditProblemCode; seq?: number };
}

/** What the daily check found: the chain from the last sound position to the head, and the head row. */
export interface AuditIncrementalReport {
  ok: boolean;
  from: { seq: number; hash: string };
  through: { seq: number; hash: string };
  events: number;
  problems: AuditProblem[];
}

/** Progress of a long check: `chain` counts events hashed, `replay` events replayed (both up to the head). */
export interface AuditProgress {
  phase: 'chain' | 'replay';
  done: number;
  total: number;
}

/** A long check reports progress and stops when the signal aborts (it then throws CANCELLED, having written nothing). */
export interface AuditRunOptions {
  onProgress?: (progress: AuditProgress) => void;
  signal?: AbortSignal;
}
