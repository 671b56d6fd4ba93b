import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ChannelInput } from '../../core/api/contract.ts';
import { incidentInput } from '../support/incidents.ts';
import { incomingItem, outgoingItem } from '../support/items.ts';
import { pdfTextFlat } from '../support/pdf-tools.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { createUiRegister, setUpRegister, type UiRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const isFocused = (locator: Locator) =>
  locator.evaluate(
    (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );

/** A field's label, with or without the required-field asterisk. */
const label = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** Keyboard only: Tab until the field is focused (never a click), then type. */
async function tabToAndType(page: Page, field: Locator, text: string): Promise<void> {
  for (let i = 0; i < 40 && !(await isFocused(field)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
}

/** The shared fixtures are untyped records; the router validates them like any other input. */
const addItem = (register: UiRegister, input: object) =>
  register.value('items.add', input as ChannelInput<'items.add'>);
const addIncident = (register: UiRegister, input: object) =>
  register.value('incidents.add', input as ChannelInput<'incidents.add'>);

/** The provincial police's register, made in the test process; each side trusts the other's key, as from the sheets. */
async function policeTrustedBy(unit: UiRegister): Promise<UiRegister> {
  const police = createUiRegister();
  await police.value('session.setup', {
    mode: 'receiver',
    unitName: 'Công an tỉnh Quảng Trị',
    adminName: 'le.van.cuong',
    password: 'mật khẩu đủ dài 2026',
  });
  const key = await police.value('keys.show', {});
  await unit.value('keys.trust', { publicFile: key.publicFile, fingerprint: key.fingerprintGrouped });
  const own = await unit.value('keys.show', {});
  await police.value('keys.trust', { publicFile: own.publicFile, fingerprint: own.fingerprintGrouped });
  return police;
}

const SENTENCE =
  'Đã ghi và kiểm tra gói trên USB. Mang gói và bản in đến Phòng An ninh chính trị nội bộ, Công an tỉnh.';

test('keyboard only: from the register, Ctrl+Shift+B files a report, prints it and writes the package to the USB stick', async ({
  page,
  register,
  openApp,
}) => {
  test.setTimeout(90_000); // one key at a time, checking the focus after each Tab
  await setUpRegister(register, { lock: true });
  await register.value('session.unlock', { userName: 'nguyen.van.an', password: 'mat-khau-thu-nghiem-2026' });
  const lost = await addItem(register, outgoingItem());
  const other = await addItem(register, incomingItem());
  const police = await policeTrustedBy(register);
  await register.value('session.lock', {});
  const usb = join(register.dir, 'usb');
  mkdirSync(usb);

  try {
    await openApp();
    await unlockViaUi(page);
    await page.keyboard.press('Alt+1');
    await expect(page.getByRole('heading', { name: 'Sổ đăng ký', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Báo cáo sự cố/ })).toContainText('Ctrl+Shift+B');

    // The panic moment: one shortcut from any screen.
    await page.keyboard.press('Control+Shift+B');
    const form = page.getByTestId('incident-form');
    await expect(form).toBeVisible();
    await expect(form.getByRole('radio', { name: /Bị lộ/ })).toBeFocused();
    // The three choices with the law's definitions in sight.
    await expect(form).toContainText('Người không có trách nhiệm biết được nội dung bí mật nhà nước');
    await expect(form).toContainText('không còn thuộc sự quản lý của cơ quan, tổ chức, người có trách nhiệm quản lý');
    await expect(form).toContainText('có nguy cơ bị lộ, bị mất hoặc bị xâm phạm');
    await page.keyboard.press('ArrowRight');
    await expect(form.getByRole('radio', { name: /Bị mất/ })).toBeChecked();
    // Discovered "now" by default, and the clock runs.
    await expect(page.getByTestId('incident-clock')).toHaveText(/^Vừa phát hiện|kể từ khi phát hiện$/);

    await tabToAndType(page, form.getByLabel(label('Nơi xảy ra')), 'Phòng Hợp tác quốc tế, tầng 2');
    // Items: a few letters of the number, Enter takes the highlighted match.
    await tabToAndType(page, form.getByLabel(label('Tài liệu liên quan')), '125/CV');
    await expect(page.getByRole('option', { name: /125\/CV-SNgV/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(form.getByTestId('incident-items')).toContainText('125/CV-SNgV');
    await expect(form.getByTestId('incident-level')).toHaveText('Mật');
    // …or of the summary, without tones.
    await page.keyboard.type('bien gioi');
    await expect(page.getByRole('option', { name: /0457\/BAN/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(form.getByTestId('incident-items')).toContainText('0457/BAN');
    // The report is as secret as its most secret item.
    await expect(form.getByTestId('incident-level')).toHaveText('Tối mật');

    await tabToAndType(
      page,
      form.getByLabel(label('Diễn biến, hoàn cảnh xảy ra')),
      'Khi kiểm tra tủ tài liệu cuối ngày, phát hiện thiếu bản số 2.',
    );
    await tabToAndType(page, form.getByLabel(label('Biện pháp đã xử lý ngay')), 'Niêm phong tủ, báo lãnh đạo Sở.');
    await expect(form.getByLabel(label('Nơi nhận báo cáo'))).toHaveValue(
      'Phòng An ninh chính trị nội bộ, Công an tỉnh',
    );
    await expect(form).toContainText('Ứng dụng không liên lạc với ai');
    await expectNoEnglishLabels(page);
    await saveScreenshot(page, 'incident-form');

    // Ctrl+Enter files it: the number, and the items marked in the register.
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('incident-number')).toHaveText(/^Số: 0*1\/BC-[A-ZĐ0-9-]+$/);
    await expect(page.getByTestId('incident-marked-items')).toContainText('125/CV-SNgV');
    await expect(page.getByTestId('incident-filed')).toContainText('đã được đánh dấu “bị mất”');

    // Step 1: print the report (PDF with numbered copies) — the cursor is already in the path field.
    const pdf = join(usb, 'bao-cao-su-co.pdf');
    await expect(page.getByLabel(label('In báo cáo ra tệp PDF'))).toBeFocused();
    await page.keyboard.type(pdf);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('incident-printed')).toContainText(pdf);
    expect(existsSync(pdf)).toBe(true);

    // Step 2: the package, to the one trusted police key (already chosen); type the folder, Enter.
    const recipient = page.getByRole('combobox', { name: 'Gửi cho' });
    await expect(recipient).toBeFocused();
    await expect(recipient).toHaveValue(/^Công an tỉnh Quảng Trị — /);
    await tabToAndType(page, page.getByLabel(label('Thư mục trên USB')), usb);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('carry-notice')).toHaveText(SENTENCE);
    await expect(page.getByTestId('package-written')).toContainText('Gói số 1 gửi Công an tỉnh Quảng Trị');
    await expect(page.getByTestId('package-written')).toContainText('Đã đọc lại từ USB và kiểm tra');
    await saveScreenshot(page, 'incident-filed-package-written');

    // What the register holds: filed, exported, items marked lost, the report in the outgoing book.
    const { incidents } = await register.value('incidents.list', {});
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ state: 'exported', type: 'lost', level: 'toi_mat', version: 1 });
    expect(incidents[0]?.items.map((i) => i.itemId).sort()).toEqual([lost.id, other.id].sort());
    expect((await register.value('items.get', { id: lost.id })).status).toBe('lost');
    expect((await register.value('items.get', { id: other.id })).status).toBe('lost');

    // The police can open what was carried.
    const packagePath = (await page.getByTestId('package-written').locator('code').textContent()) ?? '';
    expect((await police.value('packages.verify', { path: packagePath })).records).toBe(1);

    // Done: the list shows it, no longer ticking.
    await page.getByRole('button', { name: 'Xong' }).click();
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: 'Sự cố', exact: true })).toBeVisible();
    await expect(page.getByTestId('incident-list')).toContainText('Đã ghi gói');
  } finally {
    police.close();
  }
});

test('a draft left longer than the configured hours is flagged in red; filing it from the list starts the guided flow', async ({
  page,
  register,
  openApp,
  hostDouble,
}) => {
  await setUpRegister(register);
  await register.value('settings.update', { incidentDraftHours: 24 });
  const item = await addItem(register, outgoingItem());
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  const stale = await addIncident(register, incidentInput([item.id], { draft: true, discoveredAt: hoursAgo(30) }));
  await addIncident(register, incidentInput([item.id], { draft: true, type: 'exposed', discoveredAt: hoursAgo(2) }));
  const filed = await addIncident(register, incidentInput([item.id], { type: 'at_risk', discoveredAt: hoursAgo(50) }));
  await register.value('session.lock', {});

  await openApp();
  await unlockViaUi(page);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { name: 'Sự cố', exact: true })).toBeVisible();
  await expect(page.getByTestId('incident-count')).toHaveText('3 báo cáo');
  await expect(page.getByTestId('incident-overdue-count')).toHaveText('1 bản nháp quá 24 giờ chưa lập');

  const staleRow = page.getByTestId(`incident-row-${stale.id}`);
  await expect(staleRow).toHaveAttribute('data-overdue', 'true');
  await expect(staleRow.getByTestId('incident-overdue')).toHaveText('Quá 24 giờ chưa lập');
  await expect(staleRow).toContainText('1 ngày 6 giờ');
  await expect(page.locator('[data-overdue]')).toHaveCount(1);
  // The filed one has its number; the clock still runs until it reaches the police.
  await expect(page.getByTestId(`incident-row-${filed.id}`)).toContainText(`Số: ${filed.reportNumber}`);
  await expect(page.getByTestId(`incident-row-${filed.id}`)).toContainText('2 ngày 2 giờ');
  await saveScreenshot(page, 'incidents-list-overdue');

  // Arrows and Enter open the stale draft; filing it gives it its number and the guided flow.
  await staleRow.focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('incident-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Quá 24 giờ chưa lập');
  await expect(detail.getByTestId('incident-states')).toContainText('Lập bản nháp');
  await saveScreenshot(page, 'incident-detail-draft');
  await detail.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page.getByTestId('incident-number')).toHaveText(/^Số: 0*2\/BC-/);
  // The system's save dialog can choose the PDF's place (here a recording stand-in answers it).
  const pdf = join(register.dir, 'bao-cao-2.pdf');
  hostDouble.savePaths.push(pdf);
  await page.getByTestId('incident-print-form').getByRole('button', { name: 'Chọn…' }).click();
  await expect(page.getByLabel(label('In báo cáo ra tệp PDF'))).toHaveValue(pdf);
  expect(hostDouble.calls[0]?.input).toMatchObject({
    format: 'pdf',
    defaultName: expect.stringMatching(/^bao-cao-su-co-0*2-bc-/),
  });
  await page.getByRole('button', { name: 'In ra tệp PDF' }).click();
  await expect(page.getByTestId('incident-printed')).toContainText(pdf);
  expect(existsSync(pdf)).toBe(true);
  // No police key trusted yet: the package step says what to do instead of failing.
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa tin cậy khóa nào của Công an tỉnh' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(`incident-row-${stale.id}`)).not.toHaveAttribute('data-overdue', 'true');
  await expect(page.locator('[data-overdue]')).toHaveCount(0);
  expect((await register.value('incidents.get', { id: stale.id })).state).toBe('filed');
});

