/**
 * Windowing for very long lists (the register is measured at 1,000,000 rows): fixed row height, one scroll
 * container, only the rows in view (plus a few either side) exist in the DOM.
 *
 * Browsers cap an element's height (Chromium near 33.5 million px), so above MAX_SCROLL_PX the scrollable height is
 * compressed: the scroll position maps proportionally onto the full list, and the rendered rows are placed
 * relative to the viewport. Below the cap the mapping is the identity.
 */
export const MAX_SCROLL_PX = 12_000_000;

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  overscan?: number;
}

export interface WindowResult {
  /** First row index rendered (inclusive). */
  start: number;
  /** One past the last row index rendered. */
  end: number;
  /** Height of the scrollable content (the spacer), in px. */
  scrollHeight: number;
  /** Top of row `start` inside the scroll content, in px. */
  offsetTop: number;
}

/** The scrollable height for `total` rows: the real height, or the cap. */
export function scrollHeightFor(total: number, rowHeight: number): number {
  return Math.min(Math.max(0, total) * rowHeight, MAX_SCROLL_PX);
}

/** Which list pixel the top of the viewport shows, for a scroll position (identity below the cap). */
function listPixelAt(scrollTop: number, viewportHeight: number, total: number, rowHeight: number): number {
  const full = total * rowHeight;
  const scroll = scrollHeightFor(total, rowHeight);
  if (full <= scroll || scroll <= viewportHeight) return scrollTop;
  return (scrollTop * (full - viewportHeight)) / (scroll - viewportHeight);
}

export function visibleWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  total,
  overscan = 6,
}: WindowInput): WindowResult {
  const scrollHeight = scrollHeightFor(total, rowHeight);
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0, scrollHeight, offsetTop: 0 };
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, scrollHeight - viewportHeight)));
  const pixel = listPixelAt(top, viewportHeight, total, rowHeight);
  const first = Math.floor(pixel / rowHeight);
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + inView + overscan);
  // Row `first` sits (pixel - first*rowHeight) above the viewport top; rows before it stack above.
  const offsetTop = top - (pixel - start * rowHeight);
  return { start, end, scrollHeight, offsetTop };
}

/** The scroll position that brings row `index` fully into view (unchanged when it already is). */
export function scrollTopToReveal(
  index: number,
  { scrollTop, viewportHeight, rowHeight, total }: Omit<WindowInput, 'overscan'>,
): number {
  const full = total * rowHeight;
  const scroll = scrollHeightFor(total, rowHeight);
  const ratio = full <= scroll || scroll <= viewportHeight ? 1 : (full - viewportHeight) / (scroll - viewportHeight);
  const pixel = scrollTop * ratio;
  const rowTop = index * rowHeight;
  if (rowTop < pixel) return rowTop / ratio;
  if (rowTop + rowHeight > pixel + viewportHeight) return (rowTop + rowHeight - viewportHeight) / ratio;
  return scrollTop;
}

/** The pages (of `pageSize` rows) a range of rows touches, for paging through items.list with limit/offset. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) pages.push(p);
  return pages;
}

/** Which cached pages to drop so at most `keep` remain, furthest from the pages in view first. */
export function pagesToEvict(cached: readonly number[], inView: readonly number[], keep: number): number[] {
  if (cached.length <= keep || inView.length === 0) return [];
  const centre = ((inView[0] ?? 0) + (inView.at(-1) ?? 0)) / 2;
  return [...cached]
    .filter((p) => !inView.includes(p))
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    .slice(0, cached.length - keep);
}
