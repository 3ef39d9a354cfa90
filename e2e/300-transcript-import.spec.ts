import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../shared/transcript/__tests__/support/fixtures';
import { hostApi } from './support/api';
import { describeViolations, seriousViolations } from './support/axe';
import { expect, ROOT, test } from './support/host.fixture';
import { transcriptMeetingArchive } from './support/transcript.meeting';
import { openApp } from './support/ui';

const SHOTS = join(ROOT, 'e2e/.artifacts/shots');
const fixturePath = (name: keyof typeof FIXTURES) =>
  join(ROOT, 'shared/transcript/__tests__/fixtures', FIXTURES[name]);

// The Teams fixture's file name carries a local time: read in Rome, it is 2 min 24 s before the meeting started.
// axe is injected as a script, which the page's own CSP forbids: this context alone lets it in.
test.use({ timezoneId: 'Europe/Rome', bypassCSP: true });

/** The cells of a row of the airtime table, by the person's name. */
async function airtimeRow(page: Page, name: string | RegExp): Promise<string[]> {
  // The transcript's table, not the report's own speaking time above it.
  const row = page
    .locator('section.transcript table.airtime tbody tr')
    .filter({ has: page.getByRole('rowheader', { name }) });
  return row.locator('td').allInnerTexts();
}

/** One cell of the places table: a part of the meeting, and a person's column (people are in order of talk). */
async function placeCell(page: Page, place: string, person: string): Promise<string> {
  const table = page.locator('table.airtime-places');
  const heads = await table.locator('thead th').allInnerTexts();
  const column = heads.indexOf(person) - 1;
  const row = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: place, exact: true }) });
  return (await row.locator('td').allInnerTexts())[column]!;
}

