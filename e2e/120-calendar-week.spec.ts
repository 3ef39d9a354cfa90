import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Client } from '../shared/settings/client.schema';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { vcalendar, type IcsEvent } from './support/ics';
import { radicaleMissingFor, startRadicale, type Radicale } from './support/radicale';
import { openApp, typeAgenda } from './support/ui';
import { pastMeetings, type PastMeeting } from './support/week.history';

const SHOTS = 'e2e/.artifacts/screens';
const missing = radicaleMissingFor('the calendar and week spec');
test.skip(!!missing, missing ?? '');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 00:00 UTC of this week (the host and the browser run in UTC here). */
const thisMonday = (() => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY;
})();
const nextMonday = thisMonday + 7 * DAY;
const lastMonday = thisMonday - 7 * DAY;

const clients = [
  {
    id: 'rossi',
    name: 'Studio Rossi',
    contact: 'Giulia',
    hourlyRateMinor: 6000,
    currency: 'EUR',
    language: 'it',
    address: 'formal',
  },
  { id: 'acme', name: 'Acme', hourlyRateMinor: 9000, currency: 'USD', language: 'en', address: 'informal' },
  {
    id: 'fahrwerk',
    name: 'Fahrwerk',
    contact: 'Anna',
    hourlyRateMinor: 8000,
    currency: 'EUR',
    language: 'de',
    address: 'informal',
  },
] as const;

const me = { email: 'alice@tactful.test', name: 'Alice' };
const nextWeek: IcsEvent[] = [
  {
    uid: 'rossi-weekly@tactful.test',
    title: 'Studio Rossi weekly',
    start: nextMonday + DAY + 9 * HOUR,
    minutes: 45,
    rrule: 'FREQ=WEEKLY;COUNT=6',
    organizer: { email: 'giulia@studiorossi.it', name: 'Giulia Rossi' },
    attendees: [me],
    description: 'Agenda:\n- Progress since last week 15m\n- Open questions 10m\n- Next steps',
  },
  {
    uid: 'budget@tactful.test',
    title: 'Budget review',
    start: nextMonday + 2 * DAY + 14 * HOUR,
    minutes: 60,
    attendees: [{ email: 'john@acme-corp.com', name: 'John Carter' }, me],
    description: '1. Budget 2027 20 min\n2. Launch date\n3. Risks 10m',
  },
  {
    uid: 'jourfixe@tactful.test',
    title: 'Jour fixe',
    start: nextMonday + 3 * DAY + 13 * HOUR,
    minutes: 30,
    organizer: { email: 'anna@fahrwerk.de', name: 'Anna Schmidt' },
    attendees: [me],
  },
  { uid: 'holiday@tactful.test', title: 'Holiday', start: nextMonday + 4 * DAY, minutes: 0, allDay: true },
  {
    uid: 'lunch@tactful.test',
    title: 'Lunch with Sara',
    start: nextMonday + 3 * DAY + 12 * HOUR,
    minutes: 60,
    status: 'CANCELLED',
  },
];

