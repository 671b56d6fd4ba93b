import { describe, expect, it } from 'vitest';
import { convertText, detectEncoding } from '../../../core/domain/legacy-encoding.ts';

// Encoders written independently of the module, in a different shape, so
// a wrong code in either place makes the round trips fail.

// TCVN3 (VN3): byte 0xA8 onward, then 0xB5..0xFE ('_' = byte VN3 leaves unused).
const TCVN3_A8 = 'ăâêôơưđ';
const TCVN3_B5 = 'àảãáạ_ằẳẵắ_______ặầẩẫấậè_ẻẽéẹềểễếệìỉ___ĩíịò_ỏõóọồổỗốộờởỡớợù_ủũúụừửữứựỳỷỹýỵ';
const TCVN3_CAPS = 'ĂÂÊÔƠƯĐ'; // 0xA1..0xA7
const toTcvn3 = new Map<string, string>();
for (const [first, letters] of [
  [0xa8, TCVN3_A8],
  [0xb5, TCVN3_B5],
  [0xa1, TCVN3_CAPS],
] as const) {
  [...letters].forEach((u, i) => {
    if (u !== '_') toTcvn3.set(u, String.fromCharCode(first + i));
  });
}

/** What the ABC driver stored; toned capitals come out as the H-font's lower-case codes. */
function encodeTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (c <= '\x7f') return c;
      const code = toTcvn3.get(c) ?? toTcvn3.get(c.toLowerCase());
      if (code === undefined) throw new Error(`no TCVN3 code for ${c}`);
      return code;
    })
    .join('');
}

// VNI Windows, lower case, as letter:spelling.
const VNI_PAIRS =
  'à:aø á:aù ả:aû ã:aõ ạ:aï ă:aê ằ:aè ắ:aé ẳ:aú ẵ:aü ặ:aë â:aâ ầ:aà ấ:aá ẩ:aå ẫ:aã ậ:aä ' +
  'è:eø é:eù ẻ:eû ẽ:eõ ẹ:eï ê:eâ ề:eà ế:eá ể:eå ễ:eã ệ:eä ì:ì í:í ỉ:æ ĩ:ó ị:ò ' +
  'ò:oø ó:où ỏ:oû õ:oõ ọ:oï ô:oâ ồ:oà ố:oá ổ:oå ỗ:oã ộ:oä ơ:ô ờ:ôø ớ:ôù ở:ôû ỡ:ôõ ợ:ôï ' +
  'ù:uø ú:uù ủ:uû ũ:uõ ụ:uï ư:ö ừ:öø ứ:öù ử:öû ữ:öõ ự:öï ỳ:yø ý:yù ỷ:yû ỹ:yõ ỵ:î đ:ñ';
const toVni = new Map<string, string>();
for (const pair of VNI_PAIRS.split(' ')) {
  const [letter = '', spelling = ''] = pair.split(':');
  toVni.set(letter, spelling);
  toVni.set(letter.toUpperCase(), spelling.toUpperCase());
}
function encodeVni(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (c <= '\x7f') return c;
      const spelling = toVni.get(c);
      if (spelling === undefined) throw new Error(`no VNI spelling for ${c}`);
      return spelling;
    })
    .join('');
}

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const LETTERS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
  .flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))
  .concat('đ');

const PHRASES = [
  'Sở Ngoại vụ tỉnh Đắk Lắk',
  'Công văn về việc trao đổi tin mật',
  'Bộ Công an',
  'Phòng An ninh chính trị nội bộ',
  'Hiệp định',
  'Tối mật',
  'Tuyệt mật',
  'Thủ tướng Chính phủ',
];

describe('encoders used by these tests', () => {
  it('cover all 72 toned vowels and đ, and TCVN3 VN3 has exactly 67 lower-case codes', () => {
    expect(LETTERS).toHaveLength(73);
    expect(new Set(LETTERS).size).toBe(73);
    expect(toTcvn3.size).toBe(67 + 7);
    for (const letter of LETTERS) {
      if (letter <= '\x7f') continue; // plain a e i o u y are ASCII in both
      expect(toTcvn3.has(letter), letter).toBe(true);
      expect(toVni.has(letter), letter).toBe(true);
    }
  });
});

