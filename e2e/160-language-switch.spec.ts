import { FAST_RULES, hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN_WORD = /\b[A-Za-z]{3,}\b/;

test('switching the client’s language mid-meeting turns the visible line wholly into the new language', async ({
  page,
  host,
  context,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'settings.update', patch: { nudgeRules: FAST_RULES } });
  await api.ok({
    type: 'clients.save',
    client: {
      id: 'c1',
      name: 'Acme',
      contact: 'Sam',
      hourlyRateMinor: 6000,
      currency: 'EUR',
      language: 'en',
    },
  });
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Weekly call',
      clientId: 'c1',
      items: [{ id: 'a', title: 'Roadmap', budgetSec: 600 }],
    },
    start: true,
  });
  const overlay = await context.newPage();
  await overlay.goto(`${host.url}#/overlay`);
  await expect(overlay.locator('.overlay__main')).toBeVisible();
  await overlay.keyboard.press('o');
  const line = overlay.getByTestId('nudge-line');
  await expect(line).toBeVisible({ timeout: 5000 });
  expect(await line.textContent()).not.toMatch(CYRILLIC);

  // The user realises Sam's team speaks Russian and changes it in the client's card, mid-call.
  await openApp(page, host.url, 'clients');
  await page.locator('.client', { hasText: 'Acme' }).getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Language of the lines').selectOption({ label: 'Русский' });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(line).toHaveText(CYRILLIC);
  const text = (await line.textContent()) ?? '';
  // Nothing of the English line is left: only the item's own title is in Latin letters.
  expect(text.replace('Roadmap', '').replace('Sam', ''), text).not.toMatch(LATIN_WORD);
  await overlay.screenshot({ path: 'e2e/.artifacts/screens/overlay-language-switched.png' });
  await api.close();
});
