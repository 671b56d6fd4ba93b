/**
 * Legacy Vietnamese 8-bit encodings in old Excel registers.
 *
 * Before Unicode, registers were typed with the ABC (TCVN3) or VNI keyboard
 * drivers and displayed with special fonts (.VnTime/.VnTimeH, VNI-Times).
 * Excel stored the raw bytes as Windows-1252 characters, so an .xlsx read
 * today yields strings like "Bé C«ng an" (TCVN3) or "Boä Coâng an" (VNI)
 * for "Bộ Công an". This module detects such text and converts it to NFC.
 *
 * The tables come from published sources, not memory, each cross-checked:
 * - TCVN3: the TCVN 5712:1993 byte -> code point table shipped with the
 *   X11/libiconv converters (VN1, of which VN3 is a subset) and an
 *   open-source input engine's Unicode -> TCVN3 hex table were compared with
 *   this module by script; two keyboard drivers' per-letter tables (C, VBA),
 *   an npm converter's charset list and the encyclopaedia description of VN3
 *   (67 lower-case letters + 7 toneless capitals) were compared by eye.
 * - VNI Windows: a keyboard driver's per-letter table and an npm converter's
 *   charset list were compared by script, a second driver's (VBA) table and
 *   README examples ("Xin chaøo caùc baïn") by eye.
 * The sources agree on every code used below.
 */

export type LegacyEncoding = 'unicode' | 'tcvn3' | 'vni';

// Tone order used by every table here: none, sắc, huyền, hỏi, ngã, nặng.
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type Vowel = (typeof VOWELS)[number];

const withTone = (vowel: Vowel, tone: number): string => (vowel + TONES[tone]).normalize('NFC');

// ---------------------------------------------------------------- TCVN3 ---
// One byte per lower-case letter, in TONES order. Shown as the Latin-1
// character Excel gives back for that byte.
const TCVN3_VOWELS: Record<Vowel, string> = {
  a: 'a\xB8\xB5\xB6\xB7\xB9',
  ă: '\xA8\xBE\xBB\xBC\xBD\xC6',
  â: '\xA9\xCA\xC7\xC8\xC9\xCB',
  e: 'e\xD0\xCC\xCE\xCF\xD1',
  ê: '\xAA\xD5\xD2\xD3\xD4\xD6',
  i: 'i\xDD\xD7\xD8\xDC\xDE',
  o: 'o\xE3\xDF\xE1\xE2\xE4',
  ô: '\xAB\xE8\xE5\xE6\xE7\xE9',
  ơ: '\xAC\xED\xEA\xEB\xEC\xEE',
  u: 'u\xF3\xEF\xF1\xF2\xF4',
  ư: '\xAD\xF8\xF5\xF6\xF7\xF9',
  y: 'y\xFD\xFA\xFB\xFC\xFE',
};

// VN3 has upper-case codes only for the seven toneless modified letters.
// Upper-case letters WITH a tone were typed in the all-capitals font
// (.VnTimeH), which reuses the lower-case codes: the byte alone cannot say
// which case was shown. The VN1/VN2 extras (upper-case toned letters in the
// 0x80–0x9F and C0 ranges, combining marks at 0xB0–0xB4) are deliberately
// not mapped: ABC fonts do not have them, and mapping them would turn
// ordinary Latin-1 letters (À, Á, Â…) into Vietnamese ones.
const TCVN3_UPPER: Record<string, string> = {
  '\xA1': 'Ă',
  '\xA2': 'Â',
  '\xA3': 'Ê',
  '\xA4': 'Ô',
  '\xA5': 'Ơ',
  '\xA6': 'Ư',
  '\xA7': 'Đ',
};

/** Lower-case-only codes: their case must be inferred from context. */
const TCVN3_LOWER = new Map<string, string>([['\xAE', 'đ']]);
for (const vowel of VOWELS) {
  [...TCVN3_VOWELS[vowel]].forEach((code, tone) => {
    if (code.charCodeAt(0) > 0x7f) TCVN3_LOWER.set(code, withTone(vowel, tone));
  });
}

const hasNonAscii = (s: string): boolean => /[\u0080-\uffff]/.test(s);
const isUpperAscii = (c: string): boolean => c >= 'A' && c <= 'Z';
const isLowerAscii = (c: string): boolean => c >= 'a' && c <= 'z';

