import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/domain/roles.ts';
import { outgoingItem } from '../../support/items.ts';
import { pdfPages, pdfText } from '../../support/pdf-tools.ts';
import { ADMIN, createTestRegister, type TestRegister } from '../../support/temp-register.ts';

/**
 * Print previews (print.*Preview) and the record of a system print (print.recordPrinted): the PDF comes back as
 * base64 and nothing is written or audited; a print is recorded only for a preview its own person opened.
 */
let r: TestRegister;
const ids: Record<string, string> = {};
const clerk: Actor = { id: 'vt', name: 'vanthu', roles: ['clerk'], department: 'Phòng Hợp tác quốc tế' };

beforeAll(async () => {
  r = await createTestRegister();
  for (let i = 0; i < 12; i++)
    ids[`n${i}`] = (await r.call('items.add', outgoingItem({ docNumber: `${300 + i}/CV-SNgV` }))).id;
});
afterAll(() => r.cleanup());

const head = () => r.host.workspace()?.audit.head().seq ?? 0;
const files = () => readdirSync(r.dir).sort();

/** The preview's PDF written to a temp file, for poppler to read back. */
function asFile(name: string, base64: string): string {
  const dir = join(r.dir, 'previews');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

describe('previews', () => {
  it('returns the register book with numbered copies, writes no file and adds no audit event', async () => {
    const before = { seq: head(), files: files() };
    const preview = await r.call('print.registerPreview', { book: 'outgoing', year: 2026, copies: 2 });
    expect(head()).toBe(before.seq);
    expect(files()).toEqual(before.files);
    expect(preview).toMatchObject({ copies: 2, classified: true });
    const bytes = Buffer.from(preview.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(preview.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const file = asFile('so.pdf', preview.pdfBase64);
    expect(pdfPages(file)).toBe(preview.pages);
    expect(preview.pages % 2).toBe(0);
    expect(pdfText(file, 1)).toContain('Bản số 1/2');
    expect(pdfText(file, preview.pages)).toContain('Bản số 2/2');
  });

  it('repeats unclassified labels and receipts whole for each copy, with no copy number', async () => {
    const labels = await r.call('print.envelopePreview', { itemId: ids.n0, copies: 3 });
    expect(labels).toMatchObject({ copies: 3, classified: false, pages: 3 });
    const labelFile = asFile('bi.pdf', labels.pdfBase64);
    for (let p = 1; p <= 3; p++) expect(pdfText(labelFile, p)).toContain('NHÃN BÌ NGOÀI');
    expect(pdfText(labelFile)).not.toContain('Bản số');

    const receipt = await r.call('print.receiptPreview', { itemIds: [ids.n1, ids.n2], copies: 2 });
    expect(receipt).toMatchObject({ copies: 2, classified: false, pages: 2 });
    const receiptFile = asFile('phieu.pdf', receipt.pdfBase64);
    for (let p = 1; p <= 2; p++) expect(pdfText(receiptFile, p)).toContain('Tổng cộng: 2 tài liệu');
  });

  it('keeps the printing rules: no book for a clerk, labels of their own department only', async () => {
    expect(
      await r.router.call('print.registerPreview', { book: 'outgoing', year: 2026 }, { actor: clerk }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await r.router.call('print.envelopePreview', { itemId: ids.n0 }, { actor: clerk })).toMatchObject({
      ok: true,
    });
    const other = { ...clerk, id: 'vt2', department: 'Văn phòng' };
    expect(await r.router.call('print.envelopePreview', { itemId: ids.n0 }, { actor: other })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('explains an empty book in Vietnamese', async () => {
    expect(await r.router.call('print.registerPreview', { book: 'incoming', year: 2026 }, r.ctx())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Sổ đến năm 2026 chưa có mục nào.' },
    });
  });
});

describe('recording a system print', () => {
  it('records document, copies, pages and the SHA-256 of the previewed bytes, once per print', async () => {
    const preview = await r.call('print.registerPreview', { book: 'outgoing', year: 2026, copies: 2 });
    const before = head();
    expect(await r.call('print.recordPrinted', { previewId: preview.previewId })).toEqual({
      pages: preview.pages,
      copies: 2,
    });
    const [event] = await r.call('audit.list', { action: 'document.printed', limit: 1 });
    expect(event?.seq).toBe(before + 1);
    expect(event?.entityId).toBe('register-book');
    expect(event?.info).toMatchObject({
      via: 'printer',
      book: 'outgoing',
      year: 2026,
      copies: 2,
      items: 12,
      pages: preview.pages,
      sha256: preview.sha256,
    });
    // Printed again from the same preview: a second record.
    await r.call('print.recordPrinted', { previewId: preview.previewId });
    expect(head()).toBe(before + 2);
  });

  it('refuses a preview opened by someone else, an unknown id, and every id after a lock', async () => {
    const preview = await r.call('print.envelopePreview', { itemId: ids.n3 });
    const notFound = { ok: false, error: { code: 'NOT_FOUND' } };
    expect(
      await r.router.call('print.recordPrinted', { previewId: preview.previewId }, { actor: clerk }),
    ).toMatchObject(notFound);
    expect(await r.router.call('print.recordPrinted', { previewId: 'khong-co' }, r.ctx())).toMatchObject(notFound);
    // Locking forgets every preview: after unlocking again, the same person cannot record the old one.
    await r.call('session.lock', {});
    await r.call('session.unlock', { userName: ADMIN.name, password: ADMIN.password });
    expect(await r.router.call('print.recordPrinted', { previewId: preview.previewId }, r.ctx())).toMatchObject(
      notFound,
    );
  });

  it('is refused to roles without print permission, and the refusal is audited', async () => {
    const auditor: Actor = { id: 'kt', name: 'kiemtra', roles: ['auditor'], department: null };
    const before = head();
    expect(await r.router.call('print.recordPrinted', { previewId: 'x' }, { actor: auditor })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(head()).toBe(before + 1);
  });

  it('a saved file is audited as a print to a file, with its path', async () => {
    const path = join(r.dir, 'so-luu.pdf');
    await r.call('print.register', { book: 'outgoing', year: 2026, copies: 1, outPath: path });
    const [event] = await r.call('audit.list', { action: 'document.printed', limit: 1 });
    expect(event?.info).toMatchObject({ via: 'file', path, copies: 1 });
  });
});
