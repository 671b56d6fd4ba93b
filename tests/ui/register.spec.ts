import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { readSheet } from 'read-excel-file/node';
import type { ChannelInput } from '../../core/api/contract.ts';
import { incomingItem, outgoingItem } from '../support/items.ts';
import { importInput, legacyRegisterXlsx } from '../support/legacy-register.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, setUpRegister, type UiRegister, UNIT_NAME } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

/** The register year in Vietnam for the test process's clock (numbering is per Vietnamese calendar year). */
const vnYear = (at = new Date()) => new Date(at.getTime() + 7 * 3600_000).getUTCFullYear();

const isFocused = (locator: Locator) =>
  locator.evaluate(
    (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );

/** A field's label, with or without the required-field asterisk. */
const label = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** Keyboard only: Tab until the field is focused (never a click), then type. */
async function tabToAndType(page: Page, field: Locator, text: string): Promise<void> {
  for (let i = 0; i < 40 && !(await isFocused(field)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
}

async function openRegister(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký', exact: true })).toBeVisible();
}

/** The shared fixtures are untyped records; the router validates them like any other input. */
const addItem = (register: UiRegister, input: object) =>
  register.value('items.add', input as ChannelInput<'items.add'>);

const form = (page: Page) => page.getByTestId('item-form');

test('keyboard only: an outgoing and an incoming item are registered, each as number 1 of its book', async ({
  page,
  register,
  openApp,
}) => {
  test.setTimeout(60_000); // one key at a time, checking the focus after each Tab
  await setUpRegister(register, { lock: true });
  await openApp();
  await unlockViaUi(page);
  await openRegister(page);
  const year = vnYear();

  // Outgoing, to Italy under the agreement: the approval block appears once the agreement is chosen.
  await page.keyboard.press('Control+n');
  const f = form(page);
  await expect(f.getByLabel(label('Sổ'))).toBeFocused();
  await page.keyboard.type('di');
  await tabToAndType(page, f.getByLabel(label('Hiệp định')), 'it');
  await tabToAndType(page, f.getByLabel(label('Độ mật')), 'mat');
  await page.keyboard.press('Tab');
  await expect(f.getByTestId('envelope-info')).toHaveText('Bì ngoài đóng dấu chữ C · 1 bì');
  await tabToAndType(page, f.getByLabel(label('Số, ký hiệu')), '125/CV-SNgV');
  await tabToAndType(page, f.getByLabel(label('Ngày văn bản')), '20/11/2026');
  await tabToAndType(page, f.getByLabel(label('Loại văn bản')), 'Công văn');
  await tabToAndType(page, f.getByLabel(label('Trích yếu')), 'Về việc trao đổi thông tin hợp tác tại tỉnh Đắk Lắk');
  await tabToAndType(page, f.getByLabel(label('Người ký')), 'Giám đốc Sở Ngoại vụ');
  await tabToAndType(page, f.getByLabel(label('Cơ quan phía nước ngoài')), 'Đại sứ quán I-ta-li-a');
  await expect(f.getByTestId('approval-block')).toBeVisible();
  await expect(f.getByLabel('Thời hạn bảo vệ (năm)')).toHaveAttribute('placeholder', '10');
  await tabToAndType(page, f.getByLabel(label('Người quyết định cung cấp')), 'Nguyễn Văn A');
  await tabToAndType(page, f.getByLabel(label('Chức danh')), 'Thứ trưởng Bộ Công an');
  await tabToAndType(page, f.getByLabel(label('Số văn bản quyết định')), '45/QĐ-BCA');
  await tabToAndType(page, f.getByLabel(label('Ngày quyết định')), '18/11/2026');
  await tabToAndType(page, f.getByLabel(label('Căn cứ pháp lý')), 'Điều 16 Luật 117/2025/QH15');
  await saveScreenshot(page, 'register-form-outgoing');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved-number')).toHaveText(`Số đi 1/${year}`);
  await expect(form(page)).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Sổ BMNN đi' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('register-row-1')).toContainText('125/CV-SNgV');

  // Incoming from Laos: the marking as printed; the table has no such row yet, so a warning shows after saving.
  await page.keyboard.press('Control+n');
  await expect(form(page).getByLabel(label('Sổ'))).toBeFocused();
  await page.keyboard.type('den');
  await tabToAndType(page, form(page).getByLabel(label('Hiệp định')), 'la');
  await tabToAndType(page, form(page).getByLabel(label('Độ mật')), 'toi');
  await tabToAndType(page, form(page).getByLabel(label('Độ mật ghi trên tài liệu')), 'LAP SUT');
  await tabToAndType(page, form(page).getByLabel(label('Số, ký hiệu')), '0457/BAN');
  await tabToAndType(page, form(page).getByLabel(label('Ngày văn bản')), '19/11/2026');
  await tabToAndType(page, form(page).getByLabel(label('Loại văn bản')), 'Thông báo');
  await tabToAndType(page, form(page).getByLabel(label('Trích yếu')), 'Thông báo bí mật về tình hình biên giới');
  await tabToAndType(page, form(page).getByLabel(label('Nơi ban hành, người gửi')), 'Bộ An ninh Lào');
  await expect(form(page).getByTestId('envelope-info')).toHaveText('Bì ngoài đóng dấu chữ B · 1 bì');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved-number')).toHaveText(`Số đến 1/${year}`);
  await expect(page.getByTestId('saved-warnings')).toContainText(
    'Bảng tương đương của Hiệp định VN-LA chưa có mức "LAP SUT"',
  );
  await expect(page.getByTestId('register-row-1')).toContainText('0457/BAN');
  await saveScreenshot(page, 'register-saved-incoming');

  // Stored by the service, numbered 1 in each book.
  const outgoing = await register.value('items.list', { book: 'outgoing' });
  const incoming = await register.value('items.list', { book: 'incoming' });
  expect(outgoing.items.map((i) => [i.registerNo, i.registerYear, i.docNumber, i.level, i.agreement])).toEqual([
    [1, year, '125/CV-SNgV', 'mat', 'VN-IT'],
  ]);
  expect(outgoing.items[0]?.approval).toMatchObject({
    approverTitle: 'Thứ trưởng Bộ Công an',
    decisionDate: '2026-11-18',
  });
  expect(incoming.items.map((i) => [i.registerNo, i.docNumber, i.level, i.foreignMarking, i.docDate])).toEqual([
    [1, '0457/BAN', 'toi_mat', 'LAP SUT', '2026-11-19'],
  ]);

  // Enter on the current row opens the details with the history from the log.
  await page.getByTestId('register-grid').focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('item-detail');
  await expect(detail).toContainText('Thông báo bí mật về tình hình biên giới');
  await expect(page.getByTestId('item-history')).toContainText('Vào sổ');
  await expect(page.getByTestId('item-history')).toContainText(ADMIN.name);
  await saveScreenshot(page, 'register-detail');
  await expectNoEnglishLabels(page);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
});

test('errors from the service appear next to the fields, in Vietnamese; Tuyệt mật has no summary', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await openApp();
  await openRegister(page);
  await page.getByRole('button', { name: /Thêm mục/ }).click();
  await form(page).getByLabel(label('Độ mật')).fill('tuyet');
  await form(page).getByLabel(label('Độ mật')).press('Enter');
  await expect(form(page).getByLabel(label('Trích yếu'))).toBeDisabled();
  await expect(form(page)).toContainText('Tài liệu Tuyệt mật không ghi trích yếu.');
  await expect(form(page).getByTestId('envelope-info')).toHaveText(
    'Bì ngoài đóng dấu chữ A · 2 bì (bì trong và bì ngoài)',
  );
  await form(page).getByLabel(label('Số, ký hiệu')).press('Enter');
  await expect(form(page).getByText('Số, ký hiệu: bắt buộc nhập.')).toBeVisible();
  await expect(form(page).getByText('Nơi ban hành / người gửi: bắt buộc nhập.')).toBeVisible();
  await saveScreenshot(page, 'register-form-errors');
  await page.keyboard.press('Escape');
  await expect(form(page)).toBeHidden();
  expect((await register.value('items.list', {})).total).toBe(0);
});

test('search: "dak lak" finds "Đắk Lắk", "bi mat" finds "bí mật", matches highlighted', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await addItem(register, outgoingItem());
  await addItem(
    register,
    outgoingItem({ docNumber: '126/CV-SNgV', summary: 'Về kế hoạch đoàn ra năm 2027', originator: 'Sở Ngoại vụ' }),
  );
  await addItem(register, incomingItem());
  await addItem(register, incomingItem({ docNumber: '0458/BAN', summary: 'Kế hoạch tuần tra chung' }));
  await openApp();
  await openRegister(page);

  await page.getByRole('tab', { name: 'Sổ BMNN đi' }).click();
  await expect(page.getByTestId('register-count')).toHaveText('2 mục');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Tìm trong sổ')).toBeFocused();
  await page.keyboard.type('dak lak');
  await expect(page.getByTestId('register-count')).toHaveText('Tìm thấy 1 mục');
  const row = page.getByTestId('register-row-1');
  await expect(row.locator('mark')).toHaveText(['Đắk', 'Lắk', 'Đắk', 'Lắk']);
  await saveScreenshot(page, 'register-search-dak-lak');

  await page.getByRole('tab', { name: 'Sổ BMNN đến' }).click();
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Tìm trong sổ')).toBeFocused();
  await page.keyboard.type('bi mat');
  await expect(page.getByTestId('register-count')).toHaveText('Tìm thấy 1 mục');
  await expect(page.getByTestId('register-row-1').locator('mark')).toHaveText(['bí', 'mật', 'bi']); // "biên" starts with "bi"
  await saveScreenshot(page, 'register-search-bi-mat');

  // Esc in the search box clears it: the whole book again, newest first.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('register-count')).toHaveText('2 mục');
  await expect(page.locator('[role="row"][aria-rowindex="2"]')).toContainText('0458/BAN');
});

/** Old-register rows of one year for items.importCommit (one transaction: 600 rows in seconds), all about Đắk Lắk. */
const yearOfRows = (year: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const date = `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 11)).padStart(2, '0')}/${year}`;
    return [
      i + 1,
      date,
      `${i + 1}/BAN-${year}`,
      date,
      `Thông báo tình hình tỉnh Đắk Lắk đợt ${i + 1}`,
      'Mật',
      'Bộ An ninh Lào',
    ];
  });