/** Last week, as it went: Acme called four times unannounced, Rossi had the weekly call, Fahrwerk the jour fixe. */
const lastWeek: PastMeeting[] = [
  {
    id: 'a1',
    clientId: 'acme',
    title: 'Zoom call with Acme',
    kind: 'adhoc',
    start: lastMonday + 9 * HOUR,
    items: [{ title: 'Conversation', planned: 30, took: 20 }],
  },
  {
    id: 'a2',
    clientId: 'acme',
    title: 'Zoom call with Acme',
    kind: 'adhoc',
    start: lastMonday + DAY + 10 * HOUR,
    items: [{ title: 'Conversation', planned: 30, took: 35 }],
  },
  {
    id: 'a3',
    clientId: 'acme',
    title: 'Phone call with Acme',
    kind: 'adhoc',
    start: lastMonday + DAY + 16 * HOUR,
    items: [{ title: 'Conversation', planned: 30, took: 25 }],
  },
  {
    id: 'a4',
    clientId: 'acme',
    title: 'Zoom call with Acme',
    kind: 'adhoc',
    start: lastMonday + 3 * DAY + 11 * HOUR,
    items: [{ title: 'Conversation', planned: 30, took: 40 }],
  },
  {
    id: 'a5',
    clientId: 'acme',
    title: 'Roadmap',
    kind: 'scheduled',
    start: lastMonday + 2 * DAY + 15 * HOUR,
    items: [{ title: 'Roadmap', planned: 30, took: 40 }],
    offTopicMin: 5,
  },
  {
    id: 'r1',
    clientId: 'rossi',
    title: 'Studio Rossi weekly',
    kind: 'scheduled',
    start: lastMonday + DAY + 9 * HOUR,
    items: [
      { title: 'Progress since last week', planned: 15, took: 20 },
      { title: 'Open questions', planned: 10, took: 15 },
    ],
    offTopicMin: 10,
    notes: 'Palette looks good.\nDecisione: si va con la palette blu\nDecisione: lancio il 1° dicembre',
    followUps: ['Io: mandare il logo rivisto', 'Rossi: approvare la palette', 'Prenotare il fotografo'],
    rate: 6000,
  },
  {
    id: 'f1',
    clientId: 'fahrwerk',
    title: 'Jour fixe',
    kind: 'scheduled',
    start: lastMonday + 3 * DAY + 13 * HOUR,
    items: [
      { title: 'Entwürfe', planned: 15, took: 18 },
      { title: 'Termine', planned: 10, took: 8 },
    ],
    notes: 'Entscheidung: Logo in Blau',
    followUps: ['Ich: Entwürfe schicken', 'Fahrwerk: Farbwelt freigeben'],
    rate: 8000,
  },
  // Two weeks ago, for the trend.
  {
    id: 'e1',
    clientId: 'acme',
    title: 'Roadmap',
    kind: 'scheduled',
    start: lastMonday - 6 * DAY + 15 * HOUR,
    items: [{ title: 'Roadmap', planned: 30, took: 30 }],
  },
];

let radicale: Radicale;
test.beforeAll(async () => {
  radicale = await startRadicale();
  await radicale.makeCalendar('work', 'Work');
  for (const e of nextWeek) await radicale.put('work', e.uid.split('@')[0]!, vcalendar([e]));
});
test.afterAll(() => radicale?.stop());

