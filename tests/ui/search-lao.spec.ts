import type { ChannelInput } from '../../core/api/contract.ts';
import { incomingItem } from '../support/items.ts';
import { setUpRegister, type UiRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

/** The shared fixtures are untyped records; the router validates them like any other input. */
const addItem = (register: UiRegister, input: object) =>
  register.value('items.add', input as ChannelInput<'items.add'>);

test('search: a part inside a Lao name finds its item, and the part is highlighted', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await addItem(register, incomingItem());
  await addItem(
    register,
    incomingItem({ docNumber: '0458/BAN', foreignBody: 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບ', foreignMarking: 'ລັບ', level: 'mat' }),
  );
  await openApp();
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await page.getByRole('tab', { name: 'Sổ BMNN đến' }).click();
  await expect(page.getByTestId('register-count')).toHaveText('2 mục');

  await page.keyboard.press('/');
  await expect(page.getByLabel('Tìm trong sổ')).toBeFocused();
  await page.keyboard.type('ປ້ອງກັນ');
  await expect(page.getByTestId('register-count')).toHaveText('Tìm thấy 1 mục');
  const row = page.getByTestId('register-row-2');
  await expect(row).toContainText('0458/BAN');
  // The body shows twice in an incoming row: after the author, "Bộ An ninh Lào (ກະຊວງ…)", and as the recipient.
  await expect(row.locator('mark')).toHaveText(['ປ້ອງກັນ', 'ປ້ອງກັນ']);
  await saveScreenshot(page, 'register-search-lao');

  await page.keyboard.press('Escape');
  await page.keyboard.type('ລັບ');
  await expect(page.getByTestId('register-count')).toHaveText('Tìm thấy 2 mục');
});
