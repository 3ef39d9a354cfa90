import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('a hundred items: after "Start now" the running clock is in view, and no rebalance is offered on plan', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, 'meeting');
  // A hundred items of 36 s: exactly the hour the meeting is given.
  await page.getByRole('button', { name: 'Paste an agenda' }).click();
  const lines = Array.from({ length: 100 }, (_, i) => `Punkt ${i + 1} 36s`).join('\n');
  await page.getByLabel('Agenda text').fill(lines);
  await page.getByRole('button', { name: 'Replace the agenda' }).click();
  await expect(page.getByLabel('Item 100', { exact: true })).toHaveValue('Punkt 100');
  const cap = page.getByLabel('Meeting length');
  await cap.fill('1h');
  await cap.press('Enter');
  await expect(page.getByText('Planned: 1 hr')).toBeVisible();

  const start = page.getByRole('button', { name: 'Start now' });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  const clock = page.locator('.live__now .counter');
  await expect(clock).toBeVisible();
  await expect(clock).toBeInViewport();
  await page.screenshot({ path: 'e2e/.artifacts/screens/long-agenda-started.png' });

  // Exactly on plan: seconds in, nothing is at stake, so nothing is offered.
  const api = await hostApi(host);
  await page.waitForTimeout(4000);
  const snap = await api.next((p) => p.type === 'snapshot' && p.snapshot.view?.status === 'running');
  expect(snap.type === 'snapshot' && snap.snapshot.offer).toBeNull();
  await expect(page.getByRole('button', { name: /Rebalance/ })).toHaveCount(0);
  await api.close();
});
