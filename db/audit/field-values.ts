import type { Sqlite } from '../connection.ts';

/** {path: [salt hex, canonical JSON of the value]} of one event, as stored in audit_field_values. */
export type StoredFields = Record<string, [string, string]>;

export function parseStoredFields(json: string | undefined): StoredFields {
  return json ? (JSON.parse(json) as StoredFields) : {};
}

export function storedFieldsOf(sqlite: Sqlite, seq: number): StoredFields {
  const row = sqlite.prepare('SELECT fields FROM audit_field_values WHERE seq = ?').get(seq) as
    | { fields: string }
    | undefined;
  return parseStoredFields(row?.fields);
}
