import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { keysPathOf } from '../../db/keys/keys-file.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const NEW_PASSWORD = 'mật khẩu sau khôi phục 2026';

async function openRecovery(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  await page.getByRole('button', { name: 'Quên mật khẩu? Dùng mã khôi phục' }).click();
  await expect(page.getByRole('heading', { name: 'Khôi phục bằng mã khôi phục' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Mã khôi phục' })).toBeFocused();
}

async function fillRecovery(page: Page, code: string, kit?: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Mã khôi phục' }).fill(code);
  await page.getByLabel('Tên đăng nhập của người quản trị').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(NEW_PASSWORD);
  if (kit !== undefined) await page.getByLabel('Khối dữ liệu khôi phục trên phiếu (không bắt buộc)').fill(kit);
}

test.describe("with the clock in the test's hand", () => {
  test.use({ manualTime: true });

  test('recovery: a wrong code is refused, a quick retry is slowed down, the right code (typed with spaces) opens the register with a new password', async ({
    page,
    openApp,
    register,
    clock,
  }) => {
    const { recoveryCode } = await setUpRegister(register, { lock: true });
    await openApp();
    await openRecovery(page);

    // Right shape, wrong code.
    const wrong = recoveryCode.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await fillRecovery(page, wrong);
    await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
    await expect(page.getByRole('alert')).toHaveText('Mã khôi phục không đúng hoặc không thuộc sổ này.');
    expect(register.host.workspace()).toBeNull();
    await saveScreenshot(page, 'recover-wrong-code');
    await expectNoEnglishLabels(page);

    // Straight away again: the service asks to wait, and the page shows its words.
    await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
    await expect(page.getByRole('alert')).toHaveText(/^Đăng nhập sai quá nhiều lần\./);

    // The code as copied by hand: groups separated by spaces, lower case.
    clock?.advance(10 * 60_000);
    await fillRecovery(page, recoveryCode.replace(/-/g, ' ').toLowerCase());
    await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).press('Enter');
    await expect(page.getByTestId('frame-user')).toContainText(ADMIN.name);
    expect(register.host.actor()?.name).toBe(ADMIN.name);

    // The old password no longer opens; the new one does.
    await page.keyboard.press('Control+L');
    await unlockViaUi(page, { name: ADMIN.name, password: NEW_PASSWORD });
  });
});

test('recovery: the form explains its fields in Vietnamese, and Esc goes back to sign-in', async ({
  page,
  openApp,
  register,
}) => {
  await setUpRegister(register, { lock: true });
  await openApp();
  await openRecovery(page);
  await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
  await expect(page.getByText('Mã khôi phục gồm 32 chữ và số (8 nhóm 4 ký tự).')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Mã khôi phục' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill('khác hẳn');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
  await expect(page.getByText('Mật khẩu nhập lại không khớp.')).toBeVisible();
  await expect(page.getByText('chỉ cần khi mất tệp khóa .keys', { exact: false })).toBeVisible();
  await saveScreenshot(page, 'recover-form');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Trợ giúp: Mở khóa sổ' });
  await expect(help).toContainText('mã khôi phục');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('textbox', { name: 'Mã khôi phục' }).press('Escape');
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ', exact: true })).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
});

test('recovery: with the .keys file lost, the data block from the sheet opens the register', async ({
  page,
  openApp,
  register,
}) => {
  const { recoveryCode, recoveryKit } = await setUpRegister(register, { lock: true });
  rmSync(keysPathOf(register.dbPath));
  await openApp();
  await page.getByLabel('Tên đăng nhập').fill(ADMIN.name);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(ADMIN.password);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Không tìm thấy tệp khóa (.keys) đi kèm sổ đăng ký. Hãy dùng phiếu khôi phục.',
  );

  await page.getByRole('button', { name: 'Quên mật khẩu? Dùng mã khôi phục' }).click();
  await fillRecovery(page, recoveryCode);
  await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Không tìm thấy tệp khóa (.keys) đi kèm sổ đăng ký. Hãy dùng phiếu khôi phục.',
  );
  await page.getByLabel('Khối dữ liệu khôi phục trên phiếu (không bắt buộc)').fill(recoveryKit);
  await page.getByRole('button', { name: 'Đặt mật khẩu mới và mở sổ' }).click();
  await expect(page.getByTestId('frame-user')).toContainText(ADMIN.name);
});
