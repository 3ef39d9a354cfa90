import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseArchive } from '../shared/report/export/json.archive';
import { TOGGL_FIELDS } from '../shared/report/export/timetracker.csv';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

const csvRows = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

async function exportAs(
  page: Page,
  format: RegExp,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: format }).check();
  if (fill) await fill(dialog);
  const download: Promise<Download> = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();
  const text = readFileSync(file!, 'utf8');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

test('the report after a meeting: figures, follow-ups, every export, a PDF, history filters, and follow-ups next time', async ({
  page,
  host,
  context,
}) => {
  const api = await hostApi(host);
  await api.ok({
    type: 'clients.save',
    client: { id: 'acme', name: 'Acme Studio', hourlyRateMinor: 36_000, currency: 'EUR', language: 'en' },
  });
  await api.ok({
    type: 'meeting.create',
    plan: {
      id: 'demo',
      title: 'Design review',
      clientId: 'acme',
      items: [
        { id: 'a', title: 'Mock-ups', budgetSec: 2 },
        { id: 'b', title: '=cmd|calc', budgetSec: 60 },
      ],
    },
  });

  // Run it from the overlay: 2 s on the mock-ups, 2 s off-topic, then the second item, then end.
  const overlay = await context.newPage();
  await overlay.goto(host.url);
  await overlay.goto(`${host.origin}/#/overlay`);
  await overlay.getByRole('button', { name: 'Start' }).click();
  await overlay.waitForTimeout(2000);
  await overlay.keyboard.press('o');
  await overlay.waitForTimeout(2000);
  await overlay.keyboard.press('o');
  await overlay.keyboard.press('n');
  await overlay.waitForTimeout(1000);
  await overlay.keyboard.press('e');
  await expect(overlay.getByText('The meeting has ended.')).toBeVisible();

  // The report opens on the dashboard, with the host's own figures.
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { name: 'Design review', level: 1 })).toBeVisible();
  const model = (await api.ok({ type: 'history.report', meetingId: 'demo' })).report;
  expect(model.offTopicMs).toBeGreaterThanOrEqual(1900);
  const figures = page.locator('.figures');
  await expect(figures).toContainText(`${Math.round(model.offTopicMs / 1000)} sec`);
  await expect(figures).toContainText('€0.'); // 2 s at €360/h is €0.20
  await expect(page.getByRole('table').getByRole('row', { name: /Mock-ups/ })).toContainText('2 sec');
  await expect(page.locator('.timeline__strip .timeline__seg--offTopic')).toHaveCount(1);

  // Follow-ups and notes, kept with the meeting.
  await page.getByLabel('New follow-up').fill('Send the mock-ups by Friday');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Send the mock-ups by Friday')).toBeVisible();
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill('Wants fewer pages.');
  await page.getByRole('textbox', { name: 'Notes', exact: true }).blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Every export, read back.
  const csv = csvRows(await exportAs(page, /Spreadsheet/));
  expect(csv.errors).toEqual([]);
  expect(csv.data.map((r) => r.row)).toEqual(['item', 'off_topic', 'item']);
  expect(csv.data[2]!.title).toBe("'=cmd|calc");
  const toggl = csvRows(
    await exportAs(page, /Toggl Track/, async (d) => {
      await d.getByLabel('Your email in the time tracker').fill('me@example.com');
    }),
  );
  expect(toggl.meta.fields).toEqual([...TOGGL_FIELDS]);
  expect(toggl.data[0]).toMatchObject({
    Email: 'me@example.com',
    Client: 'Acme Studio',
    Project: 'Design review',
    Description: 'Mock-ups',
    Billable: 'Yes',
    Task: '',
  });
  // A tracker stores text as typed (no formula guard there).
  expect(toggl.data.map((r) => r.Description)).toContain('=cmd|calc');
  const clockify = csvRows(
    await exportAs(page, /Clockify/, async (d) => {
      await d.getByLabel('Dates', { exact: true }).selectOption('YYYY-MM-DD');
      await d.getByLabel('Times', { exact: true }).selectOption('24h');
    }),
  );
  expect(clockify.data[0]!['Start Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(clockify.data[0]!['Start Time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  const md = await exportAs(page, /Summary for the client/);
  expect(md).toContain('## Design review');
  expect(md).toContain('- [ ] Send the mock-ups by Friday');
  expect(md).not.toContain('fewer pages');
  const archive = parseArchive(await exportAs(page, /Full data/));
  expect(archive.ok && archive.archive.meetings.map((m) => m.id)).toEqual(['demo']);

  // A PDF from the print stylesheet.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
  expect(text).toContain('Design review');
  expect(text).toContain('Planned and actual');
  expect(text).toContain('Send the mock-ups by Friday');
  expect(text).not.toContain('Export…');
  // Rendered to PNG to be looked at (e2e/.artifacts/screens/report-pdf-1.png).
  execFileSync(
    'pdftoppm',
    ['-png', '-r', '60', '-f', '1', '-l', '1', '-', 'e2e/.artifacts/screens/report-pdf'],
    {
      input: pdf,
    },
  );

  // History: a second client and an unscheduled call, then filters.
  await page.getByRole('button', { name: 'Close meeting' }).click();
  await api.ok({ type: 'clients.save', client: { id: 'bistro', name: 'Bistro Verde', language: 'it' } });
  for (const [id, clientId, kind, title] of [
    ['q1', 'acme', 'adhoc', 'Quick question'],
    ['b1', 'bistro', 'scheduled', 'Menu launch'],
  ] as const) {
    await api.ok({
      type: 'meeting.create',
      start: true,
      plan: { id, title, clientId, kind, items: [{ id: 'a', title: 'Talk', budgetSec: 60 }] },
    });
    await api.ok({ type: 'meeting.command', command: { type: 'end' } });
    await api.ok({ type: 'meeting.close' });
  }
  await page.getByRole('link', { name: 'History' }).click();
  const rows = page.locator('.table--links tbody tr');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Acme Studio' });
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('availability')).toContainText('1 unscheduled call with Acme Studio');
  await page.getByLabel('Kind').selectOption('scheduled');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Client', { exact: true }).selectOption('');
  await page.getByLabel('Title contains').fill('menu');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Bistro Verde');
  await rows.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Menu launch', level: 1 })).toBeVisible();

  // Planning the next meeting with Acme brings back what is still open.
  await page.getByRole('link', { name: 'Meeting' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Acme Studio' });
  const earlier = page.getByRole('region', { name: 'From earlier meetings' });
  await expect(earlier).toContainText('Send the mock-ups by Friday');
  await earlier.getByRole('checkbox').check();
  await expect(earlier).toHaveCount(0);
  await api.close();
});
