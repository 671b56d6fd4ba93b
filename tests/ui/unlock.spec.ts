import { openRaw } from '../support/raw-register.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, setUpRegister, UNIT_NAME } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

let recoveryCode = '';
test.beforeEach(async ({ register }) => {
  ({ recoveryCode } = await setUpRegister(register, { lock: true }));
});

test('a history edited outside the app is flagged on every screen by the daily check at unlock', async ({
  page,
  openApp,
  register,
}) => {
  const raw = await openRaw(register.dbPath, recoveryCode);
  let seq = 0;
  try {
    raw.exec('DROP TRIGGER audit_events_no_update;');
    seq = raw.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number;
    raw.prepare("UPDATE audit_events SET actor_name = 'nguoi-khac' WHERE seq = ?").run(seq);
  } finally {
    raw.close();
  }
  await openApp();
  await unlockViaUi(page);
  const warning = page.getByTestId('audit-check-warning');
  await expect(warning).toContainText(`thấy chuỗi nhật ký bị hỏng tại sự kiện số ${seq}`);
  await expect(warning).toContainText('Hãy báo ngay cán bộ bảo mật');
  await saveScreenshot(page, 'audit-check-warning');
  await expectNoEnglishLabels(page);
  await page.keyboard.press('Alt+6');
  await expect(warning).toBeVisible();
});

test.describe("with the clock in the test's hand", () => {
  test.use({ manualTime: true });

  test('unlock: wrong password is refused in Vietnamese, a quick retry is slowed down, then the right one opens', async ({
    page,
    openApp,
    register,
    clock,
  }) => {
    await openApp();
    await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
    const userName = page.getByLabel('Tên đăng nhập');
    const password = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
    const unlock = page.getByRole('button', { name: 'Mở khóa' });
    await expect(userName).toBeFocused();

    await userName.fill(ADMIN.name);
    await password.fill('sai-mat-khau-roi-nhe');
    await unlock.click();
    await expect(page.getByRole('alert')).toHaveText('Tên người dùng hoặc mật khẩu không đúng.');
    // The password is cleared and the cursor is back in it; the user name stays.
    await expect(password).toHaveValue('');
    await expect(password).toBeFocused();
    await expect(userName).toHaveValue(ADMIN.name);
    expect(register.host.workspace()).toBeNull();
    await saveScreenshot(page, 'unlock-wrong-password');
    await expectNoEnglishLabels(page);

    // Within the delay after a failure the register refuses politely and says how long to wait.
    await password.fill(ADMIN.password);
    await unlock.click();
    await expect(page.getByRole('alert')).toHaveText(/^Đăng nhập sai quá nhiều lần\. Hãy thử lại sau \d+ giây\.$/);
    expect(register.host.workspace()).toBeNull();

    clock?.advance(60_000);
    await password.fill(ADMIN.password);
    await password.press('Enter');
    await expect(page.getByTestId('frame-unit')).toHaveText(UNIT_NAME);
    await expect(page.getByTestId('frame-user')).toContainText(ADMIN.name);
    expect(register.host.actor()?.name).toBe(ADMIN.name);
    await expect(page.getByTestId('clock-warning')).toHaveCount(0);
    await expect(page.getByTestId('audit-check-warning')).toHaveCount(0);
  });

  test('a computer clock behind the register is flagged on every screen', async ({ page, openApp, clock }) => {
    clock?.advance(-3 * 60 * 60 * 1000);
    await openApp();
    await unlockViaUi(page);
    await expect(page.getByTestId('clock-warning')).toHaveText(
      'Đồng hồ của máy tính này đang chậm hơn sổ đăng ký khoảng 3 giờ. Ngày giờ ghi vào sổ lúc này sẽ sai: hãy báo người quản trị chỉnh lại đồng hồ trước khi ghi sổ.',
    );
    await page.keyboard.press('Alt+1');
    await expect(page.getByTestId('clock-warning')).toBeVisible();
  });
});

test('unlock: keyboard only — type, Tab, type, Enter; Ctrl+L locks again', async ({ page, openApp }) => {
  await openApp();
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type(ADMIN.name);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Mật khẩu', exact: true })).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('');
  await unlockViaUi(page);
});

test('unlock: an invalid user name is explained next to the field', async ({ page, openApp }) => {
  await openApp();
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('bất kỳ');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).press('Enter');
  await expect(page.getByText('Tên đăng nhập: ít nhất 2 ký tự.')).toBeVisible();
  await expect(page.getByLabel('Tên đăng nhập')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Trợ giúp: Mở khóa sổ' })).toContainText('Quên mật khẩu');
  await saveScreenshot(page, 'unlock-help');
});
