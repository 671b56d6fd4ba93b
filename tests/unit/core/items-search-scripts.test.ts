import { afterEach, describe, expect, it } from 'vitest';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let r: TestRegister;
afterEach(() => r?.cleanup());

/** A Lao counterpart's ministry and marking as written on its document, a Thai one, and the usual two items. */
async function registerOfScripts(): Promise<TestRegister> {
  const register = await createTestRegister();
  await register.call('items.add', outgoingItem()); // 125/CV-SNgV, Vietnamese only
  await register.call('items.add', incomingItem()); // 0457/BAN, marked ລັບທີ່ສຸດ
  await register.call(
    'items.add',
    incomingItem({ docNumber: '0458/BAN', foreignBody: 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ', foreignMarking: 'ລັບ', level: 'mat' }),
  );
  await register.call(
    'items.add',
    incomingItem({
      docNumber: '77/TH',
      foreignBody: 'กระทรวงการต่างประเทศ',
      foreignMarking: 'ลับมาก',
      summary: 'Bản sao công hàm về hợp tác biên giới',
    }),
  );
  return register;
}

const found = async (query: string, filter: object = {}) =>
  (await r.call('items.search', { query, ...filter })).items.map((i) => i.docNumber);

describe('search in Lao and Thai (scripts without spaces between words)', () => {
  it('finds a Lao body by its start, by any part inside it, and by its Lao marking', async () => {
    r = await registerOfScripts();
    expect(await found('ກະຊວງ')).toEqual(['0458/BAN']);
    expect(await found('ປ້ອງກັນ')).toEqual(['0458/BAN']);
    expect(await found('ຄວາມສະຫງົບ')).toEqual(['0458/BAN']);
    // "ລັບ" (secret) is also the start of "ລັບທີ່ສຸດ" (top secret): newest first.
    expect(await found('ລັບ')).toEqual(['0458/BAN', '0457/BAN']);
    expect(await found('ທີ່ສຸດ')).toEqual(['0457/BAN']);
  });

  it('finds Thai text by any part, and keeps Thai and Lao apart', async () => {
    r = await registerOfScripts();
    expect(await found('กระทรวง')).toEqual(['77/TH']);
    expect(await found('การต่างประเทศ')).toEqual(['77/TH']);
    expect(await found('ต่าง')).toEqual(['77/TH']);
    expect(await found('ลับ')).toEqual(['77/TH']);
    expect(await found('มาก')).toEqual(['77/TH']);
  });

  it('needs every term of a mixed query, Vietnamese folded and Lao exact, and reports the terms it used', async () => {
    r = await registerOfScripts();
    expect(await found('ປ້ອງກັນ thong bao')).toEqual(['0458/BAN']);
    expect(await found('bi mat ລັບ')).toEqual(['0458/BAN', '0457/BAN']);
    expect(await found('ປ້ອງກັນ dak lak')).toEqual([]);
    expect(await found('ປ້ອງກັນ ທີ່ສຸດ')).toEqual([]);
    expect(await found('ປ້ອງກັນ ລັບ')).toEqual(['0458/BAN']);
    expect((await r.call('items.search', { query: 'Thông ປ້ອງກັນ' })).terms).toEqual(['thong', 'ປ້ອງກັນ']);
  });

  it('finds a term of one or two code points only at the start of a run (no trigram fits inside)', async () => {
    r = await registerOfScripts();
    expect(await found('ກະ')).toEqual(['0458/BAN']);
    expect(await found('ລ')).toEqual(['0458/BAN', '0457/BAN']);
    expect(await found('ວງ')).toEqual([]);
  });

  it('applies the list filters and ranking to Lao and mixed queries as to Vietnamese ones', async () => {
    r = await registerOfScripts();
    expect(await found('ປ້ອງກັນ', { book: 'incoming' })).toEqual(['0458/BAN']);
    expect(await found('ປ້ອງກັນ', { book: 'outgoing' })).toEqual([]);
    expect(await found('ລັບ', { level: 'toi_mat' })).toEqual(['0457/BAN']);
    expect(await found('ລັບ', { ranked: true })).toHaveLength(2);
    expect(await found('thong ປ້ອງກັນ', { book: 'incoming' })).toEqual(['0458/BAN']);
    expect(await found('thong ລັບ', { level: 'toi_mat' })).toEqual(['0457/BAN']);
    expect(await found('thong ປ້ອງກັນ', { book: 'outgoing' })).toEqual([]);
    expect(await found('thong ປ້ອງກັນ', { book: 'incoming', ranked: true })).toEqual(['0458/BAN']);
    expect(await found('thong ລັບ', { ranked: true })).toHaveLength(2);
  });

  it('leaves Vietnamese searches as they were', async () => {
    r = await registerOfScripts();
    expect(await found('dak lak')).toEqual(['125/CV-SNgV']);
    expect(await found('bi mat')).toEqual(['0458/BAN', '0457/BAN']);
    expect(await found('cong ham')).toEqual(['77/TH']);
    expect(await found('lao')).toEqual(['77/TH', '0458/BAN', '0457/BAN']);
  });
});
