import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';

test('the overlay says at once that it lost the host, refuses a click it cannot deliver, and recovers by itself', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Weekly call',
      items: [
        { id: 'a', title: 'Budget review', budgetSec: 600 },
        { id: 'b', title: 'Launch plan', budgetSec: 900 },
      ],
    },
  });
  await api.ok({ type: 'meeting.command', command: { type: 'start' } });
  await api.close();
  await page.setViewportSize({ width: 360, height: 420 });
  await page.goto(`${host.url}#/overlay`);
  const offline = page.getByTestId('overlay-offline');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
  await expect(offline).toHaveCount(0);

  await host.restart(async () => {
    await expect(offline).toHaveText('Not connected — retrying');
    await expect(page.locator('.overlay__main')).toHaveCSS('opacity', '0.45');
    await page.screenshot({ path: 'e2e/.artifacts/overlay-reconnecting.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: 'e2e/.artifacts/overlay-reconnecting-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    // A click made while the host is away is not silently dropped: after a few seconds it is refused, in words.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.toasts')).toContainText('Not connected to Tactful yet', { timeout: 8_000 });
  });

  // Back by itself, on the item it was on: the refused click did nothing.
  await expect(offline).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('.overlay__main')).toHaveCSS('opacity', '1');
  const after = await hostApi(host);
  const snap = await after.next((p) => p.type === 'snapshot');
  expect(snap.type === 'snapshot' && snap.snapshot.view?.header.title).toBe('Budget review');
  await after.close();
});