test('search with a filter: old matches behind the 500 newest are found, and the count says how many there are', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  // The 30 entries of 2025 are the oldest rows; the 1,000 of 2026 come after them. Every one matches "dak lak".
  const importRows = async (rows: (string | number)[][]) =>
    register.value('items.importCommit', (await importInput(rows)) as ChannelInput<'items.importCommit'>);
  await importRows(yearOfRows(2025, 30));
  await importRows(yearOfRows(2026, 1000));
  await openApp();
  await openRegister(page);
  const count = page.getByTestId('register-count');
  await expect(count).toHaveText('1.030 mục');

  await page.keyboard.press('/');
  await page.keyboard.type('dak lak');
  // More matches than the register counts (1,000): it says "more than".
  await expect(count).toHaveText('Hiển thị 500 / hơn 1.000 kết quả, mới nhất trước; gõ thêm từ để thu hẹp.');
  const firstRow = page.locator('[role="row"][aria-rowindex="2"]');
  await expect(firstRow).toContainText('1000/BAN-2026');

  // Year 2025: its matches are older than the 500 newest, and the register finds them all.
  await page.getByLabel('Năm', { exact: true }).fill('2025');
  await expect(count).toHaveText('Tìm thấy 30 mục');
  await expect(page.getByTestId('register-grid')).toHaveAttribute('aria-rowcount', '31');
  await expect(firstRow).toContainText('30/BAN-2025');
  await saveScreenshot(page, 'register-search-old-year');

  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await expect(count).toHaveText('Hiển thị 500 / 1.000 kết quả, mới nhất trước; gõ thêm từ để thu hẹp.');
  // Fewer than the limit: "5" starts đợt 5, 50–59 and 500–599, so all 111 show and the count is exact.
  await page.getByLabel('Tìm trong sổ').fill('dak lak dot 5');
  await expect(count).toHaveText('Tìm thấy 111 mục');
  await expect(page.getByTestId('register-grid')).toHaveAttribute('aria-rowcount', '112');
});