async function setUp(host: Parameters<typeof hostApi>[0]) {
  const api = await hostApi(host);
  for (const c of clients) await api.ok({ type: 'clients.save', client: c });
  return api;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

test('subscribe over CalDAV, see next week’s meetings planned, confirm a client, save the standing call', async ({
  page,
  host,
}) => {
  const api = await setUp(host);
  await openApp(page, host.url, 'calendar');
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();

  // A wrong password is refused with the reason, and nothing is added.
  await page.getByLabel('Server address').fill(radicale.url);
  await page.getByLabel('User name').fill(radicale.user);
  await page.getByLabel('Password').fill('wrong');
  await page.getByLabel('Your email in this calendar').fill(me.email);
  await page.getByRole('button', { name: 'Add calendar' }).click();
  await expect(page.getByTestId('calendar-error')).toHaveText(
    `127.0.0.1:${radicale.port} refused the user name or password`,
  );
  await expect(page.getByTestId('calendar-source')).toHaveCount(0);

  await page.getByLabel('Password').fill(radicale.password);
  await page.getByRole('button', { name: 'Add calendar' }).click();
  await expect(page.getByTestId('calendar-source')).toContainText('Synced');
  await expect(page.getByTestId('calendar-source')).toContainText(
    'Left out: 1 all-day, 1 cancelled, 0 declined',
  );

  const planned = page.getByTestId('planned-meeting');
  // Next week's meetings (the standing call comes back the week after too); all-day and cancelled ones are not.
  await expect(planned.filter({ hasText: 'Budget review' })).toHaveCount(1);
  await expect(planned.filter({ hasText: 'Holiday' })).toHaveCount(0);
  await expect(planned.filter({ hasText: 'Lunch with Sara' })).toHaveCount(0);
  const weekly = planned.filter({ hasText: 'Studio Rossi weekly' }).first();
  await expect(weekly.getByRole('list', { name: 'Agenda' })).toHaveText(
    /Progress since last week\s*15 min.*Open questions\s*10 min.*Next steps\s*20 min/,
  );
  await expect(weekly.getByTestId('match-source')).toHaveText('found by title');
  const budget = planned.filter({ hasText: 'Budget review' });
  await expect(budget.getByLabel('Client of “Budget review”')).toHaveValue('acme');
  await expect(budget.getByRole('list', { name: 'Agenda' })).toContainText('Launch date');
  await shot(page, 'calendar-planned');

  // Confirm once: remembered for Giulia and her company, for every occurrence.
  await weekly.getByRole('button', { name: 'Confirm' }).click();
  await expect(
    planned.filter({ hasText: 'Studio Rossi weekly' }).getByTestId('match-source').first(),
  ).toHaveText('confirmed');
  // Correct another: Jour fixe is with Fahrwerk (found by company), set to Acme and back.
  const jour = planned.filter({ hasText: 'Jour fixe' });
  await expect(jour.getByLabel('Client of “Jour fixe”')).toHaveValue('fahrwerk');

  // The standing call becomes a template.
  const standing = page.getByTestId('standing-call').filter({ hasText: 'Studio Rossi weekly' });
  await expect(standing).toContainText('Every Tuesday at 09:00');
  await standing.getByRole('button', { name: 'Save as template' }).click();
  await expect(standing).toContainText('Saved as a template');

  // "This could be an email", to Acme, in English and informally.
  await budget.getByRole('button', { name: 'Could be an email' }).click();
  const dialog = page.getByRole('dialog', { name: 'This could be an email' });
  await expect(dialog.getByLabel('Subject')).toHaveValue('Budget review: the points in writing');
  await expect(dialog.getByTestId('draft-body')).toHaveValue(
    // Acme has no contact person: the email greets the company's people (English lines have one register).
    /^Dear Acme team,\n\nRather than meet on .+, I thought we could settle these points by email\.\n\n1\. Budget 2027\n2\. Launch date\n3\. Risks\n/,
  );
  await dialog.screenshot({ path: `${SHOTS}/calendar-email-draft.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Open a planned meeting: it is ready to start, with the agenda and the length from the calendar.
  await budget.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(/#\/meeting$/);
  const view = (await api.next(
    (p) => p.type === 'snapshot' && p.snapshot.view?.title === 'Budget review',
  )) as {
    snapshot: { view: { meeting: { capMs: number }; agenda: { title: string }[]; kind: string } };
  };
  expect(view.snapshot.view.meeting.capMs).toBe(HOUR);
  expect(view.snapshot.view.kind).toBe('scheduled');
  await api.ok({ type: 'meeting.close' });

  await api.ok({ type: 'settings.update', patch: { theme: 'dark' } });
  await page.goto(`${host.origin}/#/calendar`);
  await expect(planned.first()).toBeVisible();
  await shot(page, 'calendar-planned-dark');
  await api.close();
});

test('a call started by hand with nothing planned is unscheduled, without touching the switch', async ({
  page,
  host,
}) => {
  const api = await setUp(host);
  await openApp(page, host.url, 'meeting');
  await page.getByLabel('Client', { exact: true }).selectOption('acme');
  await typeAgenda(page, [['Quick question', '10']]);
  const hint = page.getByTestId('kind-hint');
  await expect(hint).toHaveText(
    'Nothing in your calendar now with Acme: started now, this is an unscheduled call.',
  );
  await expect(page.getByRole('switch', { name: 'Unscheduled call' })).toBeChecked();
  await page.locator('.setup__choices').screenshot({ path: `${SHOTS}/setup-kind-hint.png` });
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByTestId('main-counter')).toBeVisible();
  await api.ok({ type: 'meeting.command', command: { type: 'end' } });
  const [m] = (await api.ok({ type: 'history.query', timeZone: 'UTC' })).meetings;
  expect(m).toMatchObject({ clientId: 'acme', kind: 'adhoc' });
  await api.close();
});

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  return readFileSync((await (await download).path())!, 'utf8');
}

test('the week with a client: digest, suggestion, Markdown and PDF, and the note in the client’s language', async ({
  page,
  host,
}) => {
  const api = await setUp(host);
  await api.ok({
    type: 'calendar.subscribe',
    source: { kind: 'caldav', serverUrl: radicale.url, username: radicale.user, password: radicale.password },
  });
  const archive = pastMeetings(lastWeek, clients as unknown as Client[], Date.now());
  expect(await api.ok({ type: 'history.import', content: archive })).toMatchObject({
    added: lastWeek.length,
  });

  await openApp(page, host.url, 'week');
  await page.getByLabel('Client').selectOption('acme');
  await page.getByRole('button', { name: 'Earlier' }).click();
  const figures = page.getByTestId('digest-figures');
  await expect(figures).toContainText('Meetings held5');
  await expect(page.getByTestId('digest-adhoc')).toHaveText('4 · 2 hr');
  await expect(figures).toContainText('45 min for 30 min planned');
  // Two of the four came on a Tuesday: the standing call goes there.
  await expect(page.getByTestId('week-suggestion')).toHaveText(
    /^4 unscheduled calls during .+, 2 hr: propose a standing call on Tuesdays\?$/,
  );
  await expect(figures).toContainText('$180.00');
  await shot(page, 'week-digest');

  const md = await downloaded(page, () => page.getByRole('button', { name: 'Markdown' }).click());
  expect(md).toMatch(/^# Acme — /);
  expect(md).toContain('propose a standing call on Tuesdays?');
  expect(md).toContain('| Zoom call with Acme | unscheduled |');
  expect(md).toContain('- **Availability worth:** $180.00');

  // The print view (what "Print / PDF" prints): no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'week-digest-print');
  writeFileSync(`${SHOTS}/week-digest.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
  const pdfText = execFileSync('pdftotext', ['-layout', `${SHOTS}/week-digest.pdf`, '-']).toString();
  expect(pdfText).toContain('propose a standing call on Tuesdays?');
  expect(pdfText).not.toContain('Write the note');
  await page.emulateMedia({ media: 'screen' });

  // The note to Studio Rossi, in Italian with Lei: covered, decisions, who promised what, the next meeting.
  await page.getByLabel('Client').selectOption('rossi');
  await expect(page.getByTestId('digest-figures')).toContainText('Meetings held1');
  await page.getByRole('button', { name: 'Write the note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Note to Studio Rossi' });
  await expect(dialog.getByTestId('draft-language')).toHaveText(
    'In Italiano, formal, as you speak to Studio Rossi.',
  );
  const body = dialog.getByTestId('draft-body');
  await expect(body).toHaveValue(/^Gentile Giulia,\n\nLe invio un breve riepilogo dei nostri incontri \(/);
  for (const part of [
    'Argomenti trattati\n- Studio Rossi weekly (',
    'Decisioni prese\n- si va con la palette blu\n- lancio il 1° dicembre',
    'Da parte mia\n- mandare il logo rivisto',
    'Da parte Sua\n- approvare la palette',
    'Punti ancora aperti\n- Prenotare il fotografo',
    'Il nostro prossimo incontro è fissato per martedì',
    'Cordiali saluti,',
  ])
    await expect(body).toHaveValue(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await body.fill(`${await body.inputValue()}\nMarco`);
  await expect(body).toHaveValue(/Marco$/);
  await dialog.screenshot({ path: `${SHOTS}/week-note-it.png` });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // In German, dark: the digest's words are the user's; Fahrwerk's note is in German with du.
  await api.ok({ type: 'settings.update', patch: { uiLanguage: 'de', theme: 'dark' } });
  await page.getByLabel('Kunde').selectOption('fahrwerk');
  await expect(page.getByTestId('digest-figures')).toContainText('Meetings1');
  await page.getByRole('button', { name: 'Statusnachricht schreiben' }).click();
  const de = page.getByRole('dialog', { name: 'Statusnachricht an Fahrwerk' });
  const deBody = de.getByTestId('draft-body');
  await expect(deBody).toHaveValue(/^Hallo Anna,\n\nhier eine kurze Zusammenfassung unserer Gespräche \(/);
  await expect(deBody).toHaveValue(/Entscheidungen\n- Logo in Blau/);
  await expect(deBody).toHaveValue(/Von meiner Seite\n- Entwürfe schicken/);
  await expect(deBody).toHaveValue(/Von deiner Seite\n- Farbwelt freigeben/);
  await expect(deBody).toHaveValue(/Wir sprechen uns am .+ um 13:00 Uhr\./);
  await expect(deBody).toHaveValue(/Viele Grüße\n$/);
  await de.screenshot({ path: `${SHOTS}/week-note-de-dark.png` });
  await de.getByRole('button', { name: 'Schließen' }).click();
  await page.getByLabel('Kunde').selectOption('acme');
  await expect(page.getByTestId('week-suggestion')).toHaveText(
    /^4 ungeplante Anrufe in der Woche vom .+ \(2 Std\.\): Einen festen Termin dienstags vorschlagen\?$/,
  );
  await shot(page, 'week-digest-de-dark');
  await api.close();
});
