import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { overflowing } from './support/overflow';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';
const people = ['Marco', 'Anna', 'Luca', 'Sofia', 'Bruno', 'Chiara'].map((name, i) => ({
  id: `p${i + 1}`,
  name,
}));

for (const [lang, theme] of [
  ['en', 'light'],
  ['de', 'dark'],
] as const)
  test(`the speaking list fed from a paired phone (390×844, ${lang}, ${theme}), seen at once on the desk`, async ({
    page,
    host,
    browser,
  }) => {
    const api = await hostApi(host);
    // Remote control on: a phone pairs over the network (here through the link's address on this computer).
    await api.ok({ type: 'settings.update', patch: { uiLanguage: lang, theme, lan: { enabled: true } } });
    await api.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: 'Team call',
        audience: 'group',
        participants: people,
        items: [{ id: 'a', title: 'Roadmap', budgetSec: 900 }],
      },
      start: true,
    });
    await openApp(page, host.url, 'meeting');
    const desk = page.getByRole('region', { name: lang === 'en' ? 'People' : 'Teilnehmende' }).last();

    // The phone pairs through its own one-time link (a control device), then opens the overlay.
    const { urls } = await api.ok({ type: 'devices.pair', kind: 'control' });
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const phone = await phoneContext.newPage();
    await phone.goto(urls[0]!);
    await phone.goto(`${host.origin}/#/overlay`);
    await expect(phone.locator('.person')).toHaveCount(6);

    // Two hands go up; a tap on each "+" puts them on the list, in that order.
    const queue = lang === 'en' ? 'on the speaking list' : 'auf die Redeliste';
    await phone.getByRole('button', { name: new RegExp(`Sofia.*${queue}|${queue}.*Sofia`) }).tap();
    await phone.getByRole('button', { name: new RegExp(`Bruno.*${queue}|${queue}.*Bruno`) }).tap();
    await expect(desk.getByTestId('queue')).toContainText(/Sofia.*Bruno/);
    // A tap on a name gives the floor; the next on the list is given it from the phone too.
    await phone.getByTestId('person-2').locator('.person__floor').tap();
    await expect(desk.getByTestId('floor')).toContainText('Anna');
    await phone.getByRole('button', { name: lang === 'en' ? 'Next speaker' : 'Nächste Wortmeldung' }).tap();
    await expect(desk.getByTestId('floor')).toContainText('Sofia');
    await expect(phone.getByTestId('queue')).toContainText('Bruno');
    await expect(phone.getByTestId('queue')).not.toContainText('Sofia');

    // The phone's page fits the phone: nothing sideways.
    expect(await overflowing(phone), `phone ${lang}`).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/171-phone-${lang}-${theme}.png`, fullPage: true });
    await phoneContext.close();
    await api.close();
  });