test.describe("with the clock in the test's hand", () => {
  test.use({ manualTime: true });

  test('numbering restarts on 1 January (Hà Nội time)', async ({ page, register, openApp, clock }) => {
    // 31 December 2026, 23:59 in Hà Nội (UTC+7).
    clock?.set('2026-12-31T16:59:00.000Z');
    await setUpRegister(register);
    await addItem(register, incomingItem({ docDate: '2026-12-30' }));
    await openApp();
    await openRegister(page);

    const add = async (docNumber: string) => {
      await page.keyboard.press('Control+n');
      const f = form(page);
      await f.getByLabel(label('Hiệp định')).fill('la');
      await f.getByLabel(label('Hiệp định')).press('Enter');
      await f.getByLabel(label('Độ mật')).fill('mat');
      await f.getByLabel(label('Độ mật')).press('Enter');
      await f.getByLabel(label('Độ mật ghi trên tài liệu')).fill('LAP');
      await f.getByLabel(label('Số, ký hiệu')).fill(docNumber);
      await f.getByLabel(label('Ngày văn bản')).fill('30/12/2026');
      await f.getByLabel(label('Loại văn bản')).fill('Công văn');
      await f.getByLabel(label('Trích yếu')).fill('Trao đổi cuối năm');
      await f.getByLabel(label('Nơi ban hành, người gửi')).fill('Bộ An ninh Lào');
      await f.getByLabel(label('Nơi ban hành, người gửi')).press('Enter');
    };

    await add('98/BAN');
    await expect(page.getByTestId('saved-number')).toHaveText('Số đến 2/2026');

    clock?.set('2026-12-31T17:00:30.000Z'); // 00:00:30 on 1 January 2027 in Hà Nội
    await add('99/BAN');
    await expect(page.getByTestId('saved-number')).toHaveText('Số đến 1/2027');
    await saveScreenshot(page, 'register-new-year');

    const { items } = await register.value('items.list', { book: 'incoming' });
    expect(items.map((i) => [i.registerYear, i.registerNo, i.docNumber])).toEqual([
      [2027, 1, '99/BAN'],
      [2026, 2, '98/BAN'],
      [2026, 1, '0457/BAN'],
    ]);
  });
});

