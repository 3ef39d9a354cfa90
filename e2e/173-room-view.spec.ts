import type { HostCommandInputOf } from '../shared/contract/contract';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { overflowing } from './support/overflow';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';
const people = ['Marco', 'Anna', 'Luca', 'Sofia', 'Bruno'].map((name, i) => ({ id: `p${i + 1}`, name }));

const plan: HostCommandInputOf<'meeting.create'>['plan'] = {
  id: 'm1',
  title: 'Quarterly review with Acme',
  clientId: 'acme',
  audience: 'group',
  capSec: 3600,
  turnLimitSec: 120,
  participants: people,
  items: [
    { id: 'a', title: 'Roadmap for the second half of the year', budgetSec: 900 },
    { id: 'b', title: 'Budget review', budgetSec: 600 },
  ],
  hardTalk: { matters: 'keep the account', points: ['price rise'], avoid: [] },
};

for (const [lang, theme] of [
  ['en', 'light'],
  ['en', 'dark'],
  ['ru', 'dark'],
] as const)
  test(`the room view at 1920×1080 (${lang}, ${theme}): huge, in the UI language, and nothing private`, async ({
    page,
    host,
  }) => {
    const api = await hostApi(host);
    await api.ok({
      type: 'settings.update',
      patch: { uiLanguage: lang, theme, nudgeRules: { offTopic: [1] } },
    });
    await api.ok({
      type: 'clients.save',
      client: { id: 'acme', name: 'Acme', contact: 'Giulia', hourlyRateMinor: 12000, notes: 'pays late' },
    });
    await api.ok({ type: 'meeting.create', plan, start: true });
    await api.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'p2' } });
    for (const p of ['p4', 'p5', 'p1'])
      await api.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: p } });
    await api.ok({
      type: 'meeting.annotate',
      meetingId: 'm1',
      command: { type: 'editNotes', text: 'secret' },
    });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${host.url}#/room`);
    await expect(page.getByTestId('room-item')).toHaveText('Roadmap for the second half of the year');
    await expect(page.getByTestId('room-speaker')).toContainText('Anna');
    await expect(page.getByTestId('room-queue')).toHaveText(/Sofia\s*Bruno\s*Marco/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Readable across a room: the clock is far larger than any overlay figure.
    const clock = await page.getByTestId('room-clock').boundingBox();
    expect(clock!.height).toBeGreaterThan(200);
    expect(await overflowing(page)).toEqual([]);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const secret of [
      'Acme',
      'Giulia',
      '120',
      '€',
      'pays late',
      'secret',
      'keep the account',
      'price rise',
    ])
      expect(text, secret).not.toContain(secret);
    await page.screenshot({ path: `${SHOTS}/173-room-${lang}-${theme}.png` });
    await api.close();
  });

test('the room view in its own window from the dashboard, and on a TV through a view-only link that follows the host within a second', async ({
  page,
  host,
  browser,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'meeting.create', plan: { ...plan, clientId: null, hardTalk: null }, start: true });
  await openApp(page, host.url, 'meeting');
  const [win] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Room view' }).click(),
  ]);
  await expect(win.getByTestId('room-item')).toBeVisible();
  expect(new URL(win.url()).hash).toBe('#/room');

  // A view-only link from the live page on this computer: remote control on, a one-time link opened by the TV.
  await page.getByRole('button', { name: 'View-only link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'A view-only link for a screen in the room' });
  await dialog.getByRole('button', { name: 'Turn on remote control' }).click();
  await dialog.getByRole('button', { name: 'Make a link' }).click();
  const link = (await dialog.getByTestId('room-link').textContent())!;
  expect(link).toMatch(/\/pair\?code=[A-Z0-9]+$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  const tv = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await tv.goto(link);
  await expect(tv).toHaveURL(/#\/room$/);
  await expect(tv.getByTestId('room-speaker')).toContainText('Nobody');

  // The host moves; the TV follows within a second.
  const t0 = Date.now();
  await api.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'p3' } });
  await expect(tv.getByTestId('room-speaker')).toContainText('Luca', { timeout: 1000 });
  expect(Date.now() - t0).toBeLessThan(1000);
  await api.ok({ type: 'meeting.command', command: { type: 'next' } });
  await expect(tv.getByTestId('room-item')).toHaveText('Budget review', { timeout: 1000 });

  // The TV can change nothing: sent to the overlay it still shows the room view (it has no meeting view), and every
  // command it could send is refused.
  await tv.goto(tv.url().replace('#/room', '#/overlay'));
  await expect(tv.getByTestId('room-item')).toHaveText('Budget review');
  await expect(tv.locator('.overlay__main')).toHaveCount(0);
  await api.close();
});
