import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../core/api/contract.ts';
import { incidentInput } from '../support/incidents.ts';
import { outgoingItem } from '../support/items.ts';
import { expectNoEnglishLabels, unlockViaUi } from '../support/ui-actions.ts';
import { ADMIN, createUiRegister, setUpRegister, type UiRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

const POLICE = { name: 'le.van.cuong', password: 'mật khẩu đủ dài 2026' } as const;
const POLICE_NAME = 'Công an tỉnh Quảng Trị';
const UNIT = 'Sở Ngoại vụ tỉnh Đắk Lắk';

async function setUpPolice(register: UiRegister): Promise<void> {
  await register.value('session.setup', {
    mode: 'receiver',
    unitName: POLICE_NAME,
    adminName: POLICE.name,
    password: POLICE.password,
  });
}

/** Each side trusts the other's public key file, the fingerprint "compared with the printed sheet". */
async function introduce(a: UiRegister, b: UiRegister): Promise<void> {
  const ka = await a.value('keys.show', {});
  const kb = await b.value('keys.show', {});
  await a.value('keys.trust', { publicFile: kb.publicFile, fingerprint: kb.fingerprintGrouped });
  await b.value('keys.trust', { publicFile: ka.publicFile, fingerprint: ka.fingerprintGrouped });
}

/** A unit's register in the test process, introduced to the police, with a USB-stick folder. */
async function unitFor(police: UiRegister) {
  const unit = createUiRegister();
  await unit.value('session.setup', { mode: 'unit', unitName: UNIT, adminName: ADMIN.name, password: ADMIN.password });
  await introduce(unit, police);
  const usb = join(unit.dir, 'usb');
  mkdirSync(usb);
  let n = 0;
  return {
    unit,
    usb,
    /** Files one report about a new item and writes every filed report to the stick. */
    async reportAndExport() {
      n += 1;
      const item = await unit.value(
        'items.add',
        outgoingItem({ docNumber: `${100 + n}/CV-SNgV` }) as ChannelInput<'items.add'>,
      );
      await unit.value('incidents.add', incidentInput([item.id]) as ChannelInput<'incidents.add'>);
      return unit.value('packages.export', { toDir: usb, recipient: POLICE_NAME });
    },
  };
}

async function openImport(page: Page): Promise<void> {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Trao đổi gói', exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Nhập gói' })).toHaveAttribute('aria-selected', 'true');
}

