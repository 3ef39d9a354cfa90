import { FAST_RULES, hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { overflowing } from './support/overflow';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';
const plan = (id: string) => ({
  id,
  title: 'Weekly call',
  clientId: 'giulia',
  capSec: 1800,
  items: [
    { id: 'a', title: 'Homepage feedback', budgetSec: 600 },
    { id: 'b', title: 'Launch checklist', budgetSec: 600 },
    { id: 'c', title: 'Invoice', budgetSec: 600 },
  ],
});

test('rebalancing: offered in the overlay, applied with one key, deferred items open the next agenda, and the automatic mode', async ({
  page,
  host,
  context,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'settings.update', patch: { nudgeRules: FAST_RULES } });
  await api.ok({ type: 'clients.save', client: { id: 'giulia', name: 'Giulia', language: 'it' } });

  // The minimum per item, set where a user sets it.
  await openApp(page, host.url, 'settings');
  const min = page.getByLabel('Shortest an item may get');
  await expect(min).toHaveValue('2m');
  await min.fill('5m');
  await min.press('Enter');
  const saved = async () => (await api.ok({ type: 'settings.update', patch: {} })).settings.rebalance;
  await expect.poll(async () => (await saved()).minItemSec).toBe(300);

  await api.ok({ type: 'meeting.create', plan: plan('m1'), start: true });
  const overlay = await context.newPage();
  await overlay.setViewportSize({ width: 380, height: 720 });
  await overlay.goto(`${host.origin}/#/overlay`);
  await expect(overlay.getByTestId('main-counter')).toBeVisible();
  // The plan still fits: nothing to offer.
  const offer = overlay.getByTestId('rebalance-offer');
  await expect(offer).toHaveCount(0);

  // The client wants ten more minutes on the launch: forty minutes of agenda no longer fit in the half hour.
  await api.ok({ type: 'meeting.command', command: { type: 'addTime', itemId: 'b', sec: 600 } });
  await expect(offer).toHaveText('Rebalance: −10 min across 3 items');
  await overlay.keyboard.press('x');
  for (const theme of ['light', 'dark'] as const) {
    await api.ok({ type: 'settings.update', patch: { theme } });
    await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/rebalance-offer-${theme}.png` });
  }
  await api.ok({ type: 'settings.update', patch: { theme: 'light' } });
  await offer.click();
  await expect(offer).toHaveCount(0);
  const agenda = overlay.getByRole('list', { name: 'Agenda' });
  const row = (i: number) => agenda.getByRole('listitem').nth(i);
  await expect(row(1).locator('.is-rebalanced')).toHaveAttribute('title', 'Was 20 min before rebalancing');
  await expect(row(2).locator('.is-rebalanced')).toHaveAttribute('title', 'Was 10 min before rebalancing');
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/rebalanced-agenda.png` });
  // One undo puts the plan back.
  await overlay.keyboard.press('z');
  await expect(offer).toBeVisible();
  await expect(row(1).locator('.is-rebalanced')).toHaveCount(0);

  // With ten-minute minimums the three items cannot all fit: the last one waits for next time. R applies it.
  await api.ok({ type: 'settings.update', patch: { rebalance: { ...(await saved()), minItemSec: 600 } } });
  await expect(offer).toHaveText('Rebalance: −10 min, 1 item moves to next time');
  await overlay.keyboard.press('r');
  await expect(offer).toHaveCount(0);
  await expect(row(2)).toContainText('Next time');

  await api.ok({ type: 'meeting.command', command: { type: 'end' } });
  const report = await api.ok({ type: 'history.report', meetingId: 'm1' });
  expect(report.report.items.map((i) => [i.title, i.deferred])).toEqual([
    ['Homepage feedback', false],
    ['Launch checklist', false],
    ['Invoice', true],
  ]);
  await api.ok({ type: 'meeting.close' });

  // Planning the next call with Giulia: the deferred item opens the agenda.
  await page.getByRole('link', { name: 'Meeting' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption('giulia');
  await expect(page.getByLabel('Item 1', { exact: true })).toHaveValue('Invoice');
  await expect(page.getByLabel('Time for item 1')).toHaveValue('10m');
  const earlier = page.getByRole('region', { name: 'From earlier meetings' });
  await expect(earlier).toContainText('Carried over');
  await expect(earlier).toContainText('Invoice from “Weekly call”');
  await page.screenshot({ path: `${SHOTS}/carried-over.png` });
  // Another client: it leaves with the client it came for.
  await page.getByLabel('Client', { exact: true }).selectOption('');
  await expect(page.getByLabel('Item 1', { exact: true })).toHaveValue('');
  await page.getByLabel('Client', { exact: true }).selectOption('giulia');
  await expect(page.getByLabel('Item 1', { exact: true })).toHaveValue('Invoice');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByTestId('main-counter')).toBeVisible();
  expect((await api.ok({ type: 'history.deferred', clientId: 'giulia' })).deferred).toEqual([]);
  await api.ok({ type: 'meeting.command', command: { type: 'end' } });
  await api.ok({ type: 'meeting.close' });

  // Automatic mode: the same rebalance, applied without a click; one undo takes it back.
  await api.ok({ type: 'settings.update', patch: { rebalance: { ...(await saved()), minItemSec: 120 } } });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('switch', { name: 'Rebalance automatically' }).click();
  await expect(page.getByRole('switch', { name: 'Rebalance automatically' })).toBeChecked();
  await api.ok({ type: 'meeting.create', plan: plan('m3'), start: true });
  await api.ok({ type: 'meeting.command', command: { type: 'addTime', itemId: 'b', sec: 600 } });
  await expect(row(2).locator('.is-rebalanced')).toHaveText('8 min');
  await expect(offer).toHaveCount(0);
  await overlay.keyboard.press('z');
  await expect(row(2)).toHaveText('Invoice / 10 min');
  await expect(offer).toBeVisible();

  // In the longest language, the offer still fits the narrow overlay.
  await api.ok({ type: 'settings.update', patch: { uiLanguage: 'ru' } });
  await expect(offer).toContainText('Перераспределить');
  expect(await overflowing(overlay)).toEqual([]);
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/rebalance-offer-ru.png` });
  await api.close();
});