// A "word" for TCVN3 purposes: ASCII letters plus any Latin-1 code (TCVN3
// letters include symbols such as ¸ µ × ÷ that are not \p{L}).
const TCVN3_WORD = /[A-Za-z\xA1-\xFF]+/g;

/**
 * TCVN3 decoding with case inference. A lower-case code inside a word whose
 * other cased letters are all capitals ("C«NG", "§¾K") must have come from
 * the H-font, so it is upper-cased. Evidence is required from at least two
 * capitals in the word, or from the whole text being in capitals, because a
 * single capital is just title case ("Bé" is "Bộ", not "BỘ").
 */
function decodeTcvn3(text: string): string {
  const caps = (s: string) => [...s].filter((c) => isUpperAscii(c) || c in TCVN3_UPPER).length;
  const hasLower = (s: string) => [...s].some(isLowerAscii);
  const textIsCaps = !hasLower(text) && caps(text) >= 2;
  return text.replace(TCVN3_WORD, (word) => {
    const upper = !hasLower(word) && (caps(word) >= 2 || textIsCaps);
    let out = '';
    for (const c of word) {
      const lower = TCVN3_LOWER.get(c);
      out += lower === undefined ? (TCVN3_UPPER[c] ?? c) : upper ? lower.toUpperCase() : lower;
    }
    return out;
  });
}

const isTcvn3Code = (c: string): boolean => TCVN3_LOWER.has(c) || c in TCVN3_UPPER;

// ------------------------------------------------------------------ VNI ---
// VNI Windows writes a letter as an ASCII base followed by one "mark" byte,
// or as a single byte for ơ ư đ and for i / ỵ. Mark bytes, in TONES order:
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï']; // on a e o u y ơ ư
const VNI_HAT = ['â', 'á', 'à', 'å', 'ã', 'ä']; // circumflex (â ê ô) + tone
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë']; // breve (ă) + tone
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò']; // i carries its tone in one byte

function vniSpelling(vowel: Vowel, tone: number): string {
  switch (vowel) {
    case 'ă':
      return `a${VNI_BREVE[tone]}`;
    case 'â':
    case 'ê':
    case 'ô':
      return { â: 'a', ê: 'e', ô: 'o' }[vowel] + VNI_HAT[tone];
    case 'ơ':
      return `ô${VNI_TONE[tone]}`; // ô (0xF4) is VNI's ơ
    case 'ư':
      return `ö${VNI_TONE[tone]}`; // ö (0xF6) is VNI's ư
    case 'i':
      return VNI_I[tone] ?? '';
    case 'y':
      return tone === 5 ? 'î' : `y${VNI_TONE[tone]}`;
    default:
      return vowel + VNI_TONE[tone];
  }
}

// VNI spelling -> Unicode letter, both cases. The upper-case VNI font uses
// the upper-case forms of the same mark bytes ("AÙ" is Á); an upper-case
// base with a lower-case mark is also accepted, the base deciding the case.
const VNI_DECODE = new Map<string, string>();
for (const vowel of VOWELS) {
  TONES.forEach((_, tone) => {
    const spelling = vniSpelling(vowel, tone);
    if (!hasNonAscii(spelling)) return; // plain ASCII letter
    const letter = withTone(vowel, tone);
    VNI_DECODE.set(spelling, letter);
    VNI_DECODE.set(spelling.toUpperCase(), letter.toUpperCase());
    if (spelling.length === 2) VNI_DECODE.set(spelling[0]?.toUpperCase() + spelling.slice(1), letter.toUpperCase());
  });
}
VNI_DECODE.set('ñ', 'đ');
VNI_DECODE.set('Ñ', 'Đ');

