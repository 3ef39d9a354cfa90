import type { Page } from '@playwright/test';
import { expect, test } from './support/host.fixture';
import { openApp, typeAgenda } from './support/ui';

const titles = (page: Page) =>
  page
    .locator('.agenda-row__title input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const budgets = (page: Page) =>
  page
    .locator('.agenda-row__budget input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('built-in template, saving your own, and the 30-minute version', async ({ page, host }) => {
  await openApp(page, host.url);

  // The standing weekly call, built in.
  await page.getByLabel('Start from').selectOption({ label: 'Standing weekly call' });
  expect(await titles(page)).toEqual([
    'Progress since last week',
    'Open questions',
    'Priorities for next week',
    'Things collected during the week',
  ]);
  await expect(page.getByLabel('Meeting length')).toHaveValue('45m');

  // A longer agenda of our own, saved as a template.
  await page.getByLabel('Start from').selectOption({ label: 'Choose a template…' });
  await page
    .locator('.agenda-row__tools')
    .last()
    .getByRole('button', { name: /Remove/ })
    .click();
  await page
    .locator('.agenda-row__tools')
    .last()
    .getByRole('button', { name: /Remove/ })
    .click();
  await page
    .locator('.agenda-row__tools')
    .last()
    .getByRole('button', { name: /Remove/ })
    .click();
  await typeAgenda(page, [
    ['Design review', '30'],
    ['Pricing', '45m'],
    ['Q&A', '15m'],
  ]);
  await page.getByRole('button', { name: 'Save as template' }).click();
  await page.getByRole('dialog').getByLabel('Template name').fill('Quarterly review');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Template “Quarterly review” saved')).toBeVisible();

  // The 30-minute version: shrinks proportionally, in whole minutes.
  await page.getByRole('button', { name: 'Shorten…' }).click();
  const shorten = page.getByRole('dialog', { name: 'Shorten the agenda' });
  await expect(shorten.getByLabel('New length')).toHaveValue('30m');
  await shorten.getByRole('button', { name: 'Shorten' }).click();
  expect(await budgets(page)).toEqual(['10m', '15m', '5m']);
  await expect(page.getByLabel('Meeting length')).toHaveValue('30m');

  // After a reload, the saved template is there and brings back the long agenda — after asking.
  await page.reload();
  expect(await budgets(page)).toEqual(['10m', '15m', '5m']);
  await page.getByLabel('Start from').selectOption({ label: 'Quarterly review' });
  await expect(page.getByRole('dialog', { name: 'Replace the agenda?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace', exact: true }).click();
  expect(await budgets(page)).toEqual(['30m', '45m', '15m']);
});
