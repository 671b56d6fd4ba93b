/**
 * Vietnamese text arrives both precomposed (NFC) and decomposed (NFD, e.g. from macOS or some IMEs).
 * Normalising every string at the contract boundary keeps equality, search and hashing consistent.
 */
export function normalizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeDeep);
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeDeep(v);
    return out;
  }
  return value;
}
