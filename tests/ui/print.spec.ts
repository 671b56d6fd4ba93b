import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ChannelInput } from '../../core/api/contract.ts';
import { outgoingItem } from '../support/items.ts';
import { keepPngPages, pdfPages, pdfText, pdfTextFlat } from '../support/pdf-tools.ts';
import { execFileSync } from 'node:child_process';
import { unlockViaUi } from '../support/ui-actions.ts';
import { type HostDouble, setUpRegister, type UiRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

/** The register year in Vietnam for the test process's clock (the register numbers by Vietnamese calendar year). */
const vnYear = () => new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

const addItem = (register: UiRegister, over: Record<string, unknown> = {}) =>
  register.value('items.add', outgoingItem(over) as ChannelInput<'items.add'>);

async function openOutgoingBook(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Sổ BMNN đi' }).click();
  await expect(page.locator('[data-testid^="register-row-"]').first()).toBeVisible();
}

const preview = (page: Page) => page.getByRole('dialog', { name: /Xem trước khi in/ });

/** The shown page, once pdf.js has drawn it and laid its text over it. */
function shownPage(page: Page): Locator {
  return preview(page).locator('[data-testid="print-page"][data-rendered="true"]');
}

async function pageText(page: Page): Promise<string> {
  await expect(shownPage(page)).toBeVisible();
  return (await shownPage(page).getByTestId('print-page-text').textContent()) ?? '';
}

/** Pages in the preview, as pdf.js counted them in the PDF the register made. */
async function previewPages(page: Page): Promise<number> {
  return Number(await preview(page).getByTestId('print-stage').getAttribute('data-pages'));
}

/** A register with entries, locked so the test signs in through the unlock screen like a person. */
async function registerWith(register: UiRegister, add: () => Promise<void>): Promise<void> {
  await setUpRegister(register);
  await add();
  await register.value('session.lock', {});
}

/** Each page's width and height in points, as pdfinfo reports them (A4 portrait is 595.28 × 841.89). */
function pdfPageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/**
 * Holds the (faked) system print dialog open when the app reaches it; resolves with the function that closes it.
 * Before the dialog the app draws every page at 200 dpi and encodes it (about a second for two pages on a quiet
 * machine, 5–8 s measured on a loaded one), so a test waits for the dialog itself, never for a fixed time.
 */
function printDialogOpened(hostDouble: HostDouble): Promise<() => void> {
  return new Promise((opened) => {
    hostDouble.holdPrint = (close) => {
      hostDouble.holdPrint = null; // the next print answers at once unless a test holds it again
      opened(close);
    };
  });
}

async function printedEvents(register: UiRegister) {
  return register.value('audit.list', { action: 'document.printed', limit: 20 });
}

test('register book: preview rendered in the app, copies numbered "Bản số 2/2", saved as PDF and printed, both audited', async ({
  page,
  register,
  hostDouble,
  openApp,
}) => {
  test.setTimeout(90_000);
  await registerWith(register, async () => {
    for (let i = 0; i < 10; i++)
      await addItem(register, {
        docNumber: `${100 + i}/CV-SNgV`,
        summary: `Về việc phối hợp bảo vệ bí mật nhà nước đợt ${i + 1} tại tỉnh Đắk Lắk`,
      });
  });
  await openApp();
  await unlockViaUi(page);
  await openOutgoingBook(page);

  await page.keyboard.press('Control+p');
  await expect(preview(page)).toBeVisible();
  await expect(
    preview(page).getByRole('heading', { name: `Xem trước khi in — Sổ BMNN đi năm ${vnYear()}` }),
  ).toBeVisible();
  const cover = await pageText(page);
  expect(cover).toContain('SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI');
  expect(cover).toContain('Bản số 1/1');
  expect(await shownPage(page).getAttribute('data-orientation')).toBe('portrait');
  const onePerCopy = await previewPages(page);
  expect(onePerCopy).toBeGreaterThanOrEqual(2);
  // The register pages are landscape, in the paper column order.
  await page.keyboard.press('PageDown');
  await expect(preview(page).getByTestId('print-page-status')).toHaveText(`Trang 2/${onePerCopy}`);
  await expect(shownPage(page)).toHaveAttribute('data-orientation', 'landscape');
  expect(await pageText(page)).toContain('Tên loại và trích yếu nội dung');
  await saveScreenshot(page, 'print-preview-register');

  // Two copies: the preview is made again; the second copy's pages say "Bản số 2/2".
  await preview(page).getByLabel('Số bản').fill('2');
  await expect.poll(() => previewPages(page), { timeout: 15_000 }).toBe(onePerCopy * 2);
  await preview(page).getByTestId('print-stage').click();
  await page.keyboard.press('End');
  await expect(preview(page).getByTestId('print-page-status')).toHaveText(`Trang ${onePerCopy * 2}/${onePerCopy * 2}`);
  await expect(preview(page).getByTestId('print-copy-status')).toContainText('Bản số 2/2');
  expect(await pageText(page)).toContain('Bản số 2/2');
  await page.keyboard.press('Home');
  await expect(preview(page).getByTestId('print-page-status')).toHaveText(`Trang 1/${onePerCopy * 2}`);
  expect(await pageText(page)).toContain('Bản số 1/2');
  await saveScreenshot(page, 'print-preview-register-copy-2');

  // Lưu PDF: the path comes from the (faked) save dialog; the file is written by the register and read back.
  const file = join(register.dir, 'so-di.pdf');
  hostDouble.savePaths.push(file);
  await page.keyboard.press('Control+s');
  await expect(preview(page).getByTestId('print-saved-path')).toHaveText(file);
  expect(hostDouble.calls[0]).toEqual({
    channel: 'host.chooseSavePath',
    input: { defaultName: `so-bmnn-di-${vnYear()}.pdf`, format: 'pdf' },
  });
  expect(pdfPages(file)).toBe(onePerCopy * 2);
  expect(pdfText(file, onePerCopy * 2)).toContain('Bản số 2/2');
  expect(pdfTextFlat(file)).toContain('Về việc phối hợp bảo vệ bí mật nhà nước đợt 10');

  // In: while the (faked) system dialog is open, the page prints as exactly the preview's pages on A4 sheets —
  // Chromium's own print of the page under its print CSS, as Electron's webContents.print would send it.
  const sheets = join(register.dir, 'to-printer.pdf');
  const dialogOpen = printDialogOpened(hostDouble);
  await preview(page).getByRole('button', { name: /^In\b/ }).click();
  await expect(preview(page).getByTestId('print-preparing')).toBeVisible();
  const closeDialog = await test.step('the print dialog opens', () => dialogOpen);
  await page.pdf({ path: sheets, preferCSSPageSize: true });
  closeDialog();
  await expect(preview(page).getByTestId('print-done')).toContainText(`Đã gửi ${onePerCopy * 2} trang (2 bản)`);
  expect(hostDouble.calls.at(-1)).toMatchObject({ channel: 'host.print', sheets: onePerCopy * 2 });
  expect(pdfPages(sheets)).toBe(onePerCopy * 2);
  // A4 portrait sheets (Chromium rounds 210 × 297 mm to 594.96 × 841.92 pt), holding the page images only: none
  // of the app's own text reaches the paper.
  for (const [w, h] of pdfPageSizes(sheets)) {
    expect(Math.abs(w - 595.28)).toBeLessThan(1);
    expect(Math.abs(h - 841.89)).toBeLessThan(1);
  }
  expect(pdfTextFlat(sheets).trim()).toBe('');
  keepPngPages(sheets);
  // The print root is gone once the dialog closed: no page images of a classified document linger.
  await expect(page.getByTestId('print-pages')).toHaveCount(0);

  const events = await printedEvents(register);
  const printed = events.find((e) => e.info?.via === 'printer');
  const saved = events.find((e) => e.info?.via === 'file');
  expect(printed?.entityId).toBe('register-book');
  expect(printed?.info).toMatchObject({ book: 'outgoing', year: vnYear(), copies: 2, pages: onePerCopy * 2 });
  expect(String(printed?.info?.sha256)).toMatch(/^[0-9a-f]{64}$/);
  expect(saved?.info).toMatchObject({ book: 'outgoing', copies: 2, path: file, pages: onePerCopy * 2 });

  // Lưu DOCX is offered for the register book.
  const docx = join(register.dir, 'so-di.docx');
  hostDouble.savePaths.push(docx);
  await preview(page)
    .getByRole('button', { name: /Lưu DOCX/ })
    .click();
  await expect(preview(page).getByTestId('print-saved-path')).toHaveText(docx);
  expect(existsSync(docx)).toBe(true);
  const [exported] = await register.value('audit.list', { action: 'document.exported', limit: 1 });
  expect(exported?.info).toMatchObject({ format: 'docx', path: docx });

  // The audit screen names both.
  await page.keyboard.press('Escape');
  await expect(preview(page)).toHaveCount(0);
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký', exact: true })).toBeVisible();
  const log = page.getByRole('table', { name: 'Các sự kiện trong nhật ký' });
  await expect(log.getByText('In tài liệu (máy in hoặc tệp PDF)')).toHaveCount(2);
  await expect(log.getByText('Xuất tài liệu (DOCX)')).toHaveCount(1);
  await saveScreenshot(page, 'print-audit');
});

test('envelope labels: inner and outer label pages, no copy number; a cancelled print records nothing', async ({
  page,
  register,
  hostDouble,
  openApp,
}) => {
  await registerWith(register, async () => {
    await addItem(register, { docNumber: '125/CV-SNgV' });
    await addItem(register, {
      docNumber: '09/TM-SNgV',
      level: 'tuyet_mat',
      summary: null,
      handling: {
        namedRecipientOnly: true,
        channel: 'hand_carry',
        storagePlace: 'Két sắt phòng Bảo mật',
        copyingAllowed: false,
        returnBy: null,
      },
      approval: { ...outgoingItem().approval, approverTitle: 'Thủ tướng Chính phủ' },
    });
  });
  await openApp();
  await unlockViaUi(page);
  await openOutgoingBook(page);

  // The newest entry (the Tuyệt mật one) is the current row.
  await page.getByTestId('register-grid').focus();
  await page.keyboard.press('Control+b');
  await expect(preview(page).getByRole('heading', { name: 'Xem trước khi in — Nhãn bì 09/TM-SNgV' })).toBeVisible();
  const inner = await pageText(page);
  expect(inner).toContain('NHÃN BÌ TRONG');
  expect(inner).toContain('TUYỆT MẬT');
  expect(inner).not.toContain('Bản số');
  expect(await previewPages(page)).toBe(2);
  await expect(preview(page).getByText('Các bản giống hệt nhau')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(preview(page).getByTestId('print-page-status')).toHaveText('Trang 2/2');
  const outer = await pageText(page);
  expect(outer).toContain('NHÃN BÌ NGOÀI');
  expect(outer).not.toMatch(/MẬT|mật/);
  await saveScreenshot(page, 'print-preview-envelope');

  // The person cancels the system print dialog: nothing is recorded.
  hostDouble.printAnswer = 'cancelled';
  const cancelDialog = printDialogOpened(hostDouble);
  await page.keyboard.press('Control+p');
  (await test.step('the print dialog opens', () => cancelDialog))();
  await expect(preview(page).getByTestId('print-cancelled')).toHaveText(/Đã hủy in/);
  expect(hostDouble.calls.map((c) => c.channel)).toEqual(['host.print']);
  expect(await printedEvents(register)).toEqual([]);

  // The person closes the save dialog: nothing is written, nothing recorded, nothing to say.
  hostDouble.savePaths.push(null);
  await page.keyboard.press('Control+s');
  await expect.poll(() => hostDouble.calls.length).toBe(2);
  await expect(preview(page).getByTestId('print-saved')).toHaveCount(0);
  expect(await printedEvents(register)).toEqual([]);
  // Labels are not for editing: no DOCX.
  await expect(preview(page).getByRole('button', { name: /Lưu DOCX/ })).toHaveCount(0);
});

test('courier receipt: rows picked with Space, two identical copies, printed and audited; F1 explains the preview', async ({
  page,
  register,
  hostDouble,
  openApp,
}) => {
  await registerWith(register, async () => {
    await addItem(register, { docNumber: '125/CV-SNgV' });
    await addItem(register, { docNumber: '126/CV-SNgV' });
    await addItem(register, { docNumber: '127/CV-SNgV' });
  });
  await openApp();
  await unlockViaUi(page);
  await openOutgoingBook(page);

  const grid = page.getByTestId('register-grid');
  await grid.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('register-marked')).toContainText('Đã chọn 2 mục');
  await expect(page.getByTestId('register-row-3')).toHaveAttribute('data-marked', 'true');
  await expect(page.getByTestId('register-row-1')).toHaveAttribute('data-marked', 'true');
  await page.keyboard.press('Control+g');
  await expect(
    preview(page).getByRole('heading', { name: 'Xem trước khi in — Phiếu giao nhận (2 tài liệu)' }),
  ).toBeVisible();
  const text = await pageText(page);
  expect(text).toContain('PHIẾU GIAO NHẬN TÀI LIỆU');
  expect(text).toContain('127/CV-SNgV');
  expect(text).toContain('125/CV-SNgV');
  expect(text).not.toContain('126/CV-SNgV');
  expect(text).not.toMatch(/MẬT|Mật|trao đổi thông tin/);

  await preview(page).getByLabel('Số bản').fill('2');
  await expect.poll(() => previewPages(page), { timeout: 15_000 }).toBe(2);
  await saveScreenshot(page, 'print-preview-receipt');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Trợ giúp: Xem trước khi in' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Bản số n/N');
  await page.keyboard.press('F1');
  await expect(help).toHaveCount(0);

  // Ctrl+P right after the help closed: the preview's keys work again (a window-wide listener, whatever has focus).
  const dialogOpen = printDialogOpened(hostDouble);
  await page.keyboard.press('Control+p');
  (await test.step('the print dialog opens', () => dialogOpen))();
  await expect(preview(page).getByTestId('print-done')).toContainText('Đã gửi 2 trang (2 bản)');
  expect(hostDouble.calls.at(-1)).toMatchObject({ channel: 'host.print', sheets: 2 });
  const [event] = await printedEvents(register);
  expect(event?.entityId).toBe('receipt');
  expect(event?.info).toMatchObject({ via: 'printer', copies: 2, pages: 2 });
  expect(event?.info?.itemIds).toHaveLength(2);
});

test('an empty book and a missing row are explained in Vietnamese', async ({ page, register, openApp }) => {
  await setUpRegister(register, { lock: true });
  await openApp();
  await unlockViaUi(page);
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await page.getByRole('tab', { name: 'Sổ BMNN đi' }).click();
  await page.getByRole('button', { name: /In sổ/ }).click();
  await expect(preview(page).getByTestId('print-error')).toHaveText(`Sổ đi năm ${vnYear()} chưa có mục nào.`);
  await expect(preview(page).getByRole('button', { name: /^In\b/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(preview(page)).toHaveCount(0);
  // Envelope labels need a row.
  await page.getByRole('button', { name: /In nhãn bì/ }).click();
  await expect(page.getByRole('alert')).toContainText('Chọn một dòng trong sổ trước');
});
