/**
 * Highlighting search matches in displayed text. The search folds text (NFD, combining marks removed, đ/Đ -> d,
 * lower case: core/domain/vietnamese-fold.ts) and matches every term as a word prefix; `terms` come back folded.
 * Here the displayed text is folded the same way, one character at a time, keeping where each folded character
 * came from, so "dak" marks "Đắk" in "Đắk Lắk" and "bi mat" marks "bí mật". A Lao, Thai or other non-Latin term
 * comes back unfolded and matches as the trigram index does (core/domain/non-latin-text.ts): anywhere in the text
 * from three code points on, a shorter one at the start of a run of its script.
 */
export function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface Folded {
  folded: string;
  /** For each UTF-16 unit of `folded`: start of the original character it came from. */
  from: number[];
  /** For each UTF-16 unit of `folded`: end (exclusive) of the original character it came from. */
  to: number[];
}

export function foldWithMap(text: string): Folded {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let k = 0; k < f.length; k++) {
      from.push(index);
      to.push(index + char.length);
    }
    folded += f;
    index += char.length;
  }
  return { folded, from, to };
}

export interface Range {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// The same classes as core/domain/non-latin-text.ts (the page may import only types from core/): a letter, mark or
// digit of a script other than Latin; a run of them also goes on over marks and invisible format characters.
const NON_LATIN_CHAR = String.raw`(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{M}\p{N}]`;
const NON_LATIN = new RegExp(NON_LATIN_CHAR, 'u');
const NOT_AFTER_RUN = String.raw`(?<!${NON_LATIN_CHAR}|[\p{M}\p{Cf}])`;
const TRIGRAM = 3;

/** Ranges where folded Latin terms match at the start of a word (the longest term wins). */
function wordRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const { folded, from, to } = foldWithMap(text);
  const ranges: Range[] = [];
  for (let i = 0; i < folded.length; i++) {
    const atWordStart = WORD_CHAR.test(folded[i] ?? '') && (i === 0 || !WORD_CHAR.test(folded[i - 1] ?? ''));
    if (!atWordStart) continue;
    let best = 0;
    for (const term of terms) if (term.length > best && folded.startsWith(term, i)) best = term.length;
    if (best === 0) continue;
    ranges.push({ start: from[i] ?? 0, end: to[i + best - 1] ?? text.length });
  }
  return ranges;
}

/**
 * Ranges where non-Latin terms match: anywhere, or at the start of a run when shorter than three code points; a
 * zero-width space or joiner in the text (which the index drops) may sit between any two of the term's characters.
 */
function scriptRanges(text: string, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    const chars = [...term];
    const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`\p{Cf}*`);
    const pattern = new RegExp(chars.length < TRIGRAM ? NOT_AFTER_RUN + body : body, 'giu');
    for (const found of text.matchAll(pattern)) ranges.push({ start: found.index, end: found.index + found[0].length });
  }
  return ranges;
}

/** Ranges of the original text that match a term, in order, overlapping ones joined. */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const wanted = terms.filter((t) => t.length > 0);
  if (!text || wanted.length === 0) return [];
  const words = wanted.filter((t) => !NON_LATIN.test(t));
  const scripts = wanted.filter((t) => NON_LATIN.test(t));
  const found = [...wordRanges(text, words), ...scriptRanges(text, scripts)].sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  for (const { start, end } of found) {
    const last = ranges.at(-1);
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** The text cut into plain and matched pieces, in order; joined they give the text back unchanged. */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
