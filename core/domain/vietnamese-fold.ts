import { scriptPieces } from './non-latin-text.ts';

/**
 * Search folding for Vietnamese: case- and tone-insensitive, with đ/Đ -> d (Unicode does not decompose đ, and
 * SQLite's unicode61 tokenizer with remove_diacritics 2 keeps it as a separate letter). The same function folds
 * what is indexed and what is typed, so "dak lak" finds "Đắk Lắk" and "bi mat" finds "bí mật".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * Words of a query as the search sees them: letters and digits only, so "A3/BAN" or a stray quote is just text.
 * A run of Lao, Thai or another non-Latin script is one term, kept with its vowel and tone marks (folding them
 * away would change the word), for the trigram index (non-latin-text.ts).
 */
export function searchTerms(query: string, max = 12): string[] {
  return scriptPieces(query.normalize('NFC'))
    .flatMap((piece) =>
      piece.nonLatin
        ? [piece.text.toLowerCase()]
        : foldVietnamese(piece.text)
            .split(/[^\p{L}\p{N}]+/u)
            .filter((t) => t.length > 0),
    )
    .slice(0, max);
}

/** An FTS5 MATCH expression: every term must match, each as a prefix. Terms are quoted, never raw syntax. */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ');
}