test('import: one bad row shows its error, "Nhập" stays disabled and nothing is written', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await openApp();
  await openRegister(page);
  const file = join(register.dir, 'so-den-cu.xlsx');
  writeFileSync(
    file,
    await legacyRegisterXlsx([
      [
        1,
        '03/01/2026',
        '12/BAN',
        '28/12/2025',
        'Thông báo về tình hình biên giới tỉnh Đắk Lắk',
        'Mật',
        'Bộ An ninh Lào',
      ],
      [2, '05/01/2026', '', '31/02/2026', 'Kế hoạch phối hợp tuần tra', 'Tối mật', 'Sở An ninh Chăm-pa-sắc'],
    ]),
  );

  await page.getByRole('button', { name: 'Nhập sổ cũ…' }).click();
  const wizard = page.getByRole('dialog', { name: 'Nhập sổ cũ từ Excel (.xlsx)' });
  await wizard.getByLabel('Tệp Excel').setInputFiles(file);
  await wizard
    .getByRole('group', { name: 'Giá trị dùng khi tệp không ghi' })
    .getByLabel('Hiệp định')
    .selectOption('VN-LA');
  await wizard.getByRole('button', { name: 'Xem trước' }).click();
  await expect(wizard.getByTestId('import-counts')).toHaveText('2 dòng: 1 dòng hợp lệ, 1 dòng có lỗi.');
  await expect(wizard).toContainText('Bảng mã: Unicode');
  await expect(wizard.getByTestId('import-row-3')).toHaveClass(/cxr-import-bad/);
  await expect(wizard.getByTestId('import-row-3')).toContainText('thiếu số, ký hiệu');
  await expect(wizard.getByTestId('import-row-2')).toContainText('Đắk Lắk');
  await expect(wizard.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await expect(wizard).toContainText('tất cả hoặc không');
  await saveScreenshot(page, 'register-import-preview');
  expect((await register.value('items.list', {})).total).toBe(0);
});