test('the print step says which document settings are missing, and can name another signer and place for this print', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await register.value('settings.updateDocuments', {
    placeName: 'Đắk Lắk',
    parentBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
    archiveUnit: 'PA03',
  });
  const item = await addItem(register, outgoingItem());
  const filed = await addIncident(register, incidentInput([item.id]));
  await register.value('session.lock', {});

  await openApp();
  await unlockViaUi(page);
  await page.keyboard.press('Alt+2');
  await page.getByTestId(`incident-row-${filed.id}`).click();
  await page.getByTestId('incident-detail').getByRole('button', { name: 'In và ghi gói…' }).click();
  const step = page.getByTestId('incident-print-form');
  // Before printing: who signs and where, and what the report would print without.
  await expect(step.getByTestId('incident-signer')).toHaveText(/Địa danh: Đắk Lắk · Người ký: chưa đặt/);
  const missing = step.getByTestId('missing-settings');
  await expect(missing).toContainText('Chưa đặt chức vụ người ký trong Thiết lập');
  await expect(missing).toContainText('Chưa đặt tên người ký trong Thiết lập');
  await expect(missing).not.toContainText('địa danh');
  // The copy sent and the one the unit keeps.
  await expect(step.getByLabel(label('Số bản'))).toHaveValue('2');
  await saveScreenshot(page, 'incident-print-missing-settings');

  // Another signer and place for this print only: the fields start from the settings.
  await step.getByRole('button', { name: 'Đổi người ký, địa danh cho lần in này…' }).click();
  const override = step.getByTestId('incident-signer-override');
  await expect(override.getByLabel('Địa danh')).toHaveValue('Đắk Lắk');
  await override.getByLabel('Địa danh').fill('Buôn Ma Thuột');
  await override.getByRole('combobox', { name: 'Hình thức ký' }).focus();
  await page.keyboard.type('tl');
  await page.keyboard.press('Enter');
  await expect(override.getByRole('combobox', { name: 'Hình thức ký' })).toHaveValue(
    'TL. — ký thừa lệnh người đứng đầu',
  );
  await override.getByLabel('Chức vụ người đứng đầu').fill('Giám đốc');
  await override.getByLabel('Chức vụ người ký').fill('Chánh Văn phòng');
  await override.getByLabel('Họ tên người ký').fill('Trần Văn Minh');
  await expect(missing).toHaveCount(0);
  await expectNoEnglishLabels(page);
  await saveScreenshot(page, 'incident-print-signer-override');

  const pdf = join(register.dir, 'bao-cao-tl.pdf');
  await step.getByLabel(label('In báo cáo ra tệp PDF')).fill(pdf);
  await step.getByRole('button', { name: 'In ra tệp PDF' }).click();
  await expect(page.getByTestId('incident-printed')).toContainText(pdf);
  const text = pdfTextFlat(pdf);
  for (const s of [
    'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK',
    'Buôn Ma Thuột, ngày',
    'TL. GIÁM ĐỐC',
    'CHÁNH VĂN PHÒNG',
    'Trần Văn Minh',
    '- Lưu: VT, PA03 (01).',
  ])
    expect(text, s).toContain(s);
  expect(text).not.toContain('…');
  // The settings did not change.
  expect((await register.value('app.status', {})).settings).toMatchObject({
    placeName: 'Đắk Lắk',
    signingAuthority: 'direct',
    signerName: null,
  });
});

