import type { Page } from '@playwright/test';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, OFFICER, setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const MARKING = 'Độ mật phía đối tác (ghi đúng như trên tài liệu)';
const cell = (page: Page, row: number) => page.getByLabel(`${MARKING}, dòng ${row}`);

/** Starts a draft in the VN-IT equivalence table without saving it. */
async function typeDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'VN-IT' }).click();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await expect(cell(page, 1)).toBeFocused();
  await page.keyboard.type('SEGRETO');
  await expect(page.getByTestId('unsaved')).toBeVisible();
}

test.beforeEach(async ({ register }) => {
  await setUpRegister(register);
  await register.value('users.add', {
    name: OFFICER.name,
    roles: ['security_officer'],
    department: null,
    password: OFFICER.password,
  });
  await register.value('settings.update', { idleLockMinutes: 1 });
  await register.value('session.lock', {});
});

test('idle lock: after the set minutes without activity the register locks, says why, and the same user gets the draft back', async ({
  page,
  openApp,
  register,
}) => {
  await page.clock.install();
  await openApp();
  await unlockViaUi(page);
  await typeDraft(page);

  // Activity restarts the countdown: 50 s, a mouse move, 50 s more — still open.
  await page.clock.fastForward('00:50');
  await page.mouse.move(400, 300);
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  expect(register.host.workspace()).not.toBeNull();

  // A full minute without activity locks.
  await page.clock.fastForward('00:11');
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  await expect(page.getByTestId('idle-locked')).toContainText('Đã khóa do không thao tác.');
  expect(register.host.workspace()).toBeNull();
  await expect(page.getByText('SEGRETO')).toHaveCount(0);
  await saveScreenshot(page, 'unlock-after-idle');
  await expectNoEnglishLabels(page);

  // The same person: the draft is where they left it, still unsaved.
  await unlockViaUi(page);
  await expect(page.getByTestId('idle-locked')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Bảng tương đương độ mật — VN-IT' })).toBeVisible();
  await expect(cell(page, 1)).toHaveValue('SEGRETO');
  await expect(page.getByTestId('unsaved')).toBeVisible();
  const stored = await register.value('agreements.get', { code: 'VN-IT' });
  expect(stored.equivalences).toEqual([]);
});

test('a draft is dropped when someone else unlocks, and does not come back for its author', async ({
  page,
  openApp,
}) => {
  await openApp();
  await unlockViaUi(page);
  await typeDraft(page);
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  await expect(page.getByTestId('idle-locked')).toHaveCount(0);

  await unlockViaUi(page, OFFICER);
  await expect(page.getByTestId('frame-user')).toContainText(OFFICER.name);
  // Someone else starts on the default agreement with the stored (empty) table.
  await expect(page.getByRole('heading', { name: 'Bảng tương đương độ mật — VN-LA' })).toBeVisible();
  await page.getByRole('button', { name: 'VN-IT' }).click();
  await expect(page.getByText('Chưa có dòng nào.')).toBeVisible();
  await expect(page.getByTestId('unsaved')).toHaveCount(0);

  await page.keyboard.press('Control+L');
  await unlockViaUi(page, ADMIN);
  await page.getByRole('button', { name: 'VN-IT' }).click();
  await expect(page.getByText('Chưa có dòng nào.')).toBeVisible();
  await expect(page.getByText('SEGRETO')).toHaveCount(0);
});

test('account menu: change own password, errors next to the field, then unlock with the new one', async ({
  page,
  openApp,
}) => {
  const NEW = 'mật khẩu mới đủ dài 2026';
  await openApp();
  await unlockViaUi(page);
  await page.getByRole('button', { name: `Tài khoản của ${ADMIN.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đổi mật khẩu…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu của bạn' });
  await expect(dialog).toBeVisible();
  const current = dialog.getByRole('textbox', { name: 'Mật khẩu hiện tại' });
  await expect(current).toBeFocused();

  await current.fill('không phải mật khẩu');
  await dialog.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(NEW);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(`${NEW}!`);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).press('Enter');
  await expect(dialog.getByText('Mật khẩu nhập lại không khớp.')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(NEW);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).press('Enter');
  await expect(dialog.getByText('Mật khẩu hiện tại không đúng.')).toBeVisible();
  await expect(current).toHaveAttribute('data-invalid', 'true');
  await expect(current).toBeFocused();
  await saveScreenshot(page, 'change-password-error');
  await expectNoEnglishLabels(page);

  await current.fill(ADMIN.password);
  await current.press('Enter');
  await expect(dialog.getByTestId('password-changed')).toHaveText(
    'Đã đổi mật khẩu. Lần mở khóa sau hãy dùng mật khẩu mới.',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+L');
  await unlockViaUi(page, { name: ADMIN.name, password: NEW });
});
