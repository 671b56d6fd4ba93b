/** Points per millimetre (PDF user space is 1/72 inch). */
export const mm = (value: number) => (value * 72) / 25.4;

/** A4 in points. */
export const A4 = { width: mm(210), height: mm(297) } as const;

/**
 * Margins of Decree 30/2020/NĐ-CP (Phụ lục I): top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The lower
 * bounds are used; landscape register pages keep the binding edge on the left.
 */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

export type Orientation = 'portrait' | 'landscape';

export function pageSize(orientation: Orientation) {
  return orientation === 'portrait' ? A4 : { width: A4.height, height: A4.width };
}

export function contentBox(orientation: Orientation) {
  const page = pageSize(orientation);
  return {
    x: MARGINS.left,
    y: MARGINS.top,
    width: page.width - MARGINS.left - MARGINS.right,
    height: page.height - MARGINS.top - MARGINS.bottom,
    bottom: page.height - MARGINS.bottom,
  };
}
