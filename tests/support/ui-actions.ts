import { expect, type Page } from '@playwright/test';
import { ADMIN } from './ui-bridge.ts';

/** Signs in through the unlock screen with the keyboard only, as a user would, and waits for the frame. */
export async function unlockViaUi(page: Page, user: { name: string; password: string } = ADMIN): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Mở khóa sổ' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(user.name);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(user.password);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).press('Enter');
  await expect(page.getByRole('navigation', { name: 'Khu vực làm việc' })).toBeVisible();
}

/**
 * Accessible names and hints the page sets itself (aria-label, title, placeholder) must be Vietnamese too: a screen
 * reader user hears them even though they are not on screen. Catches component-library defaults left in English.
 */
export async function expectNoEnglishLabels(page: Page): Promise<void> {
  const values = await page
    .locator('[aria-label], [title], [placeholder]')
    .evaluateAll((elements: { getAttribute(name: string): string | null }[]) =>
      elements
        .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''))
        .filter(Boolean),
    );
  const english = /\b(toggle|close|open|show|hide|clear|remove|loading|password|visibility|select|search)\b/i;
  expect(values.filter((v) => english.test(v))).toEqual([]);
}
