import type { Page } from '@playwright/test';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';

const team = [
  { id: 'marco', name: 'Marco', org: 'Acme', language: 'en' },
  { id: 'anna', name: 'Anna', org: 'Acme', language: 'en' },
  { id: 'luca', name: 'Luca', org: 'Acme', language: 'en' },
  { id: 'sofia', name: 'Sofia', org: 'Acme', language: 'en' },
];

/** Talk so far on a person's chip, in whole seconds. */
async function talkOf(overlay: Page, n: number): Promise<number> {
  const text = (await overlay.getByTestId(`person-${n}`).locator('.person__time').textContent()) ?? '';
  const [m, s] = text.split(':').map(Number);
  return m! * 60 + s!;
}

test('a six-person team meeting planned from the client’s team and driven with digit keys, with a turn-limit line', async ({
  page,
  host,
  context,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'clients.save', client: { id: 'acme', name: 'Acme', language: 'en', team } });
  await openApp(page, host.url);

  // Plan: the client's team of four, two guests typed in, a turn limit of 4 seconds.
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Acme' });
  await page.getByLabel('Item 1', { exact: true }).fill('Roadmap');
  await page
    .getByRole('group', { name: 'Who is in the call' })
    .getByRole('button', { name: 'A group' })
    .click();
  await page.getByRole('button', { name: 'Add everyone' }).click();
  for (const guest of ['Bruno', 'Chiara']) {
    await page.getByPlaceholder('The name you call them by').fill(guest);
    await page.getByPlaceholder('The name you call them by').press('Enter');
  }
  await expect(page.getByRole('list', { name: 'People in the call' }).getByRole('listitem')).toHaveCount(6);
  // Bruno before Chiara, and both kept in Acme's team for next time.
  await page.getByRole('button', { name: 'Add 2 people to Acme’s team' }).click();
  await api.next(
    (p) => p.type === 'info' && p.info.clients.some((c) => c.id === 'acme' && c.team.length === 6),
  );
  const turnLimit = page.getByLabel('Turn limit');
  await turnLimit.fill('4s');
  await turnLimit.press('Tab');
  await page.screenshot({ path: `${SHOTS}/170-setup.png`, fullPage: true });
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();

  const overlay = await context.newPage();
  await overlay.setViewportSize({ width: 420, height: 720 });
  await overlay.goto(`${host.origin}/#/overlay`);
  const floor = overlay.getByTestId('floor');
  await expect(floor).toHaveText('Nobody has the floor');
  await expect(overlay.locator('.person')).toHaveCount(6);

  // 2 gives Anna the floor; 5 moves it to Bruno; Shift+3 and Shift+6 queue Luca and Chiara; Q gives it to Luca.
  await overlay.keyboard.press('2');
  await expect(floor).toContainText('Anna has the floor');
  await overlay.waitForTimeout(2100);
  await overlay.keyboard.press('5');
  await expect(floor).toContainText('Bruno has the floor');
  await overlay.keyboard.press('Shift+3');
  await overlay.keyboard.press('Shift+6');
  await expect(overlay.getByTestId('queue')).toContainText('Luca');
  await expect(overlay.getByTestId('queue')).toContainText('Chiara');
  await expect(overlay.getByTestId('person-3').locator('.person__queue [aria-hidden]')).toHaveText('1');
  await overlay.waitForTimeout(1100);
  await overlay.keyboard.press('q');
  await expect(floor).toContainText('Luca has the floor');
  await expect(overlay.getByTestId('queue')).not.toContainText('Luca');

  // Who has not been heard yet: everyone never given the floor, marked on their chip.
  for (const n of [1, 4, 6]) await expect(overlay.getByTestId(`person-${n}`)).toHaveClass(/is-quiet/);
  for (const n of [2, 3, 5]) await expect(overlay.getByTestId(`person-${n}`)).not.toHaveClass(/is-quiet/);

  // Luca keeps talking past the 4-second limit: the turn line speaks to him by name.
  const card = overlay.getByTestId('nudge-card');
  await expect(card).toBeVisible({ timeout: 8000 });
  await expect(card).toContainText('Turn running long');
  await expect(overlay.getByTestId('nudge-line')).toContainText('Luca');
  await overlay.screenshot({ path: `${SHOTS}/170-overlay-turn-line.png`, fullPage: true });

  // 0: nobody. The line about Luca's turn goes with it; his digit again gives it back for a new turn.
  await overlay.keyboard.press('0');
  await expect(floor).toHaveText('Nobody has the floor');
  await expect(card).toBeHidden();
  expect(await talkOf(overlay, 2)).toBe(2);
  expect(await talkOf(overlay, 5)).toBe(1);
  expect(await talkOf(overlay, 3)).toBeGreaterThanOrEqual(4);

  // The same as the host has it: one turn each for those given the floor, in the order of their keys.
  await expect.poll(() => api.latestSnapshot()?.view?.people?.floor.participantId === null).toBe(true);
  expect(api.latestSnapshot()!.view!.people!.rows.map((r) => [r.name, r.turns])).toEqual([
    ['Marco', 0],
    ['Anna', 1],
    ['Luca', 1],
    ['Sofia', 0],
    ['Bruno', 1],
    ['Chiara', 0],
  ]);
  await api.close();
});
