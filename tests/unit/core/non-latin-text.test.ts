import { describe, expect, it } from 'vitest';
import {
  isNonLatinTerm,
  scriptPieces,
  trigramIndexText,
  trigramMatchExpression,
} from '../../../core/domain/non-latin-text.ts';
import { searchTerms } from '../../../core/domain/vietnamese-fold.ts';

describe('non-Latin runs for the trigram index', () => {
  it('keeps a Lao run whole with its vowel and tone marks; "ລັບ" is three code points though two graphemes', () => {
    expect([...'ລັບ']).toHaveLength(3);
    expect([...new Intl.Segmenter('lo', { granularity: 'grapheme' }).segment('ລັບ')]).toHaveLength(2);
    expect(scriptPieces('Bộ ກະຊວງປ້ອງກັນ (ລັບ)')).toEqual([
      { text: 'Bộ ', nonLatin: false },
      { text: 'ກະຊວງປ້ອງກັນ', nonLatin: true },
      { text: ' (', nonLatin: false },
      { text: 'ລັບ', nonLatin: true },
      { text: ')', nonLatin: false },
    ]);
  });

  it('treats Vietnamese, ASCII digits and punctuation as Latin, and Thai, Cyrillic and Han as non-Latin', () => {
    for (const term of ['dak', 'đắk', 'Nghiêng', '0457', 'a3']) expect(isNonLatinTerm(term), term).toBe(false);
    for (const term of ['ປ້ອງກັນ', 'ลับ', 'москва', '机密', '໑໒']) expect(isNonLatinTerm(term), term).toBe(true);
  });

  it('indexes only the non-Latin runs of an item, each after two spaces, and nothing for Vietnamese text', () => {
    expect(
      trigramIndexText(['125/CV-SNgV', 'Về việc trao đổi thông tin tại tỉnh Đắk Lắk', null, 'Bộ An ninh Lào']),
    ).toBe(null);
    expect(trigramIndexText(['0458/BAN', 'Bộ ກະຊວງປ້ອງກັນ', null, 'ລັບ'])).toBe('  ກະຊວງປ້ອງກັນ  ລັບ');
  });

  it('finds no non-Latin run in any Vietnamese letter with any tone, in either case, nor in common punctuation', () => {
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const letters = [...'aăâeêioôơuưy'].flatMap((v) => tones.map((t) => `${v}${t}`.normalize('NFC')));
    const all = `${letters.join(' ')} đ bcdghklmnpqrstvx 0123456789 – — “” … № ° ₫`;
    expect(trigramIndexText([all, all.toUpperCase()])).toBeNull();
    expect(searchTerms(all).every((t) => !isNonLatinTerm(t))).toBe(true);
  });

  it('drops zero-width spaces and joiners inside a run, which some Lao and Thai text uses between words', () => {
    expect(trigramIndexText(['ກະຊວງ\u200bປ້ອງກັນ'])).toBe('  ກະຊວງປ້ອງກັນ');
    expect(searchTerms('ກະຊວງ\u200bປ້ອງກັນ')).toEqual(['ກະຊວງປ້ອງກັນ']);
  });

  it('matches a term of three code points anywhere, a shorter one at the start of a run, quoted as text', () => {
    expect(trigramMatchExpression(['ລັບ', 'ກະ', 'ລ'])).toBe('"ລັບ" AND " ກະ" AND "  ລ"');
    expect(trigramMatchExpression(['ก"ข'])).toBe('"ก""ข"');
  });
});

describe('search terms', () => {
  it('folds Vietnamese words as before and keeps non-Latin runs as terms of their own, in query order', () => {
    expect(searchTerms('Đắk Lắk, A3/BAN')).toEqual(['dak', 'lak', 'a3', 'ban']);
    expect(searchTerms('bí mật ປ້ອງກັນ thông báo')).toEqual(['bi', 'mat', 'ປ້ອງກັນ', 'thong', 'bao']);
    expect(searchTerms('กระทรวงการต่างประเทศ')).toEqual(['กระทรวงการต่างประเทศ']);
    expect(searchTerms('МОСКВА')).toEqual(['москва']);
  });
});