test('export: the filtered book is written to .xlsx and reads back', async ({
  page,
  register,
  openApp,
  hostDouble,
}) => {
  await setUpRegister(register);
  await addItem(register, incomingItem());
  await addItem(register, incomingItem({ docNumber: '0458/BAN', level: 'mat' }));
  await openApp();
  await openRegister(page);
  await expect(page.getByTestId('register-count')).toHaveText('2 mục');

  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất Sổ BMNN đến ra Excel' });
  // The file is chosen in the system's save dialog (a recording stand-in answers it), which proposes the book's name.
  const out = join(register.dir, 'so-bmnn-den.xlsx');
  hostDouble.savePaths.push(out);
  await dialog.getByRole('button', { name: 'Chọn…' }).click();
  await expect(dialog.getByLabel('Tệp xuất (.xlsx)')).toHaveValue(out);
  expect(hostDouble.calls).toEqual([
    {
      channel: 'host.chooseSavePath',
      input: { defaultName: expect.stringMatching(/^so-bmnn-den(-\d{4})?\.xlsx$/), format: 'xlsx' },
    },
  ]);
  await dialog.getByLabel('Tệp xuất (.xlsx)').press('Enter');
  await expect(dialog.getByTestId('export-done')).toContainText('Đã xuất 2 mục; tệp mang độ Tối mật.');
  await saveScreenshot(page, 'register-export');
  expect(existsSync(out)).toBe(true);
  const rows = await readSheet(readFileSync(out));
  expect(rows[0]?.[0]).toBe('TỐI MẬT');
  expect(rows[3]?.slice(0, 3)).toEqual(['Ngày đến', 'Số đến', 'Tác giả']);
  expect(rows.slice(4).map((r) => r[3])).toEqual(['0458/BAN', '0457/BAN']);
});

test('a training register says "DỮ LIỆU MẪU" on every screen and lists its fictional entries', async ({
  page,
  register,
  openApp,
}) => {
  await register.value('session.setup', {
    mode: 'unit',
    unitName: UNIT_NAME,
    adminName: ADMIN.name,
    password: ADMIN.password,
    training: true,
  });
  await register.value('training.populate', { items: 60, seed: 1 });
  await openApp();
  const banner = page.getByTestId('training-banner');
  await expect(banner).toContainText('DỮ LIỆU MẪU — dùng cho tập huấn');
  await openRegister(page);
  await expect(banner).toBeVisible();
  await expect(page.locator('[role="row"][aria-rowindex="2"]')).toBeVisible();
  await saveScreenshot(page, 'register-training');
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký' })).toBeVisible();
  await expect(banner).toBeVisible();
});
