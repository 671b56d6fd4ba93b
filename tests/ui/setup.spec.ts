import { expectNoEnglishLabels } from '../support/ui-actions.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const UNIT = 'Ban Cơ yếu – Văn phòng UBND tỉnh Thừa Thiên Huế';
const ADMIN = 'tran.thi.binh';
const PASSWORD = 'Đà Nẵng mùa thu 2026!';

test('first run: set-up form, field errors in Vietnamese, recovery code once, then the frame', async ({
  page,
  openApp,
  register,
}) => {
  await openApp();
  await expect(page.getByRole('heading', { name: 'Thiết lập sổ đăng ký lần đầu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('radio', { name: 'Đơn vị' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Công an tỉnh – Phòng An ninh chính trị nội bộ' })).toBeVisible();
  // The cursor starts in the first field to type.
  await expect(page.getByLabel('Tên đơn vị')).toBeFocused();
  await saveScreenshot(page, 'setup');

  // Errors from the service land under their own fields.
  await page.getByLabel('Tên đăng nhập của người quản trị').fill('a');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
  await page.getByRole('button', { name: 'Tạo sổ đăng ký' }).click();
  const unitName = page.getByLabel('Tên đơn vị');
  await expect(unitName).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Tên đơn vị: bắt buộc nhập.')).toBeVisible();
  await expect(page.getByText('Tên đăng nhập: ít nhất 2 ký tự.')).toBeVisible();
  await expect(page.getByText('Mật khẩu: ít nhất 12 ký tự.')).toBeVisible();
  await expect(unitName).toBeFocused();
  // Each message is tied to its field for screen readers.
  const describedBy = (await unitName.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`)).toHaveText(
    'Tên đơn vị: bắt buộc nhập.',
  );
  await saveScreenshot(page, 'setup-errors');
  await expectNoEnglishLabels(page);

  // The confirmation is checked on the page; nothing is sent while it differs.
  await unitName.fill(UNIT);
  await page.getByLabel('Tên đăng nhập của người quản trị').fill(ADMIN);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(`${PASSWORD}x`);
  await page.getByRole('button', { name: 'Tạo sổ đăng ký' }).click();
  await expect(page.getByText('Mật khẩu nhập lại không khớp.')).toBeVisible();
  expect(register.host.exists()).toBe(false);

  await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').press('Enter');

  // The recovery code, once, with the instruction; Continue waits for the checkbox.
  await expect(page.getByRole('heading', { name: 'Mã khôi phục của sổ đăng ký' })).toBeVisible();
  await expect(page.getByText('Mã này chỉ hiện MỘT LẦN, ngay bây giờ.')).toBeVisible();
  await expect(page.getByText('Cho vào phong bì, niêm phong và cất vào két sắt của đơn vị.')).toBeVisible();
  const groups = await page.getByTestId('recovery-code').locator('code').allInnerTexts();
  expect(groups).toHaveLength(8);
  for (const group of groups) expect(group).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
  // The data block for the same sheet, and a way to print it (only the sheet prints).
  await expect(page.getByTestId('recovery-kit')).toHaveText(/^[A-Za-z0-9+/=\n]{64,}$/);
  await expect(page.getByRole('button', { name: 'In phiếu khôi phục' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cxr-print-sheet')).toBeVisible();
  await expect(page.locator('.cxr-print-sheet')).toContainText('PHIẾU KHÔI PHỤC SỔ ĐĂNG KÝ');
  await expect(page.locator('.cxr-print-sheet')).toContainText(`Đơn vị: ${UNIT}`);
  await expect(page.getByRole('heading', { name: 'Mã khôi phục của sổ đăng ký' })).toBeHidden();
  await saveScreenshot(page, 'recovery-sheet-print');
  await page.emulateMedia({ media: 'screen' });
  const continueButton = page.getByRole('button', { name: 'Tiếp tục' });
  await expect(continueButton).toBeDisabled();
  await saveScreenshot(page, 'recovery-code');
  await page.getByLabel('Tôi đã ghi mã khôi phục').check();
  await continueButton.click();

  // The frame: title, unit, user and the work areas.
  await expect(page.getByText('Sổ trao đổi tin mật', { exact: true })).toBeVisible();
  await expect(page.getByTestId('frame-unit')).toHaveText(UNIT);
  await expect(page.getByTestId('frame-user')).toContainText(ADMIN);
  await expect(page.getByTestId('frame-user')).toContainText('Quản trị viên, Cán bộ bảo mật');
  const nav = page.getByRole('navigation', { name: 'Khu vực làm việc' });
  for (const area of ['Sổ đăng ký', 'Sự cố', 'Trao đổi gói', 'Hiệp định', 'Nhật ký', 'Quản trị']) {
    await expect(nav.getByRole('button', { name: area })).toBeVisible();
  }
  // An area that does not work yet is not offered (the annual reports: Alt+4 stays reserved for them).
  await expect(nav.getByRole('button')).toHaveCount(6);
  await expect(nav.getByRole('button', { name: /Báo cáo/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();
  // The code is gone from the page once acknowledged.
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);

  // The register really was created, by the service, with what was typed.
  const status = await register.value('app.status', {});
  expect(status).toMatchObject({ state: 'unlocked', mode: 'unit', unitName: UNIT, user: { name: ADMIN } });
});

test('frame: only working areas, fixed Alt+n, F1 help, incident button, language switch, Ctrl+L', async ({
  page,
  openApp,
  register,
}) => {
  await register.value('session.setup', {
    mode: 'receiver',
    unitName: 'Công an tỉnh Quảng Trị',
    adminName: 'le.van.cuong',
    password: 'mật khẩu đủ dài 2026',
  });
  await openApp();
  const nav = page.getByRole('navigation', { name: 'Khu vực làm việc' });
  await expect(nav).toBeVisible();
  await expect(page.getByText('Công an tỉnh – Phòng An ninh chính trị nội bộ')).toBeVisible();

  // The register books are not part of the receiver's work: the area is not offered at all.
  await expect(nav.getByRole('button', { name: /Sổ đăng ký/ })).toHaveCount(0);
  // Nor is an area not built yet: no "Chức năng đang được xây dựng" page anywhere.
  await expect(nav.getByRole('button', { name: /Báo cáo/ })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /Nhật ký/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+6');

  // The numbers do not close up: Alt+4 (kept for the reports) does nothing, Alt+5 is still Hiệp định.
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký', exact: true })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { name: 'Nhật ký', exact: true })).toBeVisible();
  await expect(page.getByText('Chức năng đang được xây dựng')).toHaveCount(0);

  // Alt+5 goes to the agreements, F1 explains them.
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Trợ giúp: Hiệp định' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Bảng tương đương độ mật phải chép đúng từ văn bản chính thức của Hiệp định');
  await expect(help).toContainText('Ctrl+L');
  await saveScreenshot(page, 'help');
  await expectNoEnglishLabels(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The police's register receives incident reports and writes none: no incident button (tests/ui/incidents.spec.ts).
  await expect(page.getByRole('button', { name: /^Báo cáo sự cố/ })).toHaveCount(0);

  // English is the second language; Vietnamese comes back unchanged.
  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await expect(
    page.getByRole('heading', { name: 'Agreements on the protection of classified information' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();

  // Ctrl+L locks: the register closes and the unlock screen appears.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  expect(register.host.workspace()).toBeNull();
  const status = await register.value('app.status', {});
  expect(status.state).toBe('locked');
});

test('a training register whose sample data could not be added says why, and adds it on a second try', async ({
  page,
  openApp,
  register,
}) => {
  await openApp();
  await page.getByLabel('Tên đơn vị').fill('Đơn vị tập huấn (DỮ LIỆU MẪU)');
  await page.getByLabel('Tên đăng nhập của người quản trị').fill(ADMIN);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
  await page.getByLabel('Tạo sổ tập huấn (dữ liệu mẫu)').check();
  // The call that adds the sample entries fails on its way to the register (as a broken IPC would).
  register.brokenChannels.add('training.populate');
  await page.getByRole('button', { name: 'Tạo sổ đăng ký' }).click();

  // The register exists and its recovery code must still be copied; the failure is said in Vietnamese, with the
  // button that tries again right beside it.
  await expect(page.getByRole('heading', { name: 'Mã khôi phục của sổ đăng ký' })).toBeVisible();
  const failed = page.getByTestId('training-failed');
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('Sổ tập huấn đã được tạo nhưng chưa có dữ liệu mẫu');
  await expect(failed).toContainText('Đã xảy ra lỗi nội bộ. Dữ liệu không bị thay đổi.');
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  await saveScreenshot(page, 'setup-training-failed');
  await expectNoEnglishLabels(page);
  const status = await register.value('app.status', {});
  expect(status).toMatchObject({ state: 'unlocked', training: true });

  // Once the way is clear, the button adds the entries: the register holds them.
  register.brokenChannels.clear();
  const retry = failed.getByRole('button', { name: 'Thêm lại dữ liệu mẫu' });
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('training-added')).toHaveText('Đã thêm 200 mục mẫu vào sổ tập huấn.');
  await expect(failed).toHaveCount(0);
  const books = await Promise.all(
    (['outgoing', 'incoming'] as const).map((book) => register.value('items.list', { book, limit: 1 })),
  );
  expect(books.reduce((sum, book) => sum + book.total, 0)).toBe(200);

  await page.getByLabel('Tôi đã ghi mã khôi phục').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByTestId('training-banner')).toBeVisible();
  await expect(page.getByTestId('training-added')).toHaveCount(0);
});
