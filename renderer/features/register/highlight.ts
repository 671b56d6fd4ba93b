/**
 * Highlighting search matches in displayed text. The search folds text (NFD, combining marks removed, đ/Đ -> d,
 * lower case: core/domain/vietnamese-fold.ts) and matches every term as a word prefix; `terms` come back folded.
 * Here the displayed text is folded the same way, one character at a time, keeping where each folded character
 * came from, so "dak" marks "Đắk" in "Đắk Lắk" and "bi mat" marks "bí mật".
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

/** Ranges of the original text that match a term at the start of a word (the longest term wins). */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const wanted = terms.filter((t) => t.length > 0);
  if (!text || wanted.length === 0) return [];
  const { folded, from, to } = foldWithMap(text);
  const ranges: Range[] = [];
  for (let i = 0; i < folded.length; i++) {
    const atWordStart = WORD_CHAR.test(folded[i] ?? '') && (i === 0 || !WORD_CHAR.test(folded[i - 1] ?? ''));
    if (!atWordStart) continue;
    let best = 0;
    for (const term of wanted) if (term.length > best && folded.startsWith(term, i)) best = term.length;
    if (best === 0) continue;
    const start = from[i] ?? 0;
    const end = to[i + best - 1] ?? text.length;
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
