import { expect, type Page } from '@playwright/test';

/** Opens the app through the printed link and waits until it talks to the host. */
export async function openApp(page: Page, url: string, route = ''): Promise<void> {
  await page.goto(url);
  if (route) await page.goto(`${new URL(url).origin}/#/${route}`);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-connection', 'open');
}

/** Fills the agenda editor: one row per item, typed as a user would, leaving each time box (which takes it). */
export async function typeAgenda(page: Page, items: [string, string][]): Promise<void> {
  for (const [i, [title, budget]] of items.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByLabel(`Item ${i + 1}`, { exact: true }).fill(title);
    const budgetBox = page.getByLabel(`Time for item ${i + 1}`);
    await budgetBox.fill(budget);
    await budgetBox.press('Tab');
  }
}
