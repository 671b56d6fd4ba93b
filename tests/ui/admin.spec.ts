import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import type { ChannelInput } from '../../core/api/contract.ts';
import { outgoingItem } from '../support/items.ts';
import { OFFICER, setUpRegister } from '../support/ui-bridge.ts';
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
  expect((await register.value('app.status', {})).settings).toMatchObject({
    idleLockMinutes: 10,
    incidentDraftHours: 24,
    incidentAddressee: 'Phòng An ninh chính trị nội bộ, Công an tỉnh',
    documentSymbol: 'SNV',
  });
  await saveScreenshot(page, 'admin-settings');
});

test('document settings: place, parent body, "Lưu", the KT. signer; checked by the service, audited, explained by F1', async ({
  page,
  register,
}) => {
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Thiết lập văn bản' })).toBeVisible();
  const place = page.getByLabel('Địa danh');
  await expect(place).toHaveValue('');
  await place.fill('Đ'.repeat(61));
  await place.press('Enter');
  await expect(page.getByText('Địa danh: tối đa 60 ký tự.')).toBeVisible();
  await expect(place).toBeFocused();

  await place.fill('Đắk Lắk');
  await page.getByLabel('Cơ quan chủ quản').fill('Ủy ban nhân dân tỉnh Đắk Lắk');
  await page.getByLabel('Chữ viết tắt đơn vị soạn thảo (dòng “Lưu”)').fill('PA03');
  await page.getByLabel('Số bản lưu').fill('2');
  // The signing authority is picked by typing, as every choice in the app.
  const authority = page.getByRole('combobox', { name: 'Hình thức ký' });
  await expect(authority).toHaveValue('Người đứng đầu ký trực tiếp');
  await expect(page.getByLabel('Chức vụ người đứng đầu')).toHaveCount(0);
  await authority.focus();
  await page.keyboard.type('q.');
  await page.keyboard.press('Enter');
  await expect(authority).toHaveValue('Q. — quyền người đứng đầu');
  // "Q. GIÁM ĐỐC" is one line: the signer's own title is not asked for.
  await expect(page.getByLabel('Chức vụ người ký')).toHaveCount(0);
  await authority.focus();
  await page.keyboard.type('tm');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tên tập thể lãnh đạo')).toBeVisible();
  await authority.focus();
  await page.keyboard.type('kt');
  await page.keyboard.press('Enter');
  await expect(authority).toHaveValue('KT. — cấp phó ký thay người đứng đầu');
  await page.getByLabel('Chức vụ người đứng đầu').fill('Giám đốc');
  await page.getByLabel('Chức vụ người ký').fill('Phó Giám đốc');
  const name = page.getByLabel('Họ tên người ký');
  await name.fill('Nguyễn Thị Hồng Nhung');
  await name.press('Enter');
  await expect(page.getByTestId('document-settings-saved')).toHaveText('Đã lưu thiết lập văn bản.');
  expect((await register.value('app.status', {})).settings).toMatchObject({
    placeName: 'Đắk Lắk',
    parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
    archiveUnit: 'PA03',
    archiveCopies: 2,
    signingAuthority: 'KT',
    signerHeadTitle: 'Giám đốc',
    signerTitle: 'Phó Giám đốc',
    signerName: 'Nguyễn Thị Hồng Nhung',
  });
  const changed = await register.value('audit.list', { action: 'settings.changed', limit: 20 });
  expect(changed.map((e) => e.entityId).sort()).toEqual(
    [
      'archiveCopies',
      'archiveUnit',
      'parentBody',
      'placeName',
      'signerHeadTitle',
      'signerName',
      'signerTitle',
      'signingAuthority',
    ].sort(),
  );

  // Emptying a field is allowed: it is then "not set", and only that change is sent and audited.
  await page.getByLabel('Chữ viết tắt đơn vị soạn thảo (dòng “Lưu”)').fill('');
  await name.press('Enter');
  await expect(page.getByTestId('document-settings-saved')).toBeVisible();
  expect((await register.value('app.status', {})).settings?.archiveUnit).toBeNull();
  expect(await register.value('audit.list', { action: 'settings.changed', limit: 20 })).toHaveLength(9);
  await expectNoEnglishLabels(page);
  await saveScreenshot(page, 'admin-document-settings');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Trợ giúp: Quản trị' });
  await expect(help).toContainText('Văn bản (người quản trị hoặc cán bộ bảo mật)');
  await expect(help).toContainText('- Lưu: VT, PA03 (01).');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('document settings are the security officer’s too: the book preview says what is missing until it is set', async ({
  page,
  register,
}) => {
  await register.value('users.add', {
    name: OFFICER.name,
    roles: ['security_officer'],
    department: null,
    password: OFFICER.password,
  });
  await page.keyboard.press('Control+L');
  await unlockViaUi(page, OFFICER);
  await register.value('items.add', outgoingItem() as ChannelInput<'items.add'>);

  // The register book's preview names the empty setting; the cover then has only the unit's name.
  await page.keyboard.press('Alt+1');
  await page.getByRole('tab', { name: 'Sổ BMNN đi' }).click();
  await expect(page.locator('[data-testid^="register-row-"]').first()).toBeVisible();
  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: /Xem trước khi in/ });
  await expect(preview.getByTestId('print-page-text')).toContainText('SỔ ĐĂNG KÝ BÍ MẬT NHÀ NƯỚC ĐI');
  await expect(preview.getByTestId('missing-settings')).toContainText(
    'Chưa đặt cơ quan chủ quản trong Thiết lập: đầu văn bản chỉ có tên đơn vị.',
  );
  await saveScreenshot(page, 'print-preview-missing-settings');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The officer sees the document settings, not the administrator's tabs.
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('tab', { name: 'Văn bản' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Thiết lập' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Người dùng' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  const parent = page.getByLabel('Cơ quan chủ quản');
  await parent.fill('Ủy ban nhân dân tỉnh Đắk Lắk');
  await parent.press('Enter');
  await expect(page.getByTestId('document-settings-saved')).toBeVisible();
  const [event] = await register.value('audit.list', { action: 'settings.changed', limit: 1 });
  expect(event).toMatchObject({ entityId: 'parentBody', actorName: OFFICER.name });

  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Control+p');
  await expect(preview.getByTestId('print-page-text')).toContainText('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
  await expect(preview.getByTestId('missing-settings')).toHaveCount(0);
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
