import { BUILTIN_PHRASES } from '../shared/phrases/phrase.library';
import { expect, test } from './support/host.fixture';
import { openApp, typeAgenda } from './support/ui';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every formal Italian chatty-client line of a tier, as a pattern with its placeholders filled as they may be. */
function italianLines(tier: 1 | 2 | 3, client: string, item: string): RegExp[] {
  return Object.values(BUILTIN_PHRASES.it.chattyClient[tier].formal ?? {}).map(
    (line) =>
      new RegExp(
        `^${escape(line)
          .replace(/\\\{client\\\}/g, escape(client))
          .replace(/\\\{item\\\}/g, escape(item))
          .replace(/\\\{minutes\\\}/g, '\\d+ minut[oi]')
          .replace(/\\\{cost\\\}/g, '\\d+,\\d{2}\\s€')}$`,
      ),
  );
}

test('a whole meeting: client, agenda, items, off-topic with the right line, snooze, end', async ({
  page,
  host,
  context,
}) => {
  await openApp(page, host.url);

  // Short thresholds, set in Settings as a user would: off-topic lines after 1, 2 and 3 seconds.
  await page.getByRole('link', { name: 'Settings' }).click();
  const offTopic = page.getByRole('group', { name: 'Off-topic chat' });
  for (const [tier, value] of [
    ['Gentle', '1s'],
    ['Clear', '2s'],
    ['Firm', '3s'],
  ]) {
    await offTopic.getByLabel(tier!).fill(value!);
    await page.waitForTimeout(150);
  }

  // A client who hears lines in formal Italian, billed at €120 an hour.
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('button', { name: 'Add a client' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Giulia Rossi');
  await dialog.getByLabel('Hourly rate').fill('120');
  await dialog.getByLabel('Language of the lines').selectOption('it');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Giulia Rossi' })).toBeVisible();

  // Plan a three-item agenda with her, and start.
  await page.getByRole('link', { name: 'Meeting' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Giulia Rossi' });
  await typeAgenda(page, [
    ['Budget review', '10'],
    ['Launch plan', '15m'],
    ['Next steps', '5m'],
  ]);
  await expect(page.getByText('Planned: 30 min')).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { name: 'Call with Giulia Rossi' })).toBeVisible();

  // The overlay, as a second screen would show it.
  const overlay = await context.newPage();
  await overlay.goto(`${host.origin}/#/overlay`);
  await expect(overlay.locator('.overlay__title')).toHaveText('Budget review');
  await expect(overlay.getByTestId('main-counter')).toHaveText(/^(10:00|9:5\d)$/);
  await overlay.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(overlay.locator('.overlay__title')).toHaveText('Launch plan');
  await overlay.keyboard.press('n');
  await expect(overlay.locator('.overlay__title')).toHaveText('Next steps');
  await overlay.keyboard.press('z'); // undo: back to the launch plan
  await expect(overlay.locator('.overlay__title')).toHaveText('Launch plan');

  // Off-topic past the firm threshold: the line is Italian, formal, with her name and cost where it has them.
  await overlay.getByRole('button', { name: 'Off-topic' }).click();
  await expect(overlay.getByTestId('offtopic-timer')).toBeVisible();
  await expect(overlay.getByTestId('nudge-card')).toContainText('Firm', { timeout: 6000 });
  const line = (await overlay.getByTestId('nudge-line').textContent())!;
  expect(
    italianLines(3, 'Giulia Rossi', 'Launch plan').some((re) => re.test(line)),
    line,
  ).toBe(true);
  await expect(page.getByTestId('nudge-line')).toHaveText(line);

  // Snooze hides the card in both windows.
  await overlay.getByRole('group', { name: 'Snooze' }).getByRole('button', { name: '1 min' }).click();
  await expect(overlay.getByTestId('nudge-card')).toHaveCount(0);
  await expect(page.getByTestId('nudge-card')).toHaveCount(0);

  // Back on topic, then end: the summary shows the time off-topic and what it cost.
  await overlay.keyboard.press('o');
  await expect(overlay.getByTestId('offtopic-timer')).toHaveCount(0);
  await overlay.getByRole('button', { name: 'End meeting' }).click();
  await expect(overlay.getByText('The meeting has ended.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Call with Giulia Rossi', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Planned and actual' })).toBeVisible();
  const summary = page.locator('.figures');
  await expect(summary).toContainText('Off-topic');
  await expect(summary).toContainText('€');
  await page.getByRole('button', { name: 'Close meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Plan a meeting' })).toBeVisible();
});
