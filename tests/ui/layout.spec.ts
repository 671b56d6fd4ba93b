import type { Page } from '@playwright/test';
import layouts from '../../resources/templates/register-layouts.json' with { type: 'json' };
import { ADMIN, UNIT_NAME, type UiRegister } from '../support/ui-bridge.ts';
import { expect, saveScreenshot, test } from '../support/ui-fixtures.ts';
import type { PageGlobals } from '../support/ui-page-types.ts';

/**
 * The frame's layout at the window size the tests use (1280×820, playwright.config.ts): what the screenshots of a
 * fresh machine showed wrong — the work-area column ending part-way down a long page, register column headers cut
 * off in their cells — measured in the page rather than judged by eye.
 */

/** A training register with enough fictional entries that the audit log is several windows long. */
async function trainingRegister(register: UiRegister): Promise<void> {
  await register.value('session.setup', {
    mode: 'unit',
    unitName: UNIT_NAME,
    adminName: ADMIN.name,
    password: ADMIN.password,
    training: true,
  });
  await register.value('training.populate', { items: 60, seed: 1 });
}

const pageHeight = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollHeight);

test('the work-area column reaches the bottom of a long page, and its links stay in view when it scrolls', async ({
  page,
  register,
  openApp,
}) => {
  await trainingRegister(register);
  await openApp();
  const nav = page.getByRole('navigation', { name: 'Khu vực làm việc' });
  await expect(nav).toBeVisible();
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { name: 'Nhật ký', exact: true })).toBeVisible();
  await expect(page.getByTestId('audit-table').locator('tbody > tr.cxr-audit-row')).not.toHaveCount(0);

  await saveScreenshot(page, 'frame-long-page');
  const viewport = page.viewportSize();
  const height = await pageHeight(page);
  expect(height, 'the audit page is longer than the window').toBeGreaterThan((viewport?.height ?? 0) * 2);
  // The column's box (its white background and right border) from under the header to the end of the page.
  const column = await page.locator('.mantine-AppShell-navbar').boundingBox();
  const header = await page.locator('.mantine-AppShell-header').boundingBox();
  expect(column?.y).toBeCloseTo((header?.y ?? 0) + (header?.height ?? 0), 0);
  expect((column?.y ?? 0) + (column?.height ?? 0)).toBeCloseTo(height, 0);

  // Scrolled to the end, the links are still where the person left them.
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    w.scrollTo(0, w.document.documentElement.scrollHeight);
  });
  await expect(nav.getByRole('button', { name: /Nhật ký/ })).toBeInViewport();
  await expect(nav.getByRole('button', { name: /Sổ đăng ký/ })).toBeInViewport();
  const shown = await nav.boundingBox();
  expect(shown?.y ?? 0).toBeGreaterThanOrEqual((header?.height ?? 0) - 1);
  // …and the column passes under the header, never over the app's name in its corner.
  const corner = await page.evaluate(() => {
    const d = (globalThis as unknown as PageGlobals).document;
    return d.elementFromPoint(24, 16)?.closest('header') !== null;
  });
  expect(corner, 'the header is on top of the scrolled column').toBe(true);
  await page.screenshot({ path: 'artifacts/screenshots/frame-long-page-scrolled.png' });

  // A page shorter than the window: the column still reaches the window's bottom edge.
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Hiệp định về bảo vệ tin mật' })).toBeVisible();
  const short = await page.locator('.mantine-AppShell-navbar').boundingBox();
  expect((short?.y ?? 0) + (short?.height ?? 0)).toBeGreaterThanOrEqual((viewport?.height ?? 0) - 1);
});

/**
 * Each column header's text, and whether it is cut off: wider or taller than its cell, or (a cell taller than the
 * header row is centred on it) reaching above or below the row, where the row clips it.
 */
const headerCells = (page: Page) =>
  page
    .getByTestId('register-grid')
    .getByRole('columnheader')
    .evaluateAll((cells: HeaderCell[]) =>
      cells.map((c) => {
        const cell = c.getBoundingClientRect();
        const row = c.parentElement.getBoundingClientRect();
        return {
          text: c.textContent ?? '',
          overflows:
            c.scrollWidth > c.clientWidth ||
            c.scrollHeight > c.clientHeight ||
            cell.top < row.top - 0.5 ||
            cell.bottom > row.bottom + 0.5,
        };
      }),
    );

interface Box {
  top: number;
  bottom: number;
}
/** The DOM shape the callback above reads (the node tsconfig has no DOM lib; see ui-page-types.ts). */
interface HeaderCell {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  getBoundingClientRect(): Box;
  parentElement: { getBoundingClientRect(): Box };
}

/** The paper book's columns in their order, without those only ever filled in by hand (as on screen). */
const paperHeaders = (book: 'outgoing' | 'incoming') =>
  layouts.books[book].columns.filter((c) => c.key !== 'handoverDate' && c.key !== 'signature').map((c) => c.header);

test('the register column headers fit their cells, in the paper book order, in both books and both languages', async ({
  page,
  register,
  openApp,
}) => {
  await trainingRegister(register);
  await openApp();
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký', exact: true })).toBeVisible();
  for (const [book, tab] of [
    ['outgoing', 'Sổ BMNN đi'],
    ['incoming', 'Sổ BMNN đến'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.locator('[role="row"][aria-rowindex="2"]')).toBeVisible();
    await saveScreenshot(page, `register-headers-${book}`);
    const cells = await headerCells(page);
    expect(cells.map((c) => c.text)).toEqual(paperHeaders(book));
    expect(
      cells.filter((c) => c.overflows).map((c) => c.text),
      `${book}: headers cut off`,
    ).toEqual([]);
    // The first row sits right under the (possibly taller) header, not behind it.
    const head = await page.locator('.cxr-reg-head').boundingBox();
    const first = await page.locator('[role="row"][aria-rowindex="2"]').boundingBox();
    expect(first?.y ?? 0).toBeGreaterThanOrEqual((head?.y ?? 0) + (head?.height ?? 0) - 1);
  }

  // A smaller screen: the columns narrow to their least widths (the grid scrolls sideways) and headers still fit.
  await page.setViewportSize({ width: 1024, height: 700 });
  const narrow = await headerCells(page);
  expect(
    narrow.filter((c) => c.overflows).map((c) => c.text),
    'headers cut off at 1024×700',
  ).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 820 });

  await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Register', exact: true })).toBeVisible();
  await saveScreenshot(page, 'register-headers-en');
  const english = await headerCells(page);
  expect(english.map((c) => c.text)).toContain('Classification');
  expect(
    english.filter((c) => c.overflows).map((c) => c.text),
    'English headers cut off',
  ).toEqual([]);
});
