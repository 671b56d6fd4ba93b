/** A fingerprint or hash in groups of four, as the printed key sheet shows it ("3f2a 9c01 …"). */
export function grouped(hex: string): string {
  return (hex.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** The first groups only, enough to tell partners apart in a list; the full value is shown where it is compared. */
export function shortGrouped(hex: string, groups = 4): string {
  return grouped(hex).split(' ').slice(0, groups).join(' ');
}

/** Missing sequence numbers as a person reads them: "3, 5–7". */
export function sequenceRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) {
      end += 1;
      i += 1;
    }
    parts.push(end === start ? String(start) : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`);
  }
  return parts.join(', ');
}

/** The folder a file sits in (the receipt goes back to the stick the package came on). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '';
  if (cut === 0) return path.slice(0, 1);
  // "E:\gói.cxrp" → "E:\"; "/media/usb/gói" → "/media/usb"
  return /^[A-Za-z]:$/.test(path.slice(0, cut)) ? path.slice(0, cut + 1) : path.slice(0, cut);
}