test('a follow-up report carries the first report forward as version 2', async ({ page, register, openApp }) => {
  await setUpRegister(register);
  const item = await addItem(register, outgoingItem());
  const first = await addIncident(register, incidentInput([item.id]));
  await register.value('session.lock', {});

  await openApp();
  await unlockViaUi(page);
  await page.keyboard.press('Alt+2');
  await page.getByTestId(`incident-row-${first.id}`).click();
  await page.getByTestId('incident-detail').getByRole('button', { name: 'Báo cáo tiếp theo' }).click();
  const form = page.getByTestId('incident-form');
  await expect(page.getByRole('dialog', { name: `Báo cáo tiếp theo của Số: ${first.reportNumber}` })).toBeVisible();
  // Everything known so far is carried forward; only what changed is typed.
  await expect(form.getByLabel(label('Nơi xảy ra'))).toHaveValue(first.place);
  await expect(form.getByTestId('incident-items')).toContainText('125/CV-SNgV');
  await form.getByLabel(label('Khắc phục hậu quả, theo dõi tiếp')).fill('Đã tìm thấy bản số 2 trong tủ hồ sơ khác.');
  await form.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page.getByTestId('incident-number')).toHaveText(/^Số: 0*2\/BC-/);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('incident-list')).toContainText(
    `Báo cáo tiếp theo lần 2 của Số: ${first.reportNumber}`,
  );
  const { incidents } = await register.value('incidents.list', {});
  expect(incidents.map((i) => [i.chainId, i.version]).sort()).toEqual(
    [
      [first.chainId, 1],
      [first.chainId, 2],
    ].sort(),
  );
});

