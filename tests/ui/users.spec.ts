import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, OFFICER, setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const CLERK = { name: 'le.van.cuong', password: 'mat-khau-van-thu-2026' };

test.beforeEach(async ({ page, register, openApp }) => {
  await setUpRegister(register, { lock: true });
  await openApp();
  await unlockViaUi(page);
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { name: 'Quản trị' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Người dùng' })).toHaveAttribute('aria-selected', 'true');
});

test('users: add a clerk (department required, errors next to the field), then the clerk sees only their areas', async ({
  page,
  register,
}) => {
  const admin = page.getByTestId(`user-row-${ADMIN.name}`);
  await expect(admin).toContainText('Quản trị viên, Cán bộ bảo mật');
  await expect(admin).toContainText('Đang hoạt động');

  await page.getByRole('button', { name: '+ Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await expect(dialog.getByLabel('Tên đăng nhập')).toBeFocused();
  // Only the roles of a unit register are offered.
  await expect(dialog.getByRole('checkbox')).toHaveCount(5);
  await expect(dialog.getByRole('checkbox', { name: 'Cán bộ tiếp nhận' })).toHaveCount(0);

  await dialog.getByLabel('Tên đăng nhập').fill(CLERK.name);
  await dialog.getByRole('checkbox', { name: 'Văn thư' }).check();
  await dialog.getByRole('textbox', { name: 'Mật khẩu ban đầu' }).fill(CLERK.password);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).fill(CLERK.password);
  await dialog.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(dialog.getByText('Văn thư phải thuộc một phòng, ban.')).toBeVisible();
  await expect(dialog.getByLabel('Phòng, ban')).toBeFocused();
  await saveScreenshot(page, 'users-add-error');
  await expectNoEnglishLabels(page);

  await dialog.getByLabel('Phòng, ban').fill('Văn phòng Sở');
  await dialog.getByLabel('Phòng, ban').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('users-notice')).toHaveText(`Đã thêm tài khoản ${CLERK.name}.`);
  const row = page.getByTestId(`user-row-${CLERK.name}`);
  await expect(row).toContainText('Văn thư');
  await expect(row).toContainText('Văn phòng Sở');
  await expect(row).toContainText('Có');
  await saveScreenshot(page, 'users');

  // The same name again is refused under the name field.
  await page.getByRole('button', { name: '+ Thêm người dùng' }).click();
  await dialog.getByLabel('Tên đăng nhập').fill(CLERK.name.toUpperCase());
  await dialog.getByRole('checkbox', { name: 'Kiểm tra viên' }).check();
  await dialog.getByRole('textbox', { name: 'Mật khẩu ban đầu' }).fill('mot-mat-khau-khac-2026');
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).fill('mot-mat-khau-khac-2026');
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).press('Enter');
  await expect(dialog.getByText('Tên đăng nhập này đã có người dùng.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const users = await register.value('users.list', {});
  expect(users.find((u) => u.name === CLERK.name)).toMatchObject({
    roles: ['clerk'],
    department: 'Văn phòng Sở',
    active: true,
    hasKeySlot: true,
  });

  // The clerk: no package exchange, no audit, no administration, and their shortcuts do nothing.
  await page.keyboard.press('Control+L');
  await unlockViaUi(page, CLERK);
  const nav = page.getByRole('navigation', { name: 'Khu vực làm việc' });
  await expect(nav.getByRole('button')).toHaveText([/Sổ đăng ký/, /Sự cố/, /Hiệp định/]);
  await expect(nav.getByRole('button', { name: /Trao đổi gói/ })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /Nhật ký/ })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /Quản trị/ })).toHaveCount(0);
  await page.keyboard.press('Alt+7');
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();
  await expect(page.getByTestId('read-only-note')).toBeVisible();
  await saveScreenshot(page, 'frame-clerk');
});

test('users: change roles, reset a password, disable; the last admin cannot lose the role', async ({
  page,
  register,
}) => {
  await register.value('users.add', {
    name: OFFICER.name,
    roles: ['security_officer'],
    department: null,
    password: OFFICER.password,
  });
  await page.keyboard.press('Alt+5');
  await page.keyboard.press('Alt+7');
  const officer = page.getByTestId(`user-row-${OFFICER.name}`);
  await expect(officer).toContainText('Cán bộ bảo mật');

  // The only admin removing their own admin role: refused in plain words.
  await page
    .getByRole('group', { name: `Thao tác với tài khoản ${ADMIN.name}` })
    .getByRole('button', { name: 'Đổi vai trò' })
    .click();
  let dialog = page.getByRole('dialog', { name: `Đổi vai trò của ${ADMIN.name}` });
  await dialog.getByRole('checkbox', { name: 'Quản trị viên' }).uncheck();
  await dialog.getByRole('button', { name: 'Lưu vai trò' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Không thể bỏ quyền hoặc vô hiệu hóa quản trị viên cuối cùng.');
  await saveScreenshot(page, 'users-last-admin');
  await dialog.getByRole('button', { name: 'Hủy' }).click();

  // Officer gets the auditor role too.
  const actions = page.getByRole('group', { name: `Thao tác với tài khoản ${OFFICER.name}` });
  await actions.getByRole('button', { name: 'Đổi vai trò' }).click();
  dialog = page.getByRole('dialog', { name: `Đổi vai trò của ${OFFICER.name}` });
  await dialog.getByRole('checkbox', { name: 'Kiểm tra viên' }).check();
  await dialog.getByRole('button', { name: 'Lưu vai trò' }).click();
  await expect(page.getByTestId('users-notice')).toHaveText(`Đã đổi vai trò của ${OFFICER.name}.`);
  await expect(officer).toContainText('Cán bộ bảo mật, Kiểm tra viên');

  // Reset the password; the new one opens the register for them.
  const NEW = 'mat-khau-dat-lai-2026';
  await actions.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  dialog = page.getByRole('dialog', { name: `Đặt lại mật khẩu cho ${OFFICER.name}` });
  await dialog.getByRole('textbox', { name: 'Mật khẩu mới' }).fill(NEW);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).fill(NEW);
  await dialog.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).press('Enter');
  await expect(page.getByTestId('users-notice')).toHaveText(`Đã đặt lại mật khẩu cho ${OFFICER.name}.`);

  // Disable, after a confirmation whose safe default is Cancel.
  await actions.getByRole('button', { name: 'Vô hiệu hóa' }).click();
  dialog = page.getByRole('dialog', { name: `Vô hiệu hóa tài khoản ${OFFICER.name}?` });
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await saveScreenshot(page, 'users-disable-confirm');
  await dialog.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
  await expect(page.getByTestId('users-notice')).toHaveText(`Đã vô hiệu hóa tài khoản ${OFFICER.name}.`);
  await expect(officer).toContainText('Đã vô hiệu hóa');
  await expect(officer).toContainText('Không');

  await page.keyboard.press('Control+L');
  await page.getByLabel('Tên đăng nhập').fill(OFFICER.name);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(NEW);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(register.host.workspace()).toBeNull();
});