describe('TCVN3 letter table', () => {
  it.each(LETTERS)('decodes the code for %s', (letter) => {
    const code = encodeTcvn3(letter);
    // Only ASCII vowels and ý (byte 0xFD is ý in both) keep their look.
    if (!'aeiouyý'.includes(letter)) expect(code).not.toBe(letter);
    expect(convertText(code, 'tcvn3')).toBe(letter);
  });

  it('decodes the seven toneless capitals VN3 does have', () => {
    expect(convertText('\xA1\xA2\xA3\xA4\xA5\xA6\xA7', 'tcvn3')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('leaves bytes VN3 does not use alone (VN1-only positions, ASCII, digits)', () => {
    expect(convertText('Ä Å À Á Â Ã Ù Ú Û à ð ÿ ¯ º', 'tcvn3')).toBe('Ä Å À Á Â Ã Ù Ú Û à ð ÿ ¯ º');
    expect(convertText('125/CV-SNgV 20/11/2026', 'tcvn3')).toBe('125/CV-SNgV 20/11/2026');
  });

  it('matches examples published with open-source converters', () => {
    expect(convertText('B¶o Th¾ng', 'tcvn3')).toBe('Bảo Thắng');
    expect(convertText('M\xADêng Kh\xAD¬ng', 'tcvn3')).toBe('Mường Khương');
  });

  // Limitation: a toned capital from the .VnTimeH font has the same byte as
  // the lower-case letter, and the xlsx string does not record the font.
  it('decodes a toned capital to lower case when nothing shows it was a capital', () => {
    expect(convertText(encodeTcvn3('Á'), 'tcvn3')).toBe('á');
    expect(convertText(encodeTcvn3('Ấn Độ'), 'tcvn3')).toBe('ấn Độ');
    expect(convertText(encodeTcvn3('Ở'), 'tcvn3')).toBe('ở');
  });

  it('upper-cases H-font letters inside all-capital words and all-capital cells', () => {
    expect(encodeTcvn3('TỐI MẬT')).toBe('TèI MËT');
    expect(convertText('TèI MËT', 'tcvn3')).toBe('TỐI MẬT');
    expect(convertText(encodeTcvn3('BỘ CÔNG AN'), 'tcvn3')).toBe('BỘ CÔNG AN');
    expect(convertText(encodeTcvn3('SỞ NGOẠI VỤ TỈNH ĐẮK LẮK'), 'tcvn3')).toBe('SỞ NGOẠI VỤ TỈNH ĐẮK LẮK');
    // A single capital is title case, not evidence of the H-font.
    expect(convertText(encodeTcvn3('Bộ'), 'tcvn3')).toBe('Bộ');
  });
});

describe('VNI letter table', () => {
  const both = LETTERS.flatMap((l) => [l, l.toUpperCase()]);
  it.each(both)('decodes the spelling of %s', (letter) => {
    const spelling = encodeVni(letter);
    expect(convertText(spelling, 'vni')).toBe(letter);
  });

  it('matches examples published with open-source converters', () => {
    expect(convertText('Xin chaøo caùc baïn', 'vni')).toBe('Xin chào các bạn');
    expect(convertText('ÑAÉK LAÉK', 'vni')).toBe('ĐẮK LẮK');
  });

  it('reads a mark after a base it cannot modify as itself', () => {
    expect(convertText('ù', 'vni')).toBe('ù');
    expect(convertText('125/CV-SNgV', 'vni')).toBe('125/CV-SNgV');
  });

  it('accepts input an earlier step decomposed (NFD of the Latin-1 marks)', () => {
    expect(convertText(encodeVni('Tối mật').normalize('NFD'), 'vni')).toBe('Tối mật');
    expect(convertText(encodeTcvn3('Tối mật').normalize('NFD'), 'tcvn3')).toBe('Tối mật');
  });
});

describe.each([
  ['tcvn3', encodeTcvn3],
  ['vni', encodeVni],
] as const)('real phrases in %s', (encoding, encode) => {
  it.each(PHRASES)('detects and converts "%s"', (phrase) => {
    const legacy = encode(phrase);
    expect(legacy).not.toBe(phrase);
    const detected = detectEncoding([legacy]);
    expect(detected.encoding).toBe(encoding);
    expect(detected.confidence).toBeGreaterThanOrEqual(0.5);
    expect(convertText(legacy, detected.encoding)).toBe(phrase);
  });

  it('detects a whole sheet, numbers and codes included', () => {
    const sheet = [...PHRASES.map(encode), '125/CV-SNgV', '20/11/2026', '42', ''];
    const detected = detectEncoding(sheet);
    expect(detected).toEqual({ encoding, confidence: 1 });
    expect(sheet.slice(0, PHRASES.length).map((s) => convertText(s, encoding))).toEqual(PHRASES);
  });
});

describe('detectEncoding leaves non-legacy text as unicode', () => {
  const cases: [string, string[]][] = [
    ['Unicode Vietnamese phrases', PHRASES],
    ['NFD Vietnamese', PHRASES.map((p) => p.normalize('NFD'))],
    ['Vietnamese without diacritics', ['So Ngoai vu tinh Dak Lak', 'Bo Cong an']],
    ['upper-case Unicode Vietnamese', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC']],
    ['Vietnamese words also valid as TCVN3', ['có', 'Bé', 'Công']],
    ['ASCII', ['Register', 'ABC-123', 'x']],
    ['English prose', ['The agreement on mutual protection of classified information.']],
    ['English with accented loanwords', ['A café résumé, naïve façade in São Paulo or Zürich']],
    ['document number', ['125/CV-SNgV']],
    ['date', ['20/11/2026']],
    ['empty list', []],
    ['empty strings', ['', '   ']],
  ];
  it.each(cases)('%s', (_name, samples) => {
    expect(detectEncoding(samples).encoding).toBe('unicode');
  });

  it('is fully confident when there is nothing to convert', () => {
    expect(detectEncoding(['125/CV-SNgV', '20/11/2026'])).toEqual({ encoding: 'unicode', confidence: 1 });
    expect(detectEncoding(PHRASES)).toEqual({ encoding: 'unicode', confidence: 1 });
  });

  it('does not take VNI for TCVN3 or the reverse', () => {
    expect(detectEncoding(PHRASES.map(encodeVni)).encoding).toBe('vni');
    expect(detectEncoding(PHRASES.map(encodeTcvn3)).encoding).toBe('tcvn3');
  });

  it('lets a mostly-legacy sheet win over a few Unicode cells, and not the reverse', () => {
    expect(detectEncoding([...PHRASES.map(encodeTcvn3), 'Hiệp định']).encoding).toBe('tcvn3');
    expect(detectEncoding([...PHRASES, encodeTcvn3('Tối mật')]).encoding).toBe('unicode');
  });
});

describe('convertText for unicode', () => {
  it('returns NFC and changes nothing else', () => {
    const nfd = 'Thủ tướng Chính phủ'.normalize('NFD');
    expect(nfd).not.toBe('Thủ tướng Chính phủ');
    expect(convertText(nfd, 'unicode')).toBe('Thủ tướng Chính phủ');
    expect(convertText('B¶o Th¾ng', 'unicode')).toBe('B¶o Th¾ng');
  });
});
