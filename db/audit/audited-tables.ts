import type { RowChange } from '../../core/domain/audit.ts';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../connection.ts';

/**
 * Tables whose every row must be explained by the audit chain, with their key columns. `verify` replays the chain
 * and compares it with these tables row by row. A new data table is added here in the same change that adds it.
 */
export const AUDITED_TABLES: Record<string, readonly string[]> = {
  register_meta: ['id'],
  register_settings: ['key'],
  users: ['id'],
  classification_levels: ['code'],
  agreements: ['code'],
  agreement_equivalences: ['agreement_code', 'position'],
  items: ['id'],
  register_counters: ['book', 'year'],
  trusted_keys: ['fingerprint'],
  incidents: ['id'],
  package_sequences: ['peer_fingerprint', 'kind'],
  packages: ['id'],
};

export type Row = Record<string, unknown>;

function keyColumns(table: string): readonly string[] {
  const columns = AUDITED_TABLES[table];
  if (!columns) throw new Error(`${table} is not an audited table`);
  return columns;
}

export function rowKey(table: string, row: Row): string {
  return keyColumns(table)
    .map((c) => String(row[c]))
    .join('#');
}

const rowStatements = new WeakMap<Sqlite, Map<string, Statement>>();

/**
 * Prepared once per connection and table. A better-sqlite3 statement holds native memory that V8's collector
 * does not account for, so preparing per call let memory grow by tens of kB with every audited write.
 */
function rowStatement(sqlite: Sqlite, table: string): Statement {
  let byTable = rowStatements.get(sqlite);
  if (!byTable) {
    byTable = new Map();
    rowStatements.set(sqlite, byTable);
  }
  let statement = byTable.get(table);
  if (!statement) {
    const where = keyColumns(table)
      .map((c) => `"${c}" = ?`)
      .join(' AND ');
    statement = sqlite.prepare(`SELECT * FROM "${table}" WHERE ${where}`);
    byTable.set(table, statement);
  }
  return statement;
}

/** The row exactly as stored (column names and SQLite values), or undefined. Table names come from the list above. */
export function readRow(sqlite: Sqlite, table: string, key: Row): Row | undefined {
  return rowStatement(sqlite, table).get(...keyColumns(table).map((c) => key[c])) as Row | undefined;
}

export function readAllRows(sqlite: Sqlite, table: string): Row[] {
  keyColumns(table);
  return sqlite.prepare(`SELECT * FROM "${table}"`).all() as Row[];
}

export const insertChange = (table: string, after: Row): RowChange => ({
  table,
  key: rowKey(table, after),
  op: 'insert',
  after,
});
export const deleteChange = (table: string, before: Row): RowChange => ({
  table,
  key: rowKey(table, before),
  op: 'delete',
  before,
});

/** An update records only the columns that changed, before and after. Null when nothing changed. */
export function updateChange(table: string, before: Row, after: Row): RowChange | null {
  const changed = Object.keys(after).filter((c) => JSON.stringify(before[c]) !== JSON.stringify(after[c]));
  if (changed.length === 0) return null;
  return {
    table,
    key: rowKey(table, after),
    op: 'update',
    before: Object.fromEntries(changed.map((c) => [c, before[c]])),
    after: Object.fromEntries(changed.map((c) => [c, after[c]])),
  };
}

/**
 * Columns that hold classified content: masked when an auditor reads the history (the auditor checks who did what,
 * not what the documents say). The register's item tables add theirs here.
 */
export const CLASSIFIED_COLUMNS: Record<string, readonly string[]> = {
  items: ['summary', 'notes', 'recipients'],
};

/** Text columns a mistakenly typed classified value can be redacted from (never keys, ids or dates). */
export function isRedactable(table: string, column: string): boolean {
  return (
    !!AUDITED_TABLES[table] &&
    !AUDITED_TABLES[table]?.includes(column) &&
    !/(^id$|_id$|_at$|_on$|^position$)/.test(column)
  );
}
