import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';
import type { Page } from '@playwright/test';

test.beforeEach(async ({ page, register, openApp }) => {
  await setUpRegister(register, { lock: true });
  await openApp();
  await unlockViaUi(page);
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();
});

/** The input of one equivalence cell, by its accessible name "column, dòng n". */
const cell = (page: Page, column: string, row: number) => page.getByLabel(`${column}, dòng ${row}`);
const MARKING = 'Độ mật phía đối tác (ghi đúng như trên tài liệu)';
const LEVEL = 'Độ mật tương đương của Việt Nam';
const CLAUSE = 'Căn cứ (Điều, khoản)';
const NOTE = 'Ghi chú';

test('agreements: list with Vietnamese dates, full facts with diacritics', async ({ page }) => {
  const laos = page.getByTestId('agreement-row-VN-LA');
  const italy = page.getByTestId('agreement-row-VN-IT');
  await expect(laos).toContainText('Lào');
  await expect(laos).toContainText('29/09/2023Viêng Chăn, Lào');
  await expect(laos).toContainText('28/04/2024');
  await expect(laos).toContainText('801/QĐ-TTgngày 06/08/2024');
  await expect(laos).toContainText('Chưa nhập');
  await expect(italy).toContainText('I-ta-li-a');
  await expect(italy).toContainText('26/06/2025Rome, I-ta-li-a');
  await expect(italy).toContainText('04/01/2026');
  await expect(italy).toContainText('460/QĐ-TTgngày 21/03/2026');

  // The first agreement opens by default.
  const facts = page.getByTestId('agreement-facts');
  await expect(facts).toContainText(
    'Hiệp định về cùng bảo vệ và trao đổi tin mật giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân Lào',
  );
  await expect(facts).toContainText('bị lộ; bị mất; có nguy cơ bị xâm phạm');
  await expect(facts).toContainText('Thời hạnChưa có thông tin');

  // Keyboard: Down moves to the next agreement and opens it.
  await laos.getByRole('button', { name: 'VN-LA' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(italy.getByRole('button', { name: 'VN-IT' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Thông tin Hiệp định VN-IT' })).toBeVisible();
  await expect(facts).toContainText('Cộng hòa I-ta-li-a về cùng trao đổi và bảo vệ thông tin mật');
  await expect(facts).toContainText('Nước đối tácI-ta-li-a');
  await expect(facts).toContainText('Ngày ký26/06/2025');
  await expect(facts).toContainText('Nơi kýRome, I-ta-li-a');
  await expect(facts).toContainText('Ngày có hiệu lực04/01/2026');
  await expect(facts).toContainText('Vô thời hạn (Điều 12 Hiệp định)');
  await expect(facts).toContainText('460/QĐ-TTg ngày 21/03/2026');
  await expect(facts).toContainText('Cơ quan có thẩm quyền phía Việt NamBộ Công an');
  await expect(facts).toContainText('Ufficio Centrale per la Segretezza (UCSe)');
  await expect(facts).toContainText('Sự cố phải báo khi tin, tài liệu mậtbị lộ; bị mất');
  await expect(facts).not.toContainText('có nguy cơ bị xâm phạm');
  await expect(facts).toContainText('Quyết định số 460/QĐ-TTg ngày 21/3/2026 của Thủ tướng Chính phủ');

  // The table starts empty, with the instruction where it comes from.
  await expect(page.getByText('Bảng này phải chép đúng từ văn bản chính thức của Hiệp định.')).toBeVisible();
  await expect(page.getByText('Chưa có dòng nào.')).toBeVisible();
  // Text is NFC (precomposed) as typed in the translation files and the reference data.
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).toBe(text.normalize('NFC'));
});

test('agreements: add an equivalence row for VN-IT, save, and find it stored', async ({ page, register }) => {
  await page.getByRole('button', { name: 'VN-IT' }).click();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await expect(cell(page, MARKING, 1)).toBeFocused();
  await page.keyboard.type('SEGRETO');
  await cell(page, LEVEL, 1).selectOption({ label: 'Tối mật' });
  await cell(page, CLAUSE, 1).fill('Điều 4');
  await cell(page, NOTE, 1).fill('Theo bản tiếng Việt của Hiệp định');
  await expect(page.getByTestId('unsaved')).toBeVisible();
  await cell(page, NOTE, 1).press('Enter');

  await expect(page.getByTestId('equivalences-saved')).toHaveText(
    'Đã lưu bảng tương đương của Hiệp định VN-IT: 1 dòng.',
  );
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  await expect(page.getByTestId('agreement-row-VN-IT')).toContainText('1 dòng');
  await expect(page.getByTestId('equivalence-row-0').locator('.cxr-level')).toHaveText('Tối mật');

  const stored = await register.value('agreements.get', { code: 'VN-IT' });
  expect(stored.equivalences).toEqual([
    {
      foreignMarking: 'SEGRETO',
      vnLevel: 'toi_mat',
      sourceClause: 'Điều 4',
      note: 'Theo bản tiếng Việt của Hiệp định',
    },
  ]);
  await saveScreenshot(page, 'agreements');
  await expectNoEnglishLabels(page);
});

test('agreements: errors are shown next to the cell, in Vietnamese, and nothing is saved', async ({
  page,
  register,
}) => {
  await page.getByRole('button', { name: 'VN-IT' }).click();
  const add = page.getByRole('button', { name: 'Thêm dòng' });

  // Row 1 is fine; row 2 has no marking; row 3 has no level chosen.
  await add.click();
  await cell(page, MARKING, 1).fill('SEGRETO');
  await cell(page, LEVEL, 1).selectOption('toi_mat');
  await cell(page, CLAUSE, 1).fill('Điều 4');
  await add.click();
  await cell(page, LEVEL, 2).selectOption({ label: 'Mật' });
  await cell(page, CLAUSE, 2).fill('Điều 4');
  await add.click();
  await cell(page, MARKING, 3).fill('SEGRETISSIMO');
  await cell(page, CLAUSE, 3).fill('Điều 4');
  const save = page.getByRole('button', { name: 'Lưu bảng' });

  // First the page asks for the missing level choice ("no equivalent" must be chosen, never assumed).
  await save.click();
  await expect(cell(page, LEVEL, 3)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('equivalence-row-2')).toContainText(
    'Hãy chọn độ mật tương đương, hoặc “Không có mức tương đương”.',
  );
  await cell(page, LEVEL, 3).selectOption({ label: 'Tuyệt mật' });

  // Then the service's own message appears under the empty marking of row 2.
  await save.click();
  await expect(page.getByRole('alert')).toContainText('Bảng chưa được lưu. Hãy sửa các ô có thông báo lỗi màu đỏ.');
  const marking2 = cell(page, MARKING, 2);
  await expect(marking2).toHaveAttribute('aria-invalid', 'true');
  const row2 = page.getByTestId('equivalence-row-1');
  await expect(row2).toContainText('Độ mật của phía đối tác: bắt buộc nhập.');
  await expect(page.getByTestId('equivalence-row-0')).not.toContainText('bắt buộc');
  await saveScreenshot(page, 'agreements-validation');
  expect((await register.value('agreements.get', { code: 'VN-IT' })).equivalences).toEqual([]);

  // A duplicate of row 1 is caught by the service too, on the row that repeats.
  await marking2.fill(' segreto ');
  await expect(marking2).not.toHaveAttribute('aria-invalid', 'true');
  await save.click();
  await expect(row2).toContainText('Độ mật của phía đối tác bị trùng với một dòng phía trên.');
  expect((await register.value('agreements.get', { code: 'VN-IT' })).equivalences).toEqual([]);

  // Removing the bad row leaves a valid table that saves.
  await page.getByRole('button', { name: 'Xóa dòng 2' }).click();
  await save.click();
  await expect(page.getByTestId('equivalences-saved')).toContainText('2 dòng');
  const stored = await register.value('agreements.get', { code: 'VN-IT' });
  expect(stored.equivalences.map((e) => [e.foreignMarking, e.vnLevel])).toEqual([
    ['SEGRETO', 'toi_mat'],
    ['SEGRETISSIMO', 'tuyet_mat'],
  ]);
});

test('agreements: "no equivalent" is stored as null and shown as such', async ({ page, register }) => {
  await page.getByRole('button', { name: 'VN-IT' }).click();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await cell(page, MARKING, 1).fill('RISERVATO');
  await cell(page, LEVEL, 1).selectOption({ label: 'Không có mức tương đương' });
  await cell(page, CLAUSE, 1).fill('Điều 4, khoản 2');
  await cell(page, CLAUSE, 1).press('Enter');
  await expect(page.getByTestId('equivalences-saved')).toBeVisible();
  const stored = await register.value('agreements.get', { code: 'VN-IT' });
  expect(stored.equivalences).toEqual([
    { foreignMarking: 'RISERVATO', vnLevel: null, sourceClause: 'Điều 4, khoản 2', note: null },
  ]);
});