/** Decodes VNI; `leftover` counts non-ASCII characters that are not VNI. */
function decodeVni(text: string): { text: string; leftover: number } {
  let out = '';
  let leftover = 0;
  for (let i = 0; i < text.length; ) {
    const pair = i + 1 < text.length ? VNI_DECODE.get(text.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const c = text.charAt(i);
    const single = VNI_DECODE.get(c);
    if (single === undefined && c.charCodeAt(0) > 0x7f) leftover++;
    out += single ?? c;
    i += 1;
  }
  return { text: out, leftover };
}

// --------------------------------------------------------------- public ---

/** Converts legacy text to NFC Unicode. Upper-case TCVN3: see decodeTcvn3. */
export function convertText(text: string, encoding: LegacyEncoding): string {
  // NFC first: it leaves Latin-1 legacy bytes alone but repairs strings an
  // earlier step decomposed (ù -> u + U+0300).
  const nfc = text.normalize('NFC');
  if (encoding === 'tcvn3') return decodeTcvn3(nfc).normalize('NFC');
  if (encoding === 'vni') return decodeVni(nfc).text.normalize('NFC');
  return nfc;
}

// Vowel clusters (tone removed) that occur in Vietnamese syllables. Kept
// small on purpose: every extra cluster lets more garbage pass as valid.
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ' +
    'ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oeo uây uôi uya uyê uyu ươi ươu'
  ).split(' '),
);
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[ckmnpt])?$/;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Is `word` one plausible Vietnamese syllable in a plausible casing? */
function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (word !== lower && word !== title && word !== word.toUpperCase()) return false;
  const decomposed = lower.normalize('NFD');
  const tones = decomposed.match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const match = SYLLABLE.exec(decomposed.replace(TONE_MARK, '').normalize('NFC'));
  if (!match) return false;
  const nucleus = match[2] ?? '';
  const final = match[3] ?? '';
  if (!NUCLEI.has(nucleus)) return false;
  // A glide-ending cluster takes no final consonant ("uy" as in huynh aside).
  if (final && nucleus.length > 1 && nucleus !== 'uy' && /[iouy]$/.test(nucleus)) return false;
  if (!final && /[ăâ]$/.test(nucleus)) return false; // ă, â always need a final
  // Stop finals only carry sắc or nặng (or no mark, as in "Đăk").
  const tone = tones[0];
  if (/^(c|ch|k|p|t)$/.test(final) && tone !== undefined && tone !== '\u0301' && tone !== '\u0323') return false;
  return true;
}

const TOKEN_SEPARATOR = /[\s!-@[-`{-~]+/; // whitespace, digits, ASCII punctuation
const MAX_TOKENS = 5000; // a sheet's worth is plenty to decide

/**
 * Decides how a sample of cell texts is encoded. Only words with a non-ASCII
 * character say anything (ASCII is identical in all three encodings). Each
 * such word is read as Unicode, as TCVN3 and as VNI, and counted for every
 * reading that is a plausible Vietnamese syllable. Real Unicode Vietnamese
 * reads as valid Unicode almost always, so a legacy encoding only wins when
 * it explains clearly more words than Unicode does; ties stay 'unicode'.
 *
 * confidence: for a legacy result, the share of words that read as valid
 * Vietnamese in it; for 'unicode', 1 minus the share of words that only a
 * legacy reading explains (1 when there is nothing to convert).
 */
export function detectEncoding(samples: readonly string[]): { encoding: LegacyEncoding; confidence: number } {
  let words = 0;
  let unicodeOk = 0;
  let tcvn3Ok = 0;
  let vniOk = 0;
  let legacyOnly = 0;
  outer: for (const sample of samples) {
    for (const word of sample.normalize('NFC').split(TOKEN_SEPARATOR)) {
      if (!hasNonAscii(word)) continue;
      if (words >= MAX_TOKENS) break outer;
      words++;
      const asUnicode = isVietnameseSyllable(word);
      const asTcvn3 = [...word].every((c) => c <= '\x7f' || isTcvn3Code(c)) && isVietnameseSyllable(decodeTcvn3(word));
      const vni = decodeVni(word);
      const asVni = vni.leftover === 0 && isVietnameseSyllable(vni.text.normalize('NFC'));
      if (asUnicode) unicodeOk++;
      if (asTcvn3) tcvn3Ok++;
      if (asVni) vniOk++;
      if (!asUnicode && (asTcvn3 || asVni)) legacyOnly++;
    }
  }
  if (words === 0) return { encoding: 'unicode', confidence: 1 };
  const round = (x: number) => Math.round(x * 100) / 100;
  const [best, bestOk, otherOk]: [LegacyEncoding, number, number] =
    tcvn3Ok >= vniOk ? ['tcvn3', tcvn3Ok, vniOk] : ['vni', vniOk, tcvn3Ok];
  const share = bestOk / words;
  if (share >= 0.5 && share - unicodeOk / words >= 0.25 && bestOk > otherOk) {
    return { encoding: best, confidence: round(share) };
  }
  return { encoding: 'unicode', confidence: round(1 - legacyOnly / words) };
}
