import type { Sqlite } from '../connection.ts';

/** A sealed row image: [salt hex, {column: value}] under `rows.<i>.<side>` (core/domain/audit.ts). */
export type StoredSide = [salt: string, values: Record<string, unknown>];
/** One column of an event written before sealed sides: [salt hex, canonical JSON] under `rows.<i>.<side>.<column>`. */
export type StoredField = [salt: string, canonicalJson: string];
/** audit_field_values.fields of one event. */
export type StoredFields = Record<string, StoredField | StoredSide>;

export const isStoredSide = (v: StoredField | StoredSide | undefined): v is StoredSide =>
  Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'object' && v[1] !== null;
export const isStoredField = (v: StoredField | StoredSide | undefined): v is StoredField =>
  Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string';

export function parseStoredFields(json: string | undefined): StoredFields {
  return json ? (JSON.parse(json) as StoredFields) : {};
}

export function storedFieldsOf(sqlite: Sqlite, seq: number): StoredFields {
  const row = sqlite.prepare('SELECT fields FROM audit_field_values WHERE seq = ?').get(seq) as
    | { fields: string }
    | undefined;
  return parseStoredFields(row?.fields);
}

/** A sealed image re-sealed by a redaction: its new digest, as the chained `audit.redacted` event records it. */
export interface Resealed {
  seq: number;
  path: string;
  digest: string;
}

/**
 * The digest each re-sealed image must now match, `${seq}:${path}` -> digest, read from the redaction events that
 * audit_redactions points at (later redactions win). Verify checks those events' place in the chain as it checks
 * every event; a redaction row deleted outside the app leaves its image unexplained, which verify reports.
 */
export function resealedDigests(sqlite: Sqlite): Map<string, string> {
  const events = sqlite
    .prepare(
      `SELECT change FROM audit_events WHERE seq IN (SELECT DISTINCT redacted_by_seq FROM audit_redactions) ORDER BY seq`,
    )
    .all() as { change: string }[];
  const out = new Map<string, string>();
  for (const e of events) {
    let resealed: unknown;
    try {
      resealed = (JSON.parse(e.change) as { info?: { resealed?: unknown } }).info?.resealed;
    } catch {
      continue; // an unreadable event is verify's to report
    }
    if (!Array.isArray(resealed)) continue;
    for (const r of resealed as Partial<Resealed>[]) {
      if (typeof r?.seq === 'number' && typeof r.path === 'string' && typeof r.digest === 'string')
        out.set(`${r.seq}:${r.path}`, r.digest);
    }
  }
  return out;
}
