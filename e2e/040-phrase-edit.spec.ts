import { FAST_RULES, hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('a line edited in Phrases is the one the nudge shows, filled for the client', async ({
  page,
  host,
  context,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'settings.update', patch: { nudgeRules: FAST_RULES } });
  await api.ok({
    type: 'clients.save',
    client: { id: 'sam', name: 'Sam', hourlyRateMinor: 6000, currency: 'USD', language: 'en' },
  });

  await openApp(page, host.url, 'phrases');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await page.getByLabel('Situation').selectOption({ label: 'Chatty client' });
  await page.getByRole('button', { name: 'Gentle' }).click();
  // Keep one line only, and make it ours.
  const lines = page.getByRole('list', { name: 'Lines' }).getByRole('listitem');
  await expect(lines).toHaveCount(4);
  // One at a time: the list changes when the host's info push comes back, not on the click.
  for (let left = 3; left >= 1; left--) {
    await lines.first().getByRole('button', { name: 'Hide' }).click();
    await expect(lines).toHaveCount(left);
  }
  await lines.first().getByRole('button', { name: 'Edit' }).click();
  const box = lines.first().getByLabel('Line');
  await box.fill('{client}, lovely story — let’s {oops} park it.');
  await expect(lines.first().getByRole('alert')).toHaveText('There is no placeholder {oops}');
  await box.fill('{client}, lovely story — let’s park it and get back to {item}.');
  await lines.first().getByRole('button', { name: 'Save' }).click();
  await expect(lines.first()).toContainText('Edited');

  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Call',
      clientId: 'sam',
      items: [{ id: 'a', title: 'Roadmap', budgetSec: 600 }],
    },
  });
  await api.ok({ type: 'meeting.command', command: { type: 'start' } });
  const overlay = await context.newPage();
  await overlay.goto(`${host.origin}/#/overlay`);
  await expect(overlay.getByRole('button', { name: 'Off-topic' })).toBeEnabled();
  await overlay.keyboard.press('o');
  await expect(overlay.getByTestId('nudge-line')).toHaveText(
    'Sam, lovely story — let’s park it and get back to Roadmap.',
  );
  await api.close();
});
