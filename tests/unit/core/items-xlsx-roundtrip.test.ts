import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { Book } from '../../../core/domain/items.ts';
import { carriedByExport as carried } from '../../support/exported-fields.ts';
import { incomingItem, outgoingItem } from '../../support/items.ts';
import { createTestRegister, type TestRegister } from '../../support/temp-register.ts';

let source: TestRegister | undefined;
let target: TestRegister | undefined;
afterEach(() => {
  source?.cleanup();
  target?.cleanup();
});

/** A demo register over two register years: numbers restart in January, and many January entries are dated in December. */
async function demoRegister(): Promise<TestRegister> {
  const demo = await createTestRegister('unit', { training: true });
  demo.clock.set('2026-02-10T03:00:00.000Z');
  await demo.call('training.populate', { items: 160, seed: 7 });
  demo.clock.set('2027-01-20T03:00:00.000Z');
  await demo.call('training.populate', { items: 160, seed: 8 });
  return demo;
}

const bodyRows = async (file: string) => (await readSheet(readFileSync(file))).slice(3);

describe("the app's own Excel export imports back with no mapping", () => {
  it.each(['outgoing', 'incoming'] as const)(
    'every row of the %s book comes back with the fields the export carries, Tuyệt mật rows without a summary',
    async (book: Book) => {
      source = await demoRegister();
      const { items: original } = await source.call('items.list', { book });
      // The demo must cover what the issue met: all three levels, two years, letters dated before their book's year.
      expect(new Set(original.map((i) => i.level))).toEqual(new Set(['tuyet_mat', 'toi_mat', 'mat']));
      expect(new Set(original.map((i) => i.registerYear))).toEqual(new Set([2026, 2027]));
      expect(original.some((i) => Number(i.docDate.slice(0, 4)) < i.registerYear)).toBe(true);
      const topSecret = original.filter((i) => i.level === 'tuyet_mat');
      expect(topSecret.every((i) => i.summary === null)).toBe(true);
      const file = join(source.dir, `${book}.xlsx`);
      await source.call('items.exportXlsx', { book, outPath: file });

      target = await createTestRegister();
      target.clock.set('2027-02-01T03:00:00.000Z');
      const input = { fileName: `${book}.xlsx`, contentBase64: readFileSync(file).toString('base64') };
      const preview = await target.call('items.importPreview', input);
      expect(preview).toMatchObject({ layout: 'app', book, encoding: 'unicode', total: original.length, invalid: 0 });
      expect(preview.rows[0]?.row).toBe(5); // three title rows and the header row come first
      expect((await target.call('items.list', {})).total).toBe(0);

      const result = await target.call('items.importCommit', input);
      expect(result.imported).toBe(original.length);
      const highest = (year: number) =>
        Math.max(...original.filter((i) => i.registerYear === year).map((i) => i.registerNo));
      expect([...result.books].sort((a, b) => a.year - b.year)).toEqual([
        { book, year: 2026, lastNo: highest(2026) },
        { book, year: 2027, lastNo: highest(2027) },
      ]);
      const { items: imported } = await target.call('items.list', { book });
      expect(imported.map(carried)).toEqual(original.map(carried));
      expect(imported.filter((i) => i.level === 'tuyet_mat').map((i) => [i.registerNo, i.summary])).toEqual(
        topSecret.map((i) => [i.registerNo, null]),
      );
      expect(imported.every((i) => i.registeredAt.slice(0, 4) === String(i.registerYear))).toBe(true);

      // Exporting the imported book again writes the very same table, cell for cell.
      const again = join(target.dir, `${book}-again.xlsx`);
      await target.call('items.exportXlsx', { book, outPath: again });
      expect(await bodyRows(again)).toEqual(await bodyRows(file));
      // Registering goes on after the highest imported number of the current year.
      const add = book === 'outgoing' ? outgoingItem() : incomingItem();
      expect((await target.call('items.add', add)).registerNo).toBe(highest(2027) + 1);
      const [event] = await target.call('audit.list', { action: 'items.imported' });
      expect(event?.info).toMatchObject({ rows: original.length, layout: 'app', encoding: 'unicode' });
      expect((await target.call('audit.verify', {})).problems).toEqual([]);
    },
  );
});
