import { FAST_RULES, hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { overflowing } from './support/overflow';

const SHOTS = 'e2e/.artifacts/screens';

const CASES = {
  de: {
    theme: 'light',
    title: 'Quartalsabschlussbesprechungsvorbereitung und Budgetfreigabeprozessabstimmung',
    next: 'Rà soát kế hoạch truyền thông và ngân sách quảng cáo quý bốn cho toàn bộ hệ thống cửa hàng',
    client: { language: 'de', address: 'formal', contact: 'Frau Weber-Schönhausen' },
  },
  vi: {
    theme: 'dark',
    title: 'Thống nhất lộ trình triển khai hệ thống quản lý khách hàng cho toàn bộ chi nhánh miền Nam',
    next: 'Abschlussbesprechung der Zusammenarbeitsvereinbarungsänderungen',
    client: { language: 'vi', address: 'anh-em', contact: 'Minh' },
  },
} as const;

for (const [lang, c] of Object.entries(CASES)) {
  test(`the overlay at its smallest (360×300, ${lang}): nothing scrolls sideways and every control can be reached`, async ({
    page,
    host,
  }) => {
    const api = await hostApi(host);
    await api.ok({
      type: 'settings.update',
      patch: { uiLanguage: lang as 'de' | 'vi', theme: c.theme, nudgeRules: FAST_RULES },
    });
    await api.ok({
      type: 'clients.save',
      client: { id: 'c1', name: 'Kunde', hourlyRateMinor: 9000, currency: 'EUR', ...c.client },
    });
    await api.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: c.title,
        clientId: 'c1',
        capSec: 3600,
        items: [
          { id: 'a', title: c.title, budgetSec: 600 },
          { id: 'b', title: c.next, budgetSec: 900 },
        ],
      },
      start: true,
    });
    await page.setViewportSize({ width: 360, height: 300 });
    await page.goto(`${host.url}#/overlay`);
    await expect(page.locator('.overlay__main')).toBeVisible();
    await page.keyboard.press('o');
    const card = page.getByTestId('nudge-card');
    await expect(card).toBeVisible({ timeout: 5000 });
    await page.waitForTimeout(300);
    expect(await overflowing(page), `${lang} overlay at 360×300`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/overlay-min-${lang}.png`, fullPage: true });
    // Every control in the panel can be brought into view and lies inside the window's width.
    const buttons = page.locator('.overlay__panel button');
    const n = await buttons.count();
    expect(n).toBeGreaterThan(8);
    for (let i = 0; i < n; i++) {
      const b = buttons.nth(i);
      await b.scrollIntoViewIfNeeded();
      const box = (await b.boundingBox())!;
      expect(box.x, `${await b.textContent()} starts inside`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await b.textContent()} ends inside`).toBeLessThanOrEqual(360);
    }
    await api.close();
  });
}

test('the overlay at its smallest with six people, the floor, a speaking list and a line (360×300, de, dark): nothing sideways, every control reachable', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'settings.update', patch: { uiLanguage: 'de', theme: 'dark' } });
  const names = ['Maximilian-Alexander', 'Anna', 'Jonas', 'Friederike', 'Bruno', 'Chiara'];
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Quartalsabschlussbesprechungsvorbereitung',
      audience: 'group',
      turnLimitSec: 1,
      participants: names.map((name, i) => ({ id: `p${i + 1}`, name, language: 'de' })),
      items: [{ id: 'a', title: 'Budgetfreigabeprozessabstimmung', budgetSec: 600 }],
    },
    start: true,
  });
  await api.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'p1' } });
  for (const id of ['p4', 'p5', 'p6'])
    await api.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: id } });
  await page.setViewportSize({ width: 360, height: 300 });
  await page.goto(`${host.url}#/overlay`);
  await expect(page.getByTestId('nudge-card')).toBeVisible({ timeout: 5000 });
  await page.waitForTimeout(300);
  expect(await overflowing(page), 'group overlay at 360×300').toEqual([]);
  await page.screenshot({ path: `${SHOTS}/overlay-min-group-de.png`, fullPage: true });
  const buttons = page.locator('.overlay__panel button');
  const n = await buttons.count();
  expect(n).toBeGreaterThan(20);
  for (let i = 0; i < n; i++) {
    const b = buttons.nth(i);
    await b.scrollIntoViewIfNeeded();
    const box = (await b.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
  await api.close();
});