test('F1 explains the form, Esc keeps what was typed; an auditor finds the button and is told whom to tell', async ({
  page,
  register,
  openApp,
}) => {
  await setUpRegister(register);
  await register.value('users.add', {
    name: 'pham.thi.dung',
    roles: ['auditor'],
    department: null,
    password: 'mat-khau-kiem-tra-2026',
  });
  await register.value('session.lock', {});
  await openApp();
  await unlockViaUi(page);

  await page.getByRole('button', { name: /^Báo cáo sự cố/ }).click();
  const form = page.getByTestId('incident-form');
  await form.getByLabel(label('Nơi xảy ra')).fill('Kho lưu trữ, tầng 1');
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Trợ giúp: Báo cáo sự cố' });
  await expect(help).toContainText('Ctrl+Enter');
  await expect(help).toContainText('Ctrl+Shift+B');
  await page.keyboard.press('F1');
  await expect(help).toBeHidden();
  // Esc closes the form; the typing waits for its author and the form says it is continuing.
  await form.getByLabel(label('Nơi xảy ra')).press('Escape');
  await expect(form).toBeHidden();
  await page.keyboard.press('Control+Shift+B');
  await expect(form.getByLabel(label('Nơi xảy ra'))).toHaveValue('Kho lưu trữ, tầng 1');
  await expect(form).toContainText('Đang tiếp tục phần đã nhập trước đó');
  await form.getByRole('button', { name: 'Bỏ phần này, soạn mới' }).click();
  await expect(form.getByLabel(label('Nơi xảy ra'))).toHaveValue('');
  await page.keyboard.press('Escape');

  // Someone who may not write reports still finds the button, and learns whom to tell.
  await page.keyboard.press('Control+L');
  await unlockViaUi(page, { name: 'pham.thi.dung', password: 'mat-khau-kiem-tra-2026' });
  const button = page.getByRole('button', { name: 'Báo cáo sự cố', exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(/hãy báo ngay cho cán bộ bảo mật\.$/);
  await page.keyboard.press('Control+Shift+B');
  await expect(form).toHaveCount(0);
});
