import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ChannelOutput } from '../../core/api/contract.ts';
import { carriedByExport } from '../support/exported-fields.ts';
import { ADMIN, createUiRegister, setUpRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';

/** A training register of another unit exports its outgoing book, as `cxr demo` and "Xuất Excel" would. */
async function demoExport(dir: string): Promise<{ file: string; items: ChannelOutput<'items.list'>['items'] }> {
  const demo = createUiRegister();
  try {
    await demo.value('session.setup', {
      mode: 'unit',
      unitName: 'Đơn vị tập huấn (DỮ LIỆU MẪU)',
      adminName: ADMIN.name,
      password: ADMIN.password,
      training: true,
    });
    await demo.value('training.populate', { items: 120, seed: 5 });
    const file = join(dir, 'so-bmnn-di.xlsx');
    await demo.value('items.exportXlsx', { book: 'outgoing', outPath: file });
    return { file, items: (await demo.value('items.list', { book: 'outgoing' })).items };
  } finally {
    demo.close();
  }
}

async function openImport(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await page.getByRole('button', { name: 'Nhập sổ cũ…' }).click();
  return page.getByRole('dialog', { name: 'Nhập sổ cũ từ Excel (.xlsx)' });
}

test('import: a file the app exported is recognised when chosen, needs no mapping, and every row comes back', async ({
  page,
  register,
  openApp,
}) => {
  const { file, items } = await demoExport(register.dir);
  const topSecret = items.findIndex((i) => i.level === 'tuyet_mat');
  expect(topSecret).toBeGreaterThanOrEqual(0);
  await setUpRegister(register);
  await openApp();
  const wizard = await openImport(page);
  await wizard.getByLabel('Tệp Excel').setInputFiles(file);

  await expect(wizard.getByTestId('import-own-layout')).toContainText('Tệp Excel xuất từ phần mềm này (Sổ BMNN đi)');
  await expect(wizard.getByRole('group', { name: 'Cột trong tệp' })).toHaveCount(0);
  await expect(wizard.getByLabel('Dòng tiêu đề số')).toHaveCount(0);
  const n = items.length;
  await expect(wizard.getByTestId('import-counts')).toHaveText(`${n} dòng: ${n} dòng hợp lệ, 0 dòng có lỗi.`);
  // Rows 1–3 are the title, row 4 the header: the first item is row 5. A Tuyệt mật row shows its level, no summary.
  const row = wizard.getByTestId(`import-row-${5 + topSecret}`);
  await expect(row).toContainText(`${items[topSecret]?.registerNo}/`);
  await expect(row).toContainText('Tuyệt mật');
  await expect(row.locator('td').nth(5)).toHaveText('');
  await saveScreenshot(page, 'register-import-own-export');

  await wizard.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(wizard.getByTestId('import-done')).toContainText(`Đã nhập ${n} mục`);
  const imported = (await register.value('items.list', { book: 'outgoing' })).items;
  expect(imported.map(carriedByExport)).toEqual(items.map(carriedByExport));
});
