import { isNonLatinTerm, trigramMatchExpression } from '../../core/domain/non-latin-text.ts';
import { ftsMatchExpression } from '../../core/domain/vietnamese-fold.ts';

/**
 * The SQL of a register search over two FTS5 indexes (docs/ARCHITECTURE.md, "The register"): folded words in
 * items_fts, non-Latin runs (Lao, Thai…) in items_fts_trigram (migration 0011). Every statement answers whole item
 * rows; `?` parameters come in the order of `args`. Newest first always walks an index by its rowid, backwards, and
 * stops at the LIMIT: with one index through `ORDER BY rowid DESC` (with the list filters, over the join); with both
 * through a compound `INTERSECT … ORDER BY 1 DESC`, which SQLite runs as a merge of the two backward walks (a
 * `rowid IN (other index)` condition instead made it look the first index up once per row of the second: seconds at
 * 30,000 items). Ranked (bm25 of the word index) reads every match either way.
 */
export interface SearchQuery {
  sql: string;
  args: unknown[];
  /** The type-ahead's statements (newest first, no filter): three texts in all, so prepared once and kept. */
  reusable: boolean;
}

const WORDS = 'items_fts';
const TRIGRAMS = 'items_fts_trigram';
const both = (wordRowids: string) =>
  `${wordRowids} INTERSECT SELECT rowid FROM ${TRIGRAMS} WHERE ${TRIGRAMS} MATCH ? ORDER BY 1 DESC LIMIT ?`;
const byRowids = (columns: string, rowids: string) =>
  `SELECT ${columns} FROM items WHERE rid IN (${rowids}) ORDER BY rid DESC`;

/**
 * `terms` as searchTerms gives them; `where`/`params` the list filters over items' own columns (none of them is an
 * index column, so they read from the join unqualified).
 */
export function searchQuery(
  columns: string,
  terms: readonly string[],
  options: { ranked: boolean; limit: number; where: string; params: unknown[] },
): SearchQuery {
  const words = terms.filter((t) => !isNonLatinTerm(t));
  const nonLatin = terms.filter(isNonLatinTerm);
  const wordMatch = words.length > 0 ? [ftsMatchExpression(words)] : [];
  const trigramMatch = nonLatin.length > 0 ? [trigramMatchExpression(nonLatin)] : [];
  const { ranked, limit, where, params } = options;
  const extra = where.replace(/^WHERE /, 'AND ');
  const joined = columns
    .split(',')
    .map((c) => `i.${c.trim()}`)
    .join(', ');

  if (wordMatch.length === 0 || trigramMatch.length === 0) {
    const table = wordMatch.length > 0 ? WORDS : TRIGRAMS;
    const match = [...wordMatch, ...trigramMatch];
    if (!ranked && !where) {
      const rowids = `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`;
      return { sql: byRowids(columns, rowids), args: [...match, limit], reusable: true };
    }
    // Newest first orders by the index's own rowid: FTS5 then walks the doclists backwards and the LIMIT stops the
    // walk (ordering by i.rid made SQLite read every match and sort them: seconds for a common word at 1M).
    const order = ranked ? 'f.rank' : 'f.rowid DESC';
    return {
      sql: `SELECT ${joined} FROM ${table} f JOIN items i ON i.rid = f.rowid WHERE ${table} MATCH ? ${extra} ORDER BY ${order} LIMIT ?`,
      args: [...match, ...params, limit],
      reusable: false,
    };
  }
  if (!ranked) {
    const wordRowids = where
      ? `SELECT f.rowid FROM ${WORDS} f JOIN items i ON i.rid = f.rowid WHERE ${WORDS} MATCH ? ${extra}`
      : `SELECT rowid FROM ${WORDS} WHERE ${WORDS} MATCH ?`;
    return {
      sql: byRowids(columns, both(wordRowids)),
      args: [...wordMatch, ...params, ...trigramMatch, limit],
      reusable: !where,
    };
  }
  // Ranked by the word index; the trigram matches are read once into a set (`+` keeps the condition out of FTS5's
  // own plan, which would otherwise look the words up once per trigram match).
  return {
    sql: `SELECT ${joined} FROM ${WORDS} f JOIN items i ON i.rid = f.rowid WHERE ${WORDS} MATCH ? AND +f.rowid IN (SELECT rowid FROM ${TRIGRAMS} WHERE ${TRIGRAMS} MATCH ?) ${extra} ORDER BY f.rank LIMIT ?`,
    args: [...wordMatch, ...trigramMatch, ...params, limit],
    reusable: false,
  };
}
