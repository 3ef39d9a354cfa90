import { FAST_RULES, hostApi } from './support/api';
import { describeViolations, seriousViolations } from './support/axe';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

// axe is injected as a script, which the pages' own CSP forbids: this context alone lets it in.
test.use({ bypassCSP: true });

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe with no serious violations (${theme})`, async ({ page, host, context }) => {
    const api = await hostApi(host);
    await api.ok({ type: 'settings.update', patch: { theme, nudgeRules: FAST_RULES } });
    await api.ok({
      type: 'clients.save',
      client: {
        id: 'c1',
        name: 'Anna Bianchi',
        hourlyRateMinor: 8000,
        currency: 'EUR',
        language: 'it',
        notes: 'Prefers mornings.',
      },
    });
    const check = async (label: string, p = page) => {
      const v = await seriousViolations(p);
      expect(v, `${label}:\n${describeViolations(v)}`).toEqual([]);
    };

    await openApp(page, host.url);
    await check('meeting setup');
    await page.getByRole('button', { name: 'Paste an agenda' }).click();
    await check('paste dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('switch', { name: 'This will be a hard conversation' }).click();
    await check('setup with the plan card');
    for (const section of ['Clients', 'Phrases', 'Settings']) {
      await page.getByRole('link', { name: section }).click();
      await check(section);
    }
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await check('client dialog');
    await page.keyboard.press('Escape');

    await api.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: 'Call',
        clientId: 'c1',
        capSec: 1800,
        items: [
          { id: 'a', title: 'Budget review', budgetSec: 600 },
          { id: 'b', title: 'Launch', budgetSec: 600 },
        ],
      },
    });
    await api.ok({ type: 'meeting.command', command: { type: 'start' } });
    await api.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    await page.getByRole('link', { name: 'Meeting' }).click();
    await expect(page.getByTestId('nudge-card')).toBeVisible({ timeout: 5000 });
    await check('live meeting with a nudge');
    const overlay = await context.newPage();
    await overlay.goto(`${host.origin}/#/overlay`);
    await expect(overlay.getByTestId('nudge-card')).toBeVisible();
    await overlay.keyboard.press('x');
    await check('expanded overlay', overlay);
    await api.ok({ type: 'meeting.command', command: { type: 'end' } });
    await expect(page.getByRole('table')).toBeVisible();
    await check('meeting summary');
    await page.getByRole('button', { name: 'Export…' }).click();
    await check('export dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Close meeting' }).click();
    await page.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'Over time' })).toBeVisible();
    await check('history with totals and trend');
    await api.close();
  });
}

test('everything can be reached and used from the keyboard', async ({ page, host }) => {
  await openApp(page, host.url);
  // Tab from the top: the navigation, then the setup form, with a visible focus ring.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Meeting' })).toBeFocused();
  const outline = await page
    .getByRole('link', { name: 'Meeting' })
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  for (
    let i = 0;
    i < 12 &&
    !(await page.getByLabel('Client', { exact: true }).evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client', { exact: true })).toBeFocused();
  // Switches toggle with Space, and the agenda reorders with Alt+arrows.
  // (It starts as the calendar says: with nothing planned now, a call would be unscheduled.)
  const unscheduled = page.getByRole('switch', { name: 'Unscheduled call' });
  const before = await unscheduled.getAttribute('aria-checked');
  await unscheduled.focus();
  await page.keyboard.press('Space');
  await expect(unscheduled).toHaveAttribute('aria-checked', before === 'true' ? 'false' : 'true');
});

test('reduced motion is respected', async ({ browser, host }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openApp(page, host.url, 'settings');
  const duration = await page
    .getByRole('switch')
    .first()
    .locator('.toggle__track')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.01);
  await context.close();
});
