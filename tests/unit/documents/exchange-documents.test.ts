import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitAndPolice } from '../../support/exchange.ts';
import { keepPngPages, pdfFonts, pdfPages, pdfTextFlat } from '../../support/pdf-tools.ts';

let pair: Awaited<ReturnType<typeof unitAndPolice>>;
beforeAll(async () => {
  pair = await unitAndPolice();
});
afterAll(() => pair.cleanup());

const LEVEL_WORDS = /TUYỆT MẬT|TỐI MẬT|(^|\s)MẬT(\s|$)/;

describe('documents of the exchange (unclassified: no level word, no footer)', () => {
  it('the key sheet prints the grouped fingerprint, both public keys and the minisign key', async () => {
    const out = join(pair.usb, 'to-khoa.pdf');
    const printed = await pair.unit.call('keys.printSheet', { outPath: out });
    expect(printed.fingerprint).toBe(pair.unitKey.fingerprint);
    const text = pdfTextFlat(out);
    expect(text).toContain('TỜ KHÓA CÔNG KHAI');
    for (const group of pair.unitKey.fingerprintGrouped.split(' ')) expect(text).toContain(group);
    expect(text).toContain(pair.unitKey.ageRecipient);
    expect(text).toContain('minisign public key');
    expect(text).not.toMatch(LEVEL_WORDS);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
    keepPngPages(out);
  });

  it('the package cover sheet names the file, number, hash and both fingerprints', async () => {
    await pair.fileReport();
    const sent = await pair.unit.call('packages.export', { toDir: pair.usb, recipient: pair.receiverKey.fingerprint });
    const out = join(pair.usb, 'bia-goi.pdf');
    await pair.unit.call('packages.cover', { packageId: sent.packageId, outPath: out });
    const text = pdfTextFlat(out);
    expect(pdfPages(out)).toBe(1);
    expect(text).toContain('TỜ BÌA GÓI BÁO CÁO MANG TAY');
    expect(text).toContain(sent.path.split('/').pop());
    expect(text).toContain(sent.packageId);
    expect(text.replace(/\s+/g, '')).toContain(sent.hash);
    expect(text.replace(/\s+/g, '')).toContain(pair.receiverKey.fingerprint);
    expect(text).not.toMatch(LEVEL_WORDS);
    keepPngPages(out);
  });
});
