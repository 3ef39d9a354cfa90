import Papa from 'papaparse';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';
const people = [
  { id: 'marco', name: 'Marco', org: 'Acme' },
  { id: 'anna', name: 'Anna' },
  { id: 'luca', name: 'Luca' },
  { id: 'sofia', name: 'Sofia' },
];

test('the report’s airtime: per person, who never spoke, the balance, per item; in History and the CSV too', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  const run = (command: object) => api.ok({ type: 'meeting.command', command } as never);
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Team call',
      audience: 'group',
      participants: people,
      items: [
        { id: 'a', title: 'Roadmap', budgetSec: 900 },
        { id: 'b', title: 'Budget', budgetSec: 600 },
      ],
    },
    start: true,
  });
  // Marco 4 s, Anna 2 s on the roadmap; Luca 2 s on the budget; Sofia never.
  await run({ type: 'giveFloor', participantId: 'marco' });
  await page.waitForTimeout(4000);
  await run({ type: 'giveFloor', participantId: 'anna' });
  await page.waitForTimeout(2000);
  await run({ type: 'next' });
  await run({ type: 'giveFloor', participantId: 'luca' });
  await page.waitForTimeout(2000);
  await run({ type: 'end' });

  await page.setViewportSize({ width: 1200, height: 1000 });
  await openApp(page, host.url, 'report/m1');
  const section = page.getByTestId('airtime');
  await expect(section.getByRole('heading', { name: 'Speaking time' })).toBeVisible();
  const rows = section.locator('table.airtime tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText(/Marco · Acme\s*4 sec\s*50%\s*1\s*4 sec/);
  await expect(rows.nth(1)).toContainText(/Anna\s*2 sec\s*25%/);
  await expect(rows.nth(3)).toContainText(/Sofia\s*—\s*0%\s*0\s*—/);
  await expect(section.getByTestId('airtime-silent')).toHaveText('Never given the floor: Sofia.');
  // 50 % for Marco against an equal 25 %: twice an equal share.
  await expect(section.getByTestId('airtime-balance')).toHaveText(
    'Marco spoke the most: 50% of the speaking time, against an equal share of 25%. That is 2.0 times an equal share.',
  );
  await expect(section.locator('.airtime__stretches')).toContainText(
    /Roadmap\s*6 sec\s*Marco 4 sec · Anna 2 sec/,
  );
  await expect(section.locator('.airtime__stretches')).toContainText(/Budget\s*2 sec\s*Luca 2 sec/);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/174-report-airtime.png`, fullPage: true });

  // History: who spoke how much across meetings.
  await page.getByRole('link', { name: 'History' }).click();
  const history = page.getByTestId('history-people');
  await expect(history.locator('tbody tr').first()).toContainText(/Marco\s*1\s*4 sec\s*50%/);

  // The CSV carries a row per person.
  const { content } = await api.ok({ type: 'history.export', format: 'csv', meetingIds: ['m1'] });
  const csv = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: true }).data;
  expect(
    csv.filter((r) => r.row === 'airtime').map((r) => [r.person, r.source, Number(r.talk_s), r.turns]),
  ).toEqual([
    ['Marco', 'timed', 4, '1'],
    ['Anna', 'timed', 2, '1'],
    ['Luca', 'timed', 2, '1'],
    ['Sofia', 'timed', 0, '0'],
  ]);
  await api.close();
});
