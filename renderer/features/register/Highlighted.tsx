import { highlightSegments } from './highlight.ts';

/** Text with the search matches marked (<mark>), folded the way the search folds (đ -> d, tones ignored). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((s, i) =>
        s.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <mark key={i} className="cxr-match">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
