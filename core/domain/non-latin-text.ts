/**
 * Text in scripts other than Latin, for the search (issue 11). Lao and Thai are written without spaces between
 * words, so the word index (items_fts, unicode61) keeps a whole phrase as one token — cut, besides, at every
 * combining vowel and tone mark, which unicode61 takes for separators — and finds it only by its start. The runs of
 * such text go to a trigram index beside it (items_fts_trigram, migration 0011), which finds any part of three
 * characters or more. Intl.Segmenter('lo') is not used to cut words: it leaves long compounds whole, so a part
 * inside them would still be lost. Vietnamese is Latin script and never reaches the trigram index.
 *
 * What `trigramIndexText` returns is what the index holds: changing it needs a migration that refills the index.
 */

// A letter, combining mark or digit of a script of its own other than Latin. Common and Inherited characters
// (punctuation, ASCII digits, generic combining accents) belong to every script, so they never start a run.
const OWN_SCRIPT = String.raw`(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{M}\p{N}]`;
// A run starts with such a character and goes on over them, over any combining mark and over invisible format
// characters (zero-width space, joiners, soft hyphen: some Lao and Thai text marks word breaks with them, and a
// person typing a query never does, so they are dropped from the run).
const RUN = new RegExp(`(${OWN_SCRIPT}(?:${OWN_SCRIPT}|\\p{M}|\\p{Cf})*)`, 'u');
const HAS_OWN_SCRIPT = new RegExp(OWN_SCRIPT, 'u');
const FORMAT = /\p{Cf}/gu;
// Outside these blocks (ASCII, Latin-1, Latin Extended A/B, IPA, modifier letters, combining accents, the Latin
// Extended Additional block of Vietnamese, general punctuation, super/subscripts, currency) a character may belong
// to another script. Vietnamese text has none, so the trigger's call on every registration stops at this scan.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of code points; no combining sequence is meant
const BEYOND_LATIN_BLOCKS = /[\u0370-\u1dff\u1f00-\u1fff\u20d0-\u{10ffff}]/u;

/**
 * What the trigram index puts before every run: two spaces, so that every run starts with the trigrams "␣␣x" and
 * "␣xy". A term never holds a space, so no term of three characters or more can match across two runs, and a
 * shorter term (which no trigram can find inside a run) is looked up as the start of a run.
 */
const RUN_START = '  ';
/** FTS5's trigram tokenizer finds nothing shorter than this many code points (Lao marks are code points of their own). */
const TRIGRAM = 3;

export interface ScriptPiece {
  text: string;
  nonLatin: boolean;
}

/** The text cut into Latin-script (and common) pieces and non-Latin runs, in order; runs lose their format characters. */
export function scriptPieces(text: string): ScriptPiece[] {
  return text
    .split(RUN)
    .map((piece, i) =>
      i % 2 === 1 ? { text: piece.replace(FORMAT, ''), nonLatin: true } : { text: piece, nonLatin: false },
    )
    .filter((piece) => piece.text.length > 0);
}

/** A search term of a non-Latin script (searchTerms keeps such runs whole): it is looked up in the trigram index. */
export function isNonLatinTerm(term: string): boolean {
  return HAS_OWN_SCRIPT.test(term);
}

/**
 * What the trigram index holds for one item: only its non-Latin runs, each after RUN_START; null when it has none
 * (then the item has no row there, and Vietnamese text costs that index nothing).
 */
export function trigramIndexText(fields: readonly (string | null | undefined)[]): string | null {
  let text = '';
  for (const field of fields) {
    if (!field || !BEYOND_LATIN_BLOCKS.test(field) || !HAS_OWN_SCRIPT.test(field)) continue;
    for (const piece of scriptPieces(field)) if (piece.nonLatin) text += RUN_START + piece.text;
  }
  return text === '' ? null : text;
}

/**
 * An FTS5 MATCH expression over the trigram index: every term must match. A term of three code points or more
 * matches anywhere in a run; a shorter one matches the start of a run (padded with RUN_START's spaces to a trigram).
 * Terms are quoted, never raw syntax.
 */
export function trigramMatchExpression(terms: readonly string[]): string {
  return terms
    .map((term) => {
      const length = [...term].length;
      const padded = length < TRIGRAM ? ' '.repeat(TRIGRAM - length) + term : term;
      return `"${padded.replace(/"/g, '""')}"`;
    })
    .join(' AND ');
}
