import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('pasting an agenda from an email turns it into items', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByRole('button', { name: 'Paste an agenda' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an agenda' });
  await dialog
    .getByLabel('Agenda text')
    .fill(
      'Agenda for Thursday:\n- Budget review 15m\n2. Launch plan (20 min)\n* Hiring: 1h30\n- Risks\n  - supplier delay\n- Бюджет 20 мин',
    );
  const preview = dialog.getByRole('list', { name: 'What it becomes' });
  await expect(preview.getByRole('listitem')).toHaveCount(5);
  await expect(preview.getByRole('listitem').nth(3)).toContainText('no time given');
  await expect(dialog.getByText('Skipped: Agenda for Thursday:')).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace the agenda' }).click();
  const titles = await page
    .locator('.agenda-row__title input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(titles).toEqual(['Budget review', 'Launch plan', 'Hiring', 'Risks', 'Бюджет']);
  const budgets = await page
    .locator('.agenda-row__budget input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(budgets).toEqual(['15m', '20m', '1h30', '10m', '20m']);
  await expect(page.getByRole('textbox', { name: 'Notes for “Risks”' })).toHaveValue('supplier delay');
});
