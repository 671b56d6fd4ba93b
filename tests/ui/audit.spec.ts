import { openRaw } from '../support/raw-register.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const NOTE = 'Trích yếu mật nhập nhầm vào ghi chú';
let recoveryCode = '';

test.beforeEach(async ({ page, register, openApp }) => {
  ({ recoveryCode } = await setUpRegister(register));
  await register.value('agreements.updateEquivalences', {
    code: 'VN-IT',
    equivalences: [{ foreignMarking: 'SEGRETO', vnLevel: 'toi_mat', sourceClause: 'Điều 4', note: NOTE }],
  });
  await register.value('session.lock', {});
  await openApp();
  await unlockViaUi(page);
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký', exact: true })).toBeVisible();
});

test('audit: newest first, filter by action, expand to see before/after, integrity check with a paper anchor', async ({
  page,
  register,
}) => {
  const table = page.getByTestId('audit-table');
  const rows = table.locator('tbody > tr.cxr-audit-row');
  // Newest first: the day's check of the chain, this unlock, then the lock before it, then the table change.
  await expect(rows.first()).toContainText('Kiểm tra nhật ký hằng ngày');
  await expect(rows.nth(1)).toContainText('Mở khóa sổ');
  await expect(rows.nth(1)).toContainText(ADMIN.name);
  await expect(rows.nth(2)).toContainText('Khóa sổ');
  await expect(rows.nth(3)).toContainText('Sửa bảng tương đương độ mật');

  await page.getByLabel('Thao tác').selectOption({ label: 'Hiệp định' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(rows).toHaveCount(1);
  const event = rows.first();
  await expect(event).toContainText('Hiệp định · VN-IT');
  const seq = Number(await event.locator('td').nth(1).textContent());
  await page.getByRole('button', { name: `Xem chi tiết sự kiện số ${seq}` }).press('Enter');
  await expect(page.getByRole('button', { name: `Xem chi tiết sự kiện số ${seq}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const detail = page.getByTestId(`audit-detail-${seq}`);
  await expect(detail).toContainText('Bảng agreement_equivalences, dòng VN-IT#0 — thêm mới');
  await expect(detail.getByTestId('audit-field-foreign_marking')).toContainText('SEGRETO');
  await expect(detail.getByTestId('audit-field-note')).toContainText(NOTE);

  // Filter by user and dates: today contains everything, yesterday nothing.
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(rows).not.toHaveCount(1);
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
  await page.getByLabel('Người thực hiện').fill(ADMIN.name);
  await page.getByLabel('Từ ngày').fill(today);
  await page.getByLabel('Đến ngày').fill(today);
  await page.getByLabel('Đến ngày').press('Enter');
  await expect(rows.nth(1)).toContainText('Mở khóa sổ');
  await page.getByLabel('Đến ngày').fill('31/02/2026');
  await page.getByLabel('Đến ngày').press('Enter');
  await expect(page.getByText('Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026.')).toBeVisible();
  await page.getByLabel('Đến ngày').fill(today);
  await page.getByLabel('Người thực hiện').fill('khong.co.ai');
  await page.getByLabel('Người thực hiện').press('Enter');
  await expect(page.getByText('Không có sự kiện nào khớp bộ lọc.')).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();

  // Integrity: OK, with the head to copy onto paper.
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const ok = page.getByTestId('verify-ok');
  await expect(ok).toContainText(/Nhật ký toàn vẹn: \d+ sự kiện/);
  const report = await register.value('audit.verify', {});
  await expect(page.getByTestId('verify-head-hash')).toHaveText(report.head.hash.match(/.{8}/g)?.join(' ') ?? '');
  await expect(ok).toContainText(`Đầu chuỗi hiện tại: sự kiện số ${report.head.seq}.`);
  await page.getByRole('button', { name: `Xem chi tiết sự kiện số ${seq}` }).click();
  await saveScreenshot(page, 'audit');
  await expectNoEnglishLabels(page);

  // The anchor as written on paper (hash in groups, as shown) matches.
  await page.getByLabel('Số sự kiện').fill(String(report.head.seq));
  await page.getByLabel('Mã băm (64 ký tự)').fill(report.head.hash.match(/.{8}/g)?.join(' ') ?? '');
  await page.getByLabel('Mã băm (64 ký tự)').press('Enter');
  await expect(ok).toContainText(`Khớp với mốc đối chiếu: sự kiện số ${report.head.seq}.`);
  // A half-filled anchor is explained, nothing sent.
  await page.getByLabel('Mã băm (64 ký tự)').fill('');
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  await expect(page.getByText('Nhập cả số sự kiện và mã băm, hoặc để trống cả hai.')).toBeVisible();

  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Trợ giúp: Nhật ký' })).toContainText('Mốc đối chiếu');
});

test('audit: "Xem thêm" pages back through older events', async ({ page, register }) => {
  for (let i = 0; i < 30; i++) await register.value('settings.update', { idleLockMinutes: (i % 2) + 5 });
  for (let i = 0; i < 30; i++) await register.value('settings.update', { idleLockMinutes: (i % 2) + 5 });
  await page.keyboard.press('Alt+5');
  await page.keyboard.press('Alt+6');
  const rows = page.getByTestId('audit-table').locator('tbody > tr.cxr-audit-row');
  await expect(rows).toHaveCount(50);
  await expect(page.getByText('Đang hiện 50 sự kiện.')).toBeVisible();
  const total = (await register.value('audit.verify', {})).events;
  await page.getByRole('button', { name: 'Xem thêm' }).click();
  await expect(rows).toHaveCount(Math.min(total, 100));
  await expect(rows.first()).toContainText('Đổi thiết lập');
});

test('audit: an admin removes a mistakenly typed value; the chain still verifies', async ({ page, register }) => {
  await page.getByLabel('Thao tác').selectOption({ label: 'Hiệp định' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  const event = page.getByTestId('audit-table').locator('tbody > tr.cxr-audit-row').first();
  await event.click();
  const seq = Number(await event.locator('td').nth(1).textContent());
  await page
    .getByRole('button', { name: `Xóa giá trị nhập nhầm: trường note, giá trị sau, sự kiện số ${seq}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Xóa giá trị nhập nhầm khỏi nhật ký' });
  await expect(dialog.getByTestId('redact-value')).toHaveText(NOTE);
  await expect(dialog).toContainText('Chuỗi nhật ký vẫn kiểm tra được');
  await dialog.getByLabel('Lý do xóa').fill('nhầm');
  await dialog.getByLabel('Lý do xóa').press('Enter');
  await expect(dialog.getByText('Lý do: ít nhất 10 ký tự.')).toBeVisible();
  await saveScreenshot(page, 'audit-redact');
  await dialog.getByLabel('Lý do xóa').fill('Nhập nhầm trích yếu tài liệu Mật vào ô ghi chú');
  await dialog.getByLabel('Lý do xóa').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('redacted')).toContainText('Đã xóa giá trị ở 1 chỗ trong nhật ký.');

  await page.getByRole('button', { name: `Xem chi tiết sự kiện số ${seq}` }).click();
  await expect(page.getByTestId(`audit-detail-${seq}`).getByTestId('audit-field-note')).toContainText('[đã xóa]');
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  await expect(page.getByTestId('verify-ok')).toBeVisible();
  const stored = await register.value('agreements.get', { code: 'VN-IT' });
  // The live row no longer holds the value either.
  expect(stored.equivalences[0]?.note).not.toBe(NOTE);
});

test('audit: a row changed outside the app is named in the integrity result', async ({ page, register }) => {
  const raw = await openRaw(register.dbPath, recoveryCode);
  try {
    raw.prepare("UPDATE agreement_equivalences SET note = 'sửa ngoài ứng dụng' WHERE agreement_code = 'VN-IT'").run();
  } finally {
    raw.close();
  }
  await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
  const broken = page.getByTestId('verify-broken');
  await expect(broken).toContainText('Nhật ký KHÔNG toàn vẹn.');
  await expect(broken).toContainText(
    'Bảng agreement_equivalences, dòng VN-IT#0: Dòng dữ liệu bị sửa ngoài ứng dụng (cột note).',
  );
  await expect(broken).toContainText('Báo ngay cho cán bộ bảo mật');
  await saveScreenshot(page, 'audit-verify-broken');
});
