import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('settings survive a restart of the host', async ({ page, host }) => {
  await openApp(page, host.url, 'settings');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('group', { name: 'An item running over' }).getByLabel('Firm').fill('5m');
  await page.keyboard.press('Tab');
  await page.getByRole('switch', { name: 'Soft chime when a line appears' }).click();
  await page.getByRole('switch', { name: /sleeps as a pause/ }).click();
  await page.waitForTimeout(300);

  await host.restart();
  await page.reload();
  await expect(page.getByTestId('connection')).toHaveAttribute('data-connection', 'open');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: 'An item running over' }).getByLabel('Firm')).toHaveValue(
    '5m',
  );
  await expect(page.getByRole('switch', { name: 'Soft chime when a line appears' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('switch', { name: /sleeps as a pause/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  // A threshold that makes no sense is refused and says why, and nothing is saved.
  const overrun = page.getByRole('group', { name: 'An item running over' });
  await overrun.getByLabel('Clear').fill('10m');
  await page.keyboard.press('Enter');
  await expect(overrun.getByRole('alert')).toHaveText('Each level must come later than the one before.');
  await host.restart();
  await page.reload();
  await expect(page.getByRole('group', { name: 'An item running over' }).getByLabel('Clear')).toHaveValue(
    '2m',
  );
});

test('remote control shows the network address with a one-time pairing code as a QR code', async ({
  page,
  host,
}) => {
  await openApp(page, host.url, 'settings');
  await page.getByRole('switch', { name: 'Allow devices on this network' }).click();
  const section = page.getByRole('region', { name: 'Remote control' });
  const url = section.locator('code');
  // The addresses come with the host's next info push: wait for them, or for the word that there are none.
  const none = section.getByText(/no network address/);
  await expect(url.first().or(none)).toBeVisible();
  if ((await url.count()) === 0) {
    // A machine with no network other devices could reach says so.
    await expect(section).toContainText('no network address');
    return;
  }
  // A one-time pairing code, never the install token (a phone gets a token of its own).
  await expect(url.first()).toContainText('/pair?code=');
  await expect(url.first()).not.toContainText(host.token);
  const qr = section.getByRole('img', { name: 'QR code to open Tactful on a phone' }).first();
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  await page.getByRole('switch', { name: 'Allow devices on this network' }).click();
  await expect(section.locator('code')).toHaveCount(0);
});

test('thresholds typed key by key are what was typed, taken when each field is left', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await openApp(page, host.url, 'settings');
  const offTopic = page.getByRole('group', { name: 'Off-topic chat' });
  for (const [tier, text] of [
    ['Gentle', '10s'],
    ['Clear', '40s'],
    ['Firm', '90s'],
  ] as const) {
    const field = offTopic.getByLabel(tier);
    await field.clear();
    await field.pressSequentially(text, { delay: 80 });
    // What it reads as, while typing.
    await expect(offTopic).toContainText(`= ${text === '90s' ? '1 min 30 sec' : `${text.slice(0, -1)} sec`}`);
    await field.press('Tab');
  }
  const saved = await api.next(
    (p) => p.type === 'info' && p.info.settings.nudgeRules.offTopic.join() === '10,40,90',
  );
  expect(saved.type).toBe('info');
  await expect(offTopic.getByLabel('Firm')).toHaveValue('1m 30s');
  await api.close();
});
