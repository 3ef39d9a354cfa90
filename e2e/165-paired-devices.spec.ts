import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('a view-only screen paired from Settings watches the meeting, cannot change it, and is forgotten', async ({
  page,
  host,
  browser,
}) => {
  const api = await hostApi(host);
  await api.ok({
    type: 'meeting.create',
    plan: { id: 'm1', title: 'Team sync', items: [{ id: 'a', title: 'Roadmap', budgetSec: 600 }] },
    start: true,
  });
  await openApp(page, host.url, 'settings');
  const section = page.getByRole('region', { name: 'Paired devices' });
  // The browser that opened the printed link is this computer's own entry, and may pair others.
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('listitem')).toContainText('this computer');

  await section.getByRole('button', { name: 'Pair a view-only screen' }).click();
  const link = section.getByTestId('pairing-link');
  await expect(link.getByText(/watch the meeting but not change anything/)).toBeVisible();
  await expect(link.locator('img.qr')).toBeVisible();
  const url = (await link.locator('code').textContent())!;
  expect(url).toMatch(/\/pair\?code=[A-Z0-9]+#\/room$/);
  await section.screenshot({ path: 'e2e/.artifacts/screens/settings-pairing-view.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await section.screenshot({ path: 'e2e/.artifacts/screens/settings-pairing-view-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  // A TV's browser: nothing of this computer's, only the link.
  const tv = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const screen = await tv.newPage();
  await screen.goto(url);
  // A screen for the room: it opens on the room view, the one thing it is sent.
  await expect(screen.getByTestId('room-item')).toHaveText('Roadmap');
  // It may watch, not act: a key that would start off-topic time does nothing and the meeting is unchanged.
  await screen.keyboard.press('o');
  // Even the overlay's address shows it the room view: it has no meeting view to show there.
  await screen.goto(new URL('/#/overlay', url).href);
  await expect(screen.getByTestId('room-item')).toHaveText('Roadmap');
  await expect(screen.locator('.overlay__main')).toHaveCount(0);
  const last = api.pushes.findLast((p) => p.type === 'snapshot');
  expect(last?.type === 'snapshot' && last.snapshot.view?.offTopic.active).toBe(false);

  // The code was used once: the same link opened again pairs nothing.
  const again = await (await browser.newContext()).newPage();
  const refused = await again.goto(url);
  expect(refused?.status()).toBe(401);

  const tvItem = section.getByRole('listitem').filter({ hasText: 'View only' });
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(tvItem).toHaveCount(1);
  await expect(link).toBeHidden();
  await section.screenshot({ path: 'e2e/.artifacts/screens/settings-devices.png' });

  const tvDevice = (await api.ok({ type: 'devices.list' })).devices.find((d) => d.kind === 'view')!;
  await tvItem.getByRole('button', { name: `Forget ${tvDevice.name}` }).click();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  expect((await api.ok({ type: 'devices.list' })).devices.map((d) => d.kind)).toEqual(['control']);
  // Forgotten, the screen is cut off and cannot come back with its old cookie.
  await expect(screen.locator('.room__offline')).toBeVisible({ timeout: 10_000 });
  await tv.close();
  await api.close();
});
