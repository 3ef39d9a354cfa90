import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

test('settings survive a restart of the host', async ({ page, host }) => {
  await openApp(page, host.url, 'settings');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('group', { name: 'An item running over' }).getByLabel('Firm').fill('5m');
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
  await expect(overrun.getByRole('alert')).toHaveText('Each level must come later than the one before.');
  await host.restart();
  await page.reload();
  await expect(page.getByRole('group', { name: 'An item running over' }).getByLabel('Clear')).toHaveValue(
    '2m',
  );
});

test('remote control shows the network address with its token as a QR code', async ({ page, host }) => {
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
  await expect(url.first()).toContainText(`?token=${host.token}`);
  const qr = section.getByRole('img', { name: 'QR code to open Tactful on a phone' }).first();
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  await page.getByRole('switch', { name: 'Allow devices on this network' }).click();
  await expect(section.locator('code')).toHaveCount(0);
});