test('police, keyboard only: check a package, import it, acknowledge it with a receipt written to the same stick', async ({
  page,
  register,
  openApp,
}) => {
  await setUpPolice(register);
  const { unit, usb, reportAndExport } = await unitFor(register);
  try {
    const sent = await reportAndExport();
    const report = (await unit.value('incidents.list', {})).incidents[0];
    await register.value('session.lock', {});
    await openApp();
    await unlockViaUi(page, POLICE);
    // The police's register writes no reports: no incident button.
    await expect(page.getByRole('button', { name: /^Báo cáo sự cố/ })).toHaveCount(0);
    await openImport(page);

    const path = page.getByLabel(/^Tệp gói trên USB/);
    await path.focus();
    await page.keyboard.type(sent.path);
    await page.keyboard.press('Enter');
    // Who sent it, the signature, the number, the chain, what is new — and nothing written yet.
    const summary = page.getByTestId('package-summary');
    await expect(page.getByTestId('package-sender')).toContainText(UNIT);
    await expect(page.getByTestId('package-signature')).toHaveText('✓ Chữ ký hợp lệ, khóa đã tin cậy');
    await expect(page.getByTestId('package-sequence')).toHaveText('Gói số 1');
    await expect(page.getByTestId('package-chain')).toHaveText('Gói đầu tiên: ghi nhận đỉnh chuỗi làm mốc');
    await expect(page.getByTestId('package-new')).toHaveText('Gói mới: 1 báo cáo sự cố chưa có trong sổ.');
    await expect(page.getByTestId('package-gap')).toHaveCount(0);
    await expect(summary).toContainText(sent.hash.slice(0, 4));
    expect((await register.value('incidents.list', {})).incidents).toEqual([]);
    await expectNoEnglishLabels(page);
    await saveScreenshot(page, 'exchange-verify');

    // "Nhập gói" has the cursor; Enter imports. Then the receipt, one key more.
    await expect(page.getByRole('button', { name: 'Nhập gói' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('package-imported')).toHaveText('Đã nhập gói: 1 bản ghi mới, 0 bản ghi đã có trước.');
    await expect(page.getByRole('button', { name: 'Xác nhận và ghi biên nhận' })).toBeFocused();
    await page.keyboard.press('Enter');
    const receipt = page.getByTestId('receipt-written');
    await expect(receipt).toContainText('Biên nhận số 1 gửi Sở Ngoại vụ tỉnh Đắk Lắk');
    await expect(receipt).toContainText('Đã đọc lại từ USB và kiểm tra');
    await expect(page.getByTestId('receipt-notice')).toBeVisible();
    await saveScreenshot(page, 'exchange-receipt');
    const receiptPath = (await receipt.locator('code').textContent()) ?? '';
    expect(dirname(receiptPath)).toBe(usb);
    expect(existsSync(receiptPath)).toBe(true);

    // The unit reads the receipt back: its report is acknowledged.
    expect(await unit.value('packages.import', { path: receiptPath })).toMatchObject({ kind: 'receipt', imported: 1 });
    expect((await unit.value('incidents.get', { id: report?.id ?? '' })).state).toBe('acknowledged');

    // The imported report, with its unit, in the police's incident list.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: 'Sự cố', exact: true })).toBeVisible();
    const list = page.getByTestId('incident-list');
    await expect(list).toContainText(UNIT);
    await expect(list).toContainText(`Số: ${report?.reportNumber}`);
    await expect(list).toContainText('Đã được xác nhận');
    await saveScreenshot(page, 'incidents-received');

    // The units view: one package, nothing missing, the chain head recorded.
    await page.keyboard.press('Alt+3');
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    const units = page.getByTestId('units-table');
    await expect(units).toContainText(UNIT);
    await expect(units).toContainText('Không thiếu');
    await units.getByRole('button', { name: 'Xem 1 mốc' }).click();
    await expect(units).toContainText('Gói đầu tiên');
    await saveScreenshot(page, 'exchange-units-heads');
    // From a unit to its reports.
    await units.getByRole('button', { name: 'Xem 1 báo cáo' }).click();
    await expect(page.getByTestId('incident-unit-filter')).toContainText(`Chỉ báo cáo của ${UNIT}`);
    await expect(page.getByTestId('incident-count')).toHaveText('1 báo cáo');
  } finally {
    unit.close();
  }
});

test('police: a missing package number is shown prominently, before and after the import', async ({
  page,
  register,
  openApp,
}) => {
  await setUpPolice(register);
  const { unit, reportAndExport } = await unitFor(register);
  try {
    await reportAndExport();
    const second = await reportAndExport();
    await register.value('session.lock', {});
    await openApp();
    await unlockViaUi(page, POLICE);
    await openImport(page);
    await page.getByLabel(/^Tệp gói trên USB/).fill(second.path);
    await page.getByRole('button', { name: 'Kiểm tra gói' }).click();
    await expect(page.getByTestId('package-gap')).toContainText(`THIẾU GÓI SỐ 1 của ${UNIT}`);
    await expect(page.getByTestId('package-sequence')).toHaveText('Gói số 2');
    await saveScreenshot(page, 'exchange-gap');
    await page.getByRole('button', { name: 'Nhập gói' }).click();
    await expect(page.getByTestId('package-imported')).toBeVisible();
    await expect(page.getByTestId('package-gap')).toContainText('THIẾU GÓI SỐ 1');
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await expect(page.getByTestId('unit-missing')).toHaveText('Thiếu số 1');
    await saveScreenshot(page, 'exchange-units');
  } finally {
    unit.close();
  }
});

test('police: a damaged or unknown package is refused with its Vietnamese message, and nothing is written', async ({
  page,
  register,
  openApp,
}) => {
  await setUpPolice(register);
  const { unit, usb, reportAndExport } = await unitFor(register);
  // A unit the police never trusted.
  const stranger = createUiRegister();
  try {
    const sent = await reportAndExport();
    const bytes = readFileSync(sent.path);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x40;
    const damaged = join(usb, 'goi-hong.cxrp');
    writeFileSync(damaged, bytes);

    await stranger.value('session.setup', {
      mode: 'unit',
      unitName: 'Đơn vị lạ',
      adminName: ADMIN.name,
      password: ADMIN.password,
    });
    const policeKey = await register.value('keys.show', {});
    await stranger.value('keys.trust', { publicFile: policeKey.publicFile, fingerprint: policeKey.fingerprint });
    const item = await stranger.value('items.add', outgoingItem() as ChannelInput<'items.add'>);
    await stranger.value('incidents.add', incidentInput([item.id]) as ChannelInput<'incidents.add'>);
    const unknown = await stranger.value('packages.export', { toDir: usb, recipient: POLICE_NAME });
    const headBefore = (await register.value('audit.verify', {})).head;
    await register.value('session.lock', {});

    await openApp();
    await unlockViaUi(page, POLICE);
    await openImport(page);
    const path = page.getByLabel(/^Tệp gói trên USB/);
    await path.fill(damaged);
    await path.press('Enter');
    const refused = page.getByTestId('package-refused');
    await expect(refused).toContainText('Gói bị từ chối');
    await expect(refused).toContainText('Không có gì được ghi vào sổ.');
    await expect(refused.locator('code')).toHaveText(/^PACKAGE_[A-Z_]+$/);
    await expect(page.getByRole('button', { name: 'Nhập gói' })).toHaveCount(0);
    await saveScreenshot(page, 'exchange-refused');

    await path.fill(unknown.path);
    await path.press('Enter');
    await expect(refused).toContainText('Gói được ký bằng một khóa chưa được tin cậy');
    await expect(refused.locator('code')).toHaveText('PACKAGE_SIGNER_UNKNOWN');

    expect((await register.value('incidents.list', {})).incidents).toEqual([]);
    expect((await register.value('audit.verify', {})).head.seq).toBeGreaterThanOrEqual(headBefore.seq);
    expect((await register.value('packages.list', {})).packages).toEqual([]);
  } finally {
    stranger.close();
    unit.close();
  }
});

test('unit: keys traded by hand, the filed reports written to the stick, the police receipt read back', async ({
  page,
  register,
  openApp,
  hostDouble,
}) => {
  await setUpRegister(register);
  const police = createUiRegister();
  try {
    await setUpPolice(police);
    const policeKey = await police.value('keys.show', {});
    const item = await register.value('items.add', outgoingItem() as ChannelInput<'items.add'>);
    const report = await register.value('incidents.add', incidentInput([item.id]) as ChannelInput<'incidents.add'>);
    await register.value('session.lock', {});
    const usb = join(register.dir, 'usb');
    mkdirSync(usb);

    await openApp();
    await unlockViaUi(page);
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: 'Trao đổi gói', exact: true })).toBeVisible();
    // Nothing trusted yet: the export says what to do.
    await expect(page.getByRole('alert').filter({ hasText: 'Chưa tin cậy khóa nào của Công an tỉnh' })).toBeVisible();

    await page.getByRole('tab', { name: 'Khóa' }).click();
    const own = await register.value('keys.show', {});
    await expect(page.getByTestId('own-fingerprint')).toHaveText(own.fingerprintGrouped);
    // The system's save dialog chooses where the key file goes (a recording stand-in answers it here).
    const keyFile = join(usb, 'khoa-so-ngoai-vu.pub');
    hostDouble.savePaths.push(keyFile);
    await page.getByRole('button', { name: 'Chọn…' }).click();
    await expect(page.getByLabel('Ghi tệp khóa công khai')).toHaveValue(keyFile);
    expect(hostDouble.calls.at(-1)).toEqual({
      channel: 'host.chooseSavePath',
      input: { defaultName: 'khoa-cong-khai-so-ngoai-vu-tinh-quang-tri.pub', format: 'pub' },
    });
    await page.getByRole('button', { name: 'Ghi tệp khóa' }).click();
    await expect(page.getByTestId('key-exported')).toContainText(keyFile);
    expect(readFileSync(keyFile, 'utf8')).toBe(own.publicFile);

    // The partner's file, chosen from the stick; a fingerprint typed wrong is refused next to the form.
    const policeFile = join(usb, 'khoa-cong-an.pub');
    writeFileSync(policeFile, policeKey.publicFile);
    await page.locator('input[type="file"]').setInputFiles(policeFile);
    await expect(page.getByLabel(/^Nội dung tệp khóa công khai/)).toHaveValue(policeKey.publicFile);
    const typed = page.getByLabel(/^Dấu vân tay trên tờ khóa in/);
    const wrong = `${policeKey.fingerprintGrouped.slice(0, -1)}${policeKey.fingerprint.endsWith('0') ? '1' : '0'}`;
    await typed.fill(wrong);
    await typed.press('Enter');
    await expect(page.getByTestId('trust-form').getByRole('alert')).toContainText(
      'Dấu vân tay không khớp với tệp khóa',
    );
    await typed.fill(policeKey.fingerprintGrouped);
    await typed.press('Enter');
    await expect(page.getByTestId('key-trusted')).toHaveText(`Đã tin cậy khóa của ${POLICE_NAME}.`);
    await expect(page.getByTestId('trusted-keys')).toContainText(POLICE_NAME);
    await expect(page.getByTestId('trusted-keys')).toContainText('Đang dùng');
    await saveScreenshot(page, 'exchange-keys');

    // Write the package: the filed report is listed, the police key chosen, the folder chosen in the system's
    // folder dialog — reached from the field with Tab, opened with Enter.
    await page.getByRole('tab', { name: 'Ghi gói' }).click();
    await expect(page.getByTestId('export-reports')).toContainText(`Số: ${report.reportNumber}`);
    const folder = page.getByLabel(/^Thư mục trên USB/);
    await folder.focus();
    await page.keyboard.press('Tab');
    const chooseFolder = page.getByTestId('package-export-form').getByRole('button', { name: 'Chọn…' });
    await expect(chooseFolder).toBeFocused();
    hostDouble.folders.push(usb);
    await page.keyboard.press('Enter');
    await expect(folder).toHaveValue(usb);
    expect(hostDouble.calls.at(-1)).toEqual({ channel: 'host.chooseFolder', input: { purpose: 'package' } });
    await folder.press('Enter');
    await expect(page.getByTestId('carry-notice')).toHaveText(
      'Đã ghi và kiểm tra gói trên USB. Mang gói và bản in đến Phòng An ninh chính trị nội bộ, Công an tỉnh.',
    );
    await saveScreenshot(page, 'exchange-export');
    const packagePath = (await page.getByTestId('package-written').locator('code').textContent()) ?? '';

    // At the police (in the test process): trusted, imported, acknowledged.
    const ownKey = await register.value('keys.show', {});
    await police.value('keys.trust', { publicFile: ownKey.publicFile, fingerprint: ownKey.fingerprint });
    const imported = await police.value('packages.import', { path: packagePath });
    const receipt = await police.value('packages.receipt', { packageId: imported.packageId, toDir: usb });

    // Back at the unit: the receipt is checked and read in.
    await page.getByRole('tab', { name: 'Nhập biên nhận' }).click();
    hostDouble.openPaths.push(receipt.path);
    await page.getByRole('button', { name: 'Chọn…' }).click();
    await expect(page.getByLabel(/^Tệp gói trên USB/)).toHaveValue(receipt.path);
    expect(hostDouble.calls.at(-1)).toEqual({ channel: 'host.chooseOpenPath', input: { format: 'cxrpkg' } });
    await page.getByRole('button', { name: 'Kiểm tra gói' }).click();
    await expect(page.getByTestId('package-sender')).toContainText(POLICE_NAME);
    await expect(page.getByTestId('package-new')).toHaveText('Biên nhận mới: Công an tỉnh xác nhận đã nhận 1 gói.');
    await page.getByRole('button', { name: 'Nhập biên nhận' }).click();
    await expect(page.getByTestId('package-imported')).toBeVisible();
    expect((await register.value('incidents.get', { id: report.id })).state).toBe('acknowledged');

    // Revoking the police key: confirmed, then shown.
    await page.getByRole('tab', { name: 'Khóa' }).click();
    await page.getByRole('button', { name: `Thu hồi khóa của ${POLICE_NAME}` }).click();
    await page
      .getByRole('dialog', { name: `Thu hồi khóa của ${POLICE_NAME}?` })
      .getByRole('button', { name: 'Thu hồi khóa' })
      .click();
    await expect(page.getByTestId('trusted-keys')).toContainText('Thu hồi');
    expect((await register.value('keys.show', {})).trusted[0]?.revokedAt).not.toBeNull();
  } finally {
    police.close();
  }
});