test('a Zoom and a Teams transcript imported for a meeting: speaking time beside what was timed, names answered, the offset moved', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await api.ok({ type: 'settings.update', patch: { exports: { email: '', name: 'Anna Weber' } } });
  await api.ok({ type: 'history.import', content: transcriptMeetingArchive('w1') });
  await openApp(page, host.url, 'report/w1');
  const section = page.locator('section.transcript');
  await expect(section.getByRole('heading', { name: 'Speaking time from the transcript' })).toBeVisible();

  // A file that is not a transcript is refused in words, and nothing changes.
  mkdirSync(SHOTS, { recursive: true });
  const srt = join(SHOTS, 'call.srt');
  writeFileSync(srt, '1\n00:00:01,000 --> 00:00:02,000\nHello\n');
  await page.getByTestId('transcript-file').setInputFiles(srt);
  await expect(section.getByRole('alert')).toHaveText(
    'Could not import “call.srt”: This is a SubRip (.srt) subtitle file: download the transcript as WebVTT (.vtt) instead',
  );
  await expect(section.locator('table.airtime')).toHaveCount(0);
  await section.screenshot({ path: `${SHOTS}/transcript-refused-en.png` });

  // Zoom: every name is someone (Anna Weber is the user). Figures worked out by hand in the shared tests.
  await page.getByTestId('transcript-file').setInputFiles(fixturePath('zoom'));
  await expect(section.getByText(/GMT20261124-140230_Recording\.transcript\.vtt · Zoom/)).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  // Timed: 0:08–0:30 and 0:36–0:39 = 25 s of 39 s (64 %), 2 turns. Transcript: 13 + 5 + 3 = 21 s of 43.5 s (48 %),
  // 2 turns, the longest 18 s.
  await expect
    .poll(() => airtimeRow(page, 'Marco Rossi'))
    .toEqual(['25 sec', '64%', '2', '21 sec', '48%', '2', '18 sec']);
  // Timed: 0:30–0:36 and 0:43–0:51 = 14 s (36 %). Transcript: 4 + 8 = 12 s (28 %).
  await expect
    .poll(() => airtimeRow(page, 'Giulia Bianchi'))
    .toEqual(['14 sec', '36%', '2', '12 sec', '28%', '2', '8 sec']);
  // The user is never timed; 5.5 + 3 + 2 = 10.5 s, shown rounded (24 %).
  expect(await airtimeRow(page, 'You (Anna Weber)')).toEqual(['—', '11 sec', '24%', '3', '6 sec']);
  await expect
    .poll(() => airtimeRow(page, 'Lucía Fernández'))
    .toEqual(['0 sec', '0%', '0', '0 sec', '0%', '0', '—']);
  // Budget (to 0:35), the recording a second late: Marco 13 + 5 s of transcript, 22 s timed.
  await expect.poll(() => placeCell(page, 'Budget', 'Marco Rossi')).toBe('18 sec\ntimed 22 sec');
  // Off-topic from 0:45 to 0:50 (15:03 in Rome): Giulia, who spoke 0:43–0:51 and had the floor 0:43–0:51.
  expect(await placeCell(page, 'Off-topic stretch 1 (3:03 PM)', 'Giulia Bianchi')).toBe('5 sec\ntimed 5 sec');
  expect(await placeCell(page, 'Off-topic stretch 1 (3:03 PM)', 'Marco Rossi')).toBe('—\ntimed —');
  expect(await placeCell(page, 'Off-topic stretch 1 (3:03 PM)', 'You (Anna Weber)')).toBe('—');
  await expect(section.getByLabel('Transcript start, relative to the meeting start')).toHaveValue('+0:01');

  // Teams: "Rossi, Marco (Acme)" is Marco; Tom Baker is no one on the list until the user says so.
  await page.getByRole('button', { name: 'Replace transcript…' }).click();
  await page.getByTestId('transcript-file').setInputFiles(fixturePath('teams'));
  await expect(section.getByText(/Microsoft Teams/)).toBeVisible();
  await expect(section.getByText('One name below is not matched yet', { exact: false })).toBeVisible();
  await expect.poll(() => airtimeRow(page, /^Tom Baker/)).toEqual(['—', '2 sec', '6%', '1', '2 sec']);
  const offset = section.getByLabel('Transcript start, relative to the meeting start');
  await expect(offset).toHaveValue('−2:24');
  // Recorded before the meeting, all of it falls before it: lining it up is the user's to do. 31.5 s in all (14.5 +
  // 15 + 2), Marco's 14.5 shown rounded.
  await expect.poll(() => placeCell(page, 'Budget', 'Marco Rossi')).toBe('—\ntimed 22 sec');
  await expect
    .poll(() => placeCell(page, 'Before or after the meeting', 'Marco Rossi'))
    .toBe('15 sec\ntimed —');
  await offset.fill('+0:01');
  await offset.press('Enter');
  // Moved a second after the start: Marco 2.5–10, 18–19 and 30.5–35 s in Budget (7.5 + 1 + 4.5 = 13 s).
  await expect.poll(() => placeCell(page, 'Budget', 'Marco Rossi')).toBe('13 sec\ntimed 22 sec');
  // Lucía: 10.5–17.5 s and 19–27 s (the pause bridged): 15 s, all in Budget.
  await expect.poll(() => placeCell(page, 'Budget', 'Lucía Fernández')).toBe('15 sec\ntimed —');
  await section.getByLabel('“Tom Baker” is').selectOption({ label: 'Someone not on the list' });
  await expect(section.getByText('One name below is not matched yet', { exact: false })).toHaveCount(0);
  await expect(section.getByRole('rowheader', { name: /Tom Baker/ })).toContainText('not on the list');

  await page.screenshot({ path: `${SHOTS}/transcript-en-light.png`, fullPage: true });
  expect(describeViolations(await seriousViolations(page))).toBe('');
  await api.ok({ type: 'settings.update', patch: { theme: 'dark' } });
  await page.screenshot({ path: `${SHOTS}/transcript-en-dark.png`, fullPage: true });
  expect(describeViolations(await seriousViolations(page))).toBe('');
  await api.ok({ type: 'settings.update', patch: { theme: 'light', uiLanguage: 'de' } });
  await expect(section.getByRole('heading', { name: 'Redezeit laut Transkript' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/transcript-de-light.png`, fullPage: true });
  await api.close();
});
