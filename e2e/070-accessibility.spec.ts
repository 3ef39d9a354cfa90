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

for (const theme of ['light', 'dark'] as const)
  test(`facilitator mode's screens pass axe with no serious violations (${theme})`, async ({
    page,
    host,
    context,
  }) => {
    const api = await hostApi(host);
    await api.ok({ type: 'settings.update', patch: { theme } });
    await api.ok({
      type: 'clients.save',
      client: {
        id: 'acme',
        name: 'Acme',
        team: [
          { id: 't1', name: 'Jonas' },
          { id: 't2', name: 'Lea' },
        ],
      },
    });
    const check = async (label: string, p = page) => {
      const v = await seriousViolations(p);
      expect(v, `${label}:\n${describeViolations(v)}`).toEqual([]);
    };
    await openApp(page, host.url);
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Acme' });
    await page
      .getByRole('group', { name: 'Who is in the call' })
      .getByRole('button', { name: 'A group' })
      .click();
    await page.getByRole('button', { name: 'Add everyone' }).click();
    await page.getByLabel('Item 1', { exact: true }).fill('Check-in');
    await page.getByRole('button', { name: 'Make “Check-in” a round' }).click();
    await check('setup with people and a round');
    await api.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: 'Team call',
        clientId: 'acme',
        audience: 'group',
        turnLimitSec: 1,
        participants: [
          { id: 't1', name: 'Jonas' },
          { id: 't2', name: 'Lea' },
          { id: 't3', name: 'Mira' },
        ],
        items: [{ id: 'a', title: 'Roadmap', budgetSec: 600 }],
      },
      start: true,
    });
    await api.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 't1' } });
    await api.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: 't2' } });
    await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
    await check('live meeting with people');
    const overlay = await context.newPage();
    await overlay.goto(`${host.origin}/#/overlay`);
    await expect(overlay.getByTestId('nudge-card')).toBeVisible({ timeout: 5000 });
    await check('overlay with people and a turn line', overlay);
    await overlay.goto(`${host.origin}/#/room`);
    await expect(overlay.getByTestId('room-speaker')).toContainText('Jonas');
    await check('room view', overlay);
    await api.ok({ type: 'meeting.command', command: { type: 'end' } });
    await page.goto(`${host.origin}/#/report/m1`);
    await expect(page.getByTestId('airtime')).toBeVisible();
    await check('report with airtime');
    await page.goto(`${host.origin}/#/history`);
    await expect(page.getByTestId('history-people')).toBeVisible();
    await check('history with people');
    await page.goto(`${host.origin}/#/settings`);
    await expect(page.getByRole('heading', { name: 'Facilitator mode' })).toBeVisible();
    await check('settings with facilitator mode');
    await page.goto(`${host.origin}/#/clients`);
    await page.getByRole('button', { name: /Edit/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('client with a team');
    await api.close();
  });
