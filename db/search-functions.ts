import { trigramIndexText } from '../core/domain/non-latin-text.ts';
import type { Sqlite } from './connection.ts';

/**
 * SQL functions the register's triggers call (migration 0011), so every connection that may write items must
 * have them: openEncrypted registers them before anything else runs. SQLite has no regular expressions or Unicode
 * script classes, so what goes into the trigram index is computed here, in the same code as the query terms.
 */
export function registerSearchFunctions(db: Sqlite): void {
  db.function('search_non_latin_text', { deterministic: true, varargs: true }, (...fields: unknown[]) =>
    trigramIndexText(fields.map((field) => (typeof field === 'string' ? field : null))),
  );
}
