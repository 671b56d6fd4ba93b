import { describe, expect, it } from 'vitest';
import { highlightSegments, matchRanges } from '../../renderer/features/register/highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, terms)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('search highlight in Lao and Thai', () => {
  it('marks a Lao term of three code points or more wherever it stands, as the trigram index finds it', () => {
    const body = 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ';
    expect(highlightSegments(body, ['ປ້ອງກັນ'])).toEqual([
      { text: 'ກະຊວງ', match: false },
      { text: 'ປ້ອງກັນ', match: true },
      { text: 'ຄວາມສະຫງົບ', match: false },
    ]);
    expect(marked('ລັບທີ່ສຸດ', ['ລັບ'])).toEqual(['ລັບ']);
    expect(marked('กระทรวงการต่างประเทศ', ['ต่าง'])).toEqual(['ต่าง']);
  });

  it('marks a shorter term only at the start of a run, and Vietnamese terms as before beside it', () => {
    expect(matchRanges('ກະຊວງປ້ອງກັນ', ['ກະ'])).toEqual([{ start: 0, end: 2 }]);
    expect(matchRanges('ກະຊວງປ້ອງກັນ', ['ວງ'])).toEqual([]);
    expect(marked('Bộ An ninh Lào (ກະຊວງປ້ອງກັນ)', ['lao', 'ປ້ອງກັນ'])).toEqual(['Lào', 'ປ້ອງກັນ']);
  });

  it('marks across a zero-width space in the text, which the index ignores, and never a different script', () => {
    expect(marked('ກະຊວງ\u200bປ້ອງກັນ', ['ງປ້ອ'])).toEqual(['ງ\u200bປ້ອ']);
    expect(marked('ລັບທີ່ສຸດ', ['ลับ'])).toEqual([]);
  });
});
