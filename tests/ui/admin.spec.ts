import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

test.beforeEach(async ({ page, register, openApp }) => {
  await setUpRegister(register, { lock: true });
  await openApp();
  await unlockViaUi(page);
  await page
    .getByRole('navigation', { name: 'Khu vực làm việc' })
    .getByRole('button', { name: /Quản trị/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Quản trị', exact: true })).toBeVisible();
});

test('settings: idle-lock minutes, checked by the service, applied at once', async ({ page, register }) => {
  await page.getByRole('tab', { name: 'Thiết lập' }).click();
  const minutes = page.getByLabel('Tự khóa sau bao nhiêu phút không thao tác');
  await expect(minutes).toHaveValue('5');
  await minutes.fill('90');
  await minutes.press('Enter');
  await expect(page.getByText('Tự khóa sau nhiều nhất 60 phút.')).toBeVisible();
  await minutes.fill('10');
  await minutes.press('Enter');
  await expect(page.getByTestId('settings-saved')).toHaveText('Đã lưu: sổ tự khóa sau 10 phút không thao tác.');
  expect((await register.value('app.status', {})).settings).toMatchObject({ idleLockMinutes: 10 });

  // Incident reports: the stale-draft hours (checked by the service), the addressee, the symbol in report numbers.
  const hours = page.getByLabel('Đánh dấu đỏ bản nháp chưa lập sau bao nhiêu giờ');
  await expect(hours).toHaveValue('8');
  await hours.fill('200');
  await hours.press('Enter');
  await expect(page.getByText('Cảnh báo bản nháp sau nhiều nhất 168 giờ (7 ngày).')).toBeVisible();
  await hours.fill('24');
  await page.getByLabel('Ký hiệu cơ quan trong số báo cáo').fill('snv');
  await hours.press('Enter');
  await expect(page.getByTestId('settings-saved-incidents')).toHaveText(
    'Bản nháp báo cáo sự cố chưa lập sau 24 giờ được đánh dấu đỏ.',
  );
  expect((await register.value('app.status', {})).settings).toEqual({
    idleLockMinutes: 10,
    incidentDraftHours: 24,
    incidentAddressee: 'Phòng An ninh chính trị nội bộ, Công an tỉnh',
    documentSymbol: 'SNV',
  });
  await saveScreenshot(page, 'admin-settings');
});

test('backup: a folder path, the copy stays encrypted with its .keys file next to it', async ({
  page,
  register,
  hostDouble,
}) => {
  await page.getByRole('tab', { name: 'Sao lưu' }).click();
  await expect(page.getByText('Bản sao vẫn được mã hóa như sổ gốc')).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu', exact: true }).click();
  await expect(page.getByText('Thư mục sao lưu: bắt buộc nhập.')).toBeVisible();

  const folder = join(register.dir, 'sao-luu');
  mkdirSync(folder);
  // A folder dialog that answers nothing (cancelled, or none on this computer) leaves the typed path as it is…
  const field = page.getByLabel('Thư mục sao lưu');
  await field.fill(join(register.dir, 'go-tay'));
  await page.getByRole('button', { name: 'Chọn…' }).click();
  await expect.poll(() => hostDouble.calls.length).toBe(1);
  await expect(field).toHaveValue(join(register.dir, 'go-tay'));
  // …and the folder chosen in it replaces the typed one.
  hostDouble.folders.push(folder);
  await page.getByRole('button', { name: 'Chọn…' }).click();
  await expect(field).toHaveValue(folder);
  expect(hostDouble.calls).toEqual([
    { channel: 'host.chooseFolder', input: { purpose: 'backup' } },
    { channel: 'host.chooseFolder', input: { purpose: 'backup' } },
  ]);
  await field.press('Enter');
  await expect(page.getByTestId('backup-done')).toContainText('Đã sao lưu và kiểm tra bản sao mở được.');
  const path = (await page.getByTestId('backup-path').textContent()) ?? '';
  expect(path.startsWith(folder)).toBe(true);
  expect(existsSync(path)).toBe(true);
  expect(readdirSync(folder).some((f) => f.endsWith('.keys'))).toBe(true);
  await saveScreenshot(page, 'admin-backup');
  await expectNoEnglishLabels(page);
});

test('key rotation: explanation, confirmation, the new block to print and staple; the register still opens', async ({
  page,
  register,
}) => {
  await page.getByRole('tab', { name: 'Đổi khóa sổ' }).click();
  await expect(page.getByText('khối dữ liệu khôi phục in trên phiếu không còn dùng được')).toBeVisible();
  await page.getByRole('button', { name: 'Đổi khóa sổ…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đổi khóa sổ ngay?' });
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Đổi khóa', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('key-rotated')).toHaveText(/^Đã đổi khóa sổ \(lần thứ \d+\)\.$/);
  await expect(page.getByTestId('new-recovery-kit')).toHaveText(/^[A-Za-z0-9+/=\n]{64,}$/);
  await expect(page.getByText('In khối này, ghi ngày, ký tên, rồi ghim vào phiếu khôi phục')).toBeVisible();
  await saveScreenshot(page, 'admin-key-rotation');

  // Printing prints only the sheet with the new block.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('kit-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('KHỐI DỮ LIỆU KHÔI PHỤC MỚI');
  await expect(sheet).toContainText('Ghim tờ này vào phiếu khôi phục của sổ.');
  await expect(page.getByRole('heading', { name: 'Quản trị', exact: true })).toBeHidden();
  await saveScreenshot(page, 'admin-key-rotation-print');
  await page.emulateMedia({ media: 'screen' });

  // F1 explains the area.
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Trợ giúp: Quản trị' })).toContainText('Đổi khóa sổ');
  await page.keyboard.press('Escape');
  // The help closes with an animation; lock only once it is gone, or the open help follows onto the unlock screen.
  await expect(page.getByRole('dialog', { name: 'Trợ giúp: Quản trị' })).toBeHidden();

  await page.keyboard.press('Control+L');
  await unlockViaUi(page);
  const verify = await register.value('audit.verify', {});
  expect(verify.ok).toBe(true);
});
