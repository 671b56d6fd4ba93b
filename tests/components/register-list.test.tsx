import { describe, expect, it } from 'vitest';
import { foldWithMap, highlightSegments, matchRanges } from '../../renderer/features/register/highlight.ts';
import {
  MAX_SCROLL_PX,
  pagesFor,
  pagesToEvict,
  scrollTopToReveal,
  visibleWindow,
} from '../../renderer/features/register/windowing.ts';

describe('virtual list windowing', () => {
  it('renders only the rows in view plus the overscan, at the top', () => {
    const w = visibleWindow({ scrollTop: 0, viewportHeight: 340, rowHeight: 34, total: 1_000, overscan: 5 });
    expect(w).toEqual({ start: 0, end: 16, scrollHeight: 34_000, offsetTop: 0 });
  });

  it('follows the scroll position in the middle and at the end', () => {
    const mid = visibleWindow({
      scrollTop: 34 * 500 + 10,
      viewportHeight: 340,
      rowHeight: 34,
      total: 1_000,
      overscan: 5,
    });
    expect([mid.start, mid.end]).toEqual([495, 516]);
    expect(mid.offsetTop).toBe(495 * 34);
    const end = visibleWindow({ scrollTop: 10_000_000, viewportHeight: 340, rowHeight: 34, total: 1_000, overscan: 5 });
    expect(end.end).toBe(1_000);
    expect(end.end - end.start).toBeLessThanOrEqual(11 + 5 + 1);
  });

  it('at 1,000,000 rows the scroll height is capped and the last row is still reachable', () => {
    const total = 1_000_000;
    const top = visibleWindow({ scrollTop: 0, viewportHeight: 340, rowHeight: 34, total });
    expect(top.scrollHeight).toBe(MAX_SCROLL_PX);
    expect(top.end - top.start).toBeLessThan(30);
    const bottom = visibleWindow({ scrollTop: MAX_SCROLL_PX - 340, viewportHeight: 340, rowHeight: 34, total });
    expect(bottom.end).toBe(total);
    expect(bottom.end - bottom.start).toBeLessThan(30);
    // The last row sits at the bottom of the viewport.
    const lastRowTop = bottom.offsetTop + (total - 1 - bottom.start) * 34;
    expect(lastRowTop + 34).toBeCloseTo(MAX_SCROLL_PX, 3);
    const half = visibleWindow({ scrollTop: (MAX_SCROLL_PX - 340) / 2, viewportHeight: 340, rowHeight: 34, total });
    expect(half.start).toBeGreaterThan(499_000);
    expect(half.start).toBeLessThan(501_000);
  });

  it('an empty list renders nothing', () => {
    expect(visibleWindow({ scrollTop: 0, viewportHeight: 340, rowHeight: 34, total: 0 })).toMatchObject({
      start: 0,
      end: 0,
      scrollHeight: 0,
    });
  });

  it('scrolls just enough to reveal a row moved to with the keyboard', () => {
    const base = { scrollTop: 0, viewportHeight: 340, rowHeight: 34, total: 1_000 };
    expect(scrollTopToReveal(3, base)).toBe(0);
    expect(scrollTopToReveal(10, base)).toBe(34 * 11 - 340);
    expect(scrollTopToReveal(2, { ...base, scrollTop: 340 })).toBe(68);
    const big = { scrollTop: 0, viewportHeight: 340, rowHeight: 34, total: 1_000_000 };
    const last = scrollTopToReveal(999_999, big);
    expect(visibleWindow({ ...big, scrollTop: last }).end).toBe(1_000_000);
  });

  it('pages through items.list: which pages a range needs, which cached pages to drop', () => {
    expect(pagesFor(0, 20, 100)).toEqual([0]);
    expect(pagesFor(95, 120, 100)).toEqual([0, 1]);
    expect(pagesFor(10, 10, 100)).toEqual([]);
    expect(pagesToEvict([0, 1, 2, 50, 51], [50], 3)).toEqual([0, 1]);
    expect(pagesToEvict([0, 1], [1], 3)).toEqual([]);
  });
});

describe('search highlight folding', () => {
  it('folds like the search: tones, case and đ/Đ', () => {
    expect(foldWithMap('Đắk Lắk').folded).toBe('dak lak');
    expect(foldWithMap('BÍ MẬT').folded).toBe('bi mat');
  });

  it('"dak lak" marks "Đắk Lắk"; "bi mat" marks "bí mật"; the text is never changed', () => {
    const text = 'Trao đổi tại tỉnh Đắk Lắk';
    expect(highlightSegments(text, ['dak', 'lak'])).toEqual([
      { text: 'Trao đổi tại tỉnh ', match: false },
      { text: 'Đắk', match: true },
      { text: ' ', match: false },
      { text: 'Lắk', match: true },
    ]);
    const secret = 'Thông báo bí mật';
    expect(
      highlightSegments(secret, ['bi', 'mat'])
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['bí', 'mật']);
    expect(
      highlightSegments(secret, ['bi', 'mat'])
        .map((s) => s.text)
        .join(''),
    ).toBe(secret);
  });

  it('matches word starts only, as the prefix search does', () => {
    expect(matchRanges('Kế hoạch tuần tra', ['ra'])).toEqual([]);
    expect(matchRanges('Số 0457/BAN', ['ban'])).toEqual([{ start: 8, end: 11 }]);
    expect(matchRanges('biên giới', ['bi'])).toEqual([{ start: 0, end: 2 }]);
  });

  it('keeps positions right for decomposed (NFD) input', () => {
    const nfd = 'Đắk Lắk'.normalize('NFD');
    const [first] = matchRanges(nfd, ['dak']);
    expect(nfd.slice(first?.start, first?.end).normalize('NFC')).toBe('Đắk');
  });

  it('no terms: one plain segment', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});
