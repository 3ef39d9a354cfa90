import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';

const SHOTS = 'e2e/.artifacts/screens';
const people = ['Marco', 'Anna', 'Luca', 'Sofia'].map((name, i) => ({ id: `p${i + 1}`, name }));

test('a round of four: it hands over by itself, then by key with a line when a turn runs over', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'm1',
      title: 'Stand-up',
      audience: 'group',
      participants: people,
      items: [
        { id: 'check', title: 'Check-in', budgetSec: 1, round: { perPersonSec: 2, auto: true } },
        { id: 'blockers', title: 'Blockers', budgetSec: 1, round: { perPersonSec: 3, auto: false } },
        { id: 'wrap', title: 'Wrap-up', budgetSec: 300 },
      ],
    },
  });
  await page.setViewportSize({ width: 420, height: 720 });
  await page.goto(`${host.url}#/overlay`);
  await expect(page.locator('.person')).toHaveCount(4);
  // Budget = people × time each: 4 × 2 s.
  expect(api.latestSnapshot()!.view!.agenda[0]!.budgetSec).toBe(8);
  await page.keyboard.press('n');

  // Automatic: each of the four gets two seconds, in order, then nobody.
  const floor = page.getByTestId('floor');
  const round = page.getByTestId('round');
  for (const [name, done] of [
    ['Marco', 1],
    ['Anna', 2],
    ['Luca', 3],
    ['Sofia', 4],
  ] as const) {
    await expect(floor).toContainText(`${name} has the floor`, { timeout: 4000 });
    await expect(round).toContainText(`Round: ${done} of 4`);
  }
  await expect(floor).toHaveText(/Nobody has the floor/, { timeout: 4000 });
  for (const n of [1, 2, 3, 4]) await expect(page.getByTestId(`person-${n}`)).not.toHaveClass(/is-quiet/);

  // By key: N is the next person while there is one.
  await page.keyboard.press('n');
  await expect(page.locator('.overlay__title')).toHaveText('Blockers');
  await expect(floor).toContainText('Marco has the floor');
  await expect(round).toContainText('next: Anna');
  await page.keyboard.press('n');
  await expect(floor).toContainText('Anna has the floor');
  // Anna runs past her three seconds: the line thanks her and hands over to Luca.
  const card = page.getByTestId('nudge-card');
  await expect(card).toBeVisible({ timeout: 6000 });
  await expect(card).toContainText('Handing over in a round');
  await expect(page.getByTestId('nudge-line')).toContainText('Anna');
  await page.screenshot({ path: `${SHOTS}/172-round-line.png`, fullPage: true });
  for (const name of ['Luca', 'Sofia']) {
    await page.keyboard.press('n');
    await expect(floor).toContainText(`${name} has the floor`);
  }
  await expect(card).toBeHidden();
  // After the last person, N moves on to the next item, and the floor to nobody.
  await page.keyboard.press('n');
  await expect(page.locator('.overlay__title')).toHaveText('Wrap-up');
  await expect(floor).toHaveText(/Nobody has the floor/);

  const v = api.latestSnapshot()!.view!;
  expect(v.agenda.map((r) => [r.title, r.budgetSec])).toEqual([
    ['Check-in', 8],
    ['Blockers', 12],
    ['Wrap-up', 300],
  ]);
  expect(v.people!.rows.map((r) => r.turns)).toEqual([2, 2, 2, 2]);
  await api.close();
});
