import { hostApi } from './support/api';
import { expect } from './support/host.fixture';
import { xHostTest } from './support/x.host.fixture';
import { vcalendar } from './support/ics';
import { radicaleMissingFor, startRadicale, type Radicale } from './support/radicale';
import { openApp } from './support/ui';
import { xMissingFor } from './support/xvfb';

const SHOTS = 'e2e/.artifacts/screens';
const missing =
  xMissingFor('the detected-call calendar spec') ?? radicaleMissingFor('the detected-call calendar spec');

const test = xHostTest;
test.skip(!!missing, missing ?? '');

let radicale: Radicale;
test.beforeAll(async () => {
  radicale = await startRadicale();
  await radicale.makeCalendar('work', 'Work');
  // Under way now: the design review with Studio Rossi.
  await radicale.put(
    'work',
    'review',
    vcalendar([
      {
        uid: 'review@tactful.test',
        title: 'Design review',
        start: Date.now() - 5 * 60_000,
        minutes: 60,
        organizer: { email: 'giulia@studiorossi.it', name: 'Giulia Rossi' },
        description: '- Logo 20m\n- Colours 15m\n- Next steps',
      },
    ]),
  );
});
test.afterAll(() => radicale?.stop());

test('a call during a calendar event starts that meeting; a call nothing covers is unscheduled', async ({
  page,
  host,
  context,
  xserver,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'clients.save', client: { id: 'rossi', name: 'Studio Rossi', language: 'it' } });
  await api.ok({ type: 'clients.save', client: { id: 'acme', name: 'Acme', language: 'en' } });
  await api.ok({
    type: 'calendar.subscribe',
    source: { kind: 'caldav', serverUrl: radicale.url, username: radicale.user, password: radicale.password },
  });

  const overlay = await context.newPage();
  await overlay.setViewportSize({ width: 380, height: 640 });
  await openApp(page, host.url);
  await overlay.goto(`${host.origin}/#/overlay`);
  const prompt = overlay.getByTestId('call-prompt');

  // Studio Rossi's Zoom call, during their design review: it is that meeting, with its agenda.
  await xserver.window('Zoom Meeting - Studio Rossi');
  await expect(prompt).toContainText('The Zoom call has started. Start “Design review”?', { timeout: 3000 });
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/detected-call-planned.png` });
  await overlay.keyboard.press('s');
  await expect(overlay.getByTestId('main-counter')).toBeVisible();
  const planned = await api.next((p) => p.type === 'snapshot' && p.snapshot.view?.status === 'running');
  expect(planned.type === 'snapshot' && planned.snapshot.view).toMatchObject({
    title: 'Design review',
    clientId: 'rossi',
    kind: 'scheduled',
    agenda: [{ title: 'Logo' }, { title: 'Colours' }, { title: 'Next steps' }],
  });
  await api.ok({ type: 'meeting.command', command: { type: 'end' } });
  await api.ok({ type: 'meeting.close' });
  xserver.closeWindows();
  await xserver.gone('Zoom Meeting - Studio Rossi');

  // Acme calls: nothing in the calendar covers it, so it is unscheduled — nobody flipped a switch.
  await api.ok({ type: 'settings.update', patch: { theme: 'dark' } });
  await xserver.window('Zoom Meeting - Acme');
  await expect(prompt).toContainText('A Zoom call with Acme has started. Time it?', { timeout: 3000 });
  await overlay
    .locator('.overlay__panel')
    .screenshot({ path: `${SHOTS}/detected-call-unscheduled-dark.png` });
  await overlay.keyboard.press('s');
  await expect(overlay.getByTestId('main-counter')).toBeVisible();
  await api.ok({ type: 'meeting.command', command: { type: 'end' } });
  const history = (await api.ok({ type: 'history.query', timeZone: 'UTC' })).meetings;
  expect(history.map((m) => [m.title, m.kind])).toEqual([
    ['Zoom call with Acme', 'adhoc'],
    ['Design review', 'scheduled'],
  ]);
  // The calendar knows its event was held.
  const { meetings } = await api.ok({ type: 'calendar.upcoming' });
  expect(meetings.find((m) => m.title === 'Design review')?.meetingId).toBe(history[1]!.id);
  xserver.closeWindows();
  await api.close();
});
