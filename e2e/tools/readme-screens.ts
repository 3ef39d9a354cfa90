import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import type { HostCommandInput } from '../../shared/contract/contract';
import type { AnnotationCommand } from '../../shared/meeting/meeting.commands';
import { DEFAULT_NUDGE_RULES } from '../../shared/nudges/nudge.rules';
import { writeHistory } from '../bench/history.fixture';
import { playMeeting, writeJournal } from '../bench/meeting.script';
import { chromiumLaunchOptions } from '../support/chromium';
import { TestClient } from '../support/ws.client';

/** Renders the README's screenshots into assets/screenshots from the real built app. Run by hand after `npm run build`. */
const root = join(import.meta.dirname, '../..');
const out = join(root, 'assets/screenshots');
mkdirSync(out, { recursive: true });
const data = mkdtempSync(join(tmpdir(), 'tactful-shots-'));
// Two years of history with five clients, and last week's call with one of them played minute by minute.
writeHistory(data, 240);
const MIN = 60_000;
const lastWeek = meetingPlanSchema.parse({
  id: 'last-week',
  title: 'Weekly call',
  clientId: 'acme',
  capSec: 3600,
  chatAtEndSec: 300,
  items: [
    { id: 'a', title: 'Homepage redesign feedback', budgetSec: 900 },
    { id: 'b', title: 'Launch checklist', budgetSec: 1200 },
    { id: 'c', title: 'Invoice and next steps', budgetSec: 600 },
  ],
  rate: { hourlyRateMinor: 9000, currency: 'EUR' },
});
const played = playMeeting(
  lastWeek,
  Date.parse('2026-09-14T09:30:00Z'),
  [
    [0, { type: 'start' }],
    [4 * MIN, { type: 'toggleOffTopic' }],
    [9 * MIN, { type: 'nudgeActed', key: 'offTopic:0#2', action: 'copied' }],
    [30_000, { type: 'toggleOffTopic' }],
    [14 * MIN, { type: 'next' }],
    [17 * MIN, { type: 'next' }],
    [5 * MIN, { type: 'togglePause' }],
    [3 * MIN, { type: 'togglePause' }],
    [3 * MIN, { type: 'next' }],
    [7 * MIN, { type: 'end' }],
  ],
  DEFAULT_NUDGE_RULES,
);
writeJournal(data, lastWeek.id, played);
const proc = spawn(process.execPath, [join(root, 'out/main/serve.js'), '--port', '0', '--data', data]);
const url: string = await new Promise((r) =>
  createInterface({ input: proc.stdout! }).on(
    'line',
    (l) => l.startsWith('Tactful listening on ') && r(l.slice(21)),
  ),
);
const u = new URL(url);
const client = await TestClient.connect(`ws://${u.host}/ws`, { token: u.searchParams.get('token')! });
const call = (cmd: HostCommandInput) => client.ok(cmd);

await call({
  type: 'settings.update',
  patch: {
    uiLanguage: 'en',
    theme: 'light',
    nudgeRules: {
      offTopic: [2, 4, 6],
      itemOverrun: [0, 120],
      capNear: [600, 300],
      capPassed: [0, 300, 600],
      chatOverrun: [0],
      adhocLength: [],
    },
  },
});
await call({
  type: 'clients.save',
  client: { id: 'mara', name: 'Mara', hourlyRateMinor: 9000, currency: 'EUR', language: 'en' },
});
for (const [id, name, rate] of [
  ['acme', 'Northwind Studio', 9000],
  ['bistro', 'Bistro Verde', 7000],
  ['cobalt', 'Cobalt GmbH', 12000],
  ['dune', 'Dune & Sons', 8000],
  ['elm', 'Elm Street Dental', 6500],
] as const)
  await call({ type: 'clients.save', client: { id, name, hourlyRateMinor: rate, currency: 'EUR' } });
for (const command of [
  { type: 'addFollowUp', id: 'f1', text: 'Send the revised mock-ups by Friday' },
  { type: 'addFollowUp', id: 'f2', text: 'Confirm the launch date with marketing' },
  { type: 'updateFollowUp', id: 'f2', done: true },
  { type: 'editNotes', text: 'Wants fewer pages on the new site. Budget for phase 2 approved.' },
] satisfies AnnotationCommand[])
  await call({ type: 'meeting.annotate', meetingId: lastWeek.id, command });
await call({
  type: 'meeting.create',
  start: true,
  plan: {
    id: 'shots',
    title: 'Weekly call with Mara',
    clientId: 'mara',
    capSec: 3600,
    chatAtEndSec: 300,
    items: [
      { id: 'a', title: 'Homepage redesign feedback', budgetSec: 900 },
      { id: 'b', title: 'Launch checklist', budgetSec: 1200 },
      { id: 'c', title: 'Invoice and next steps', budgetSec: 300 },
    ],
  },
});

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 820 }, deviceScaleFactor: 2 });
const overlay = await browser.newPage({ viewport: { width: 388, height: 640 }, deviceScaleFactor: 2 });
const panel = (p: Page) => p.locator('.overlay__panel');
await overlay.goto(`${url}#/overlay`);
await overlay.getByTestId('main-counter').waitFor();
await overlay.waitForTimeout(3200);
await panel(overlay).screenshot({ path: join(out, 'overlay-running.png') });
await overlay.keyboard.press('o');
await overlay.getByTestId('nudge-card').waitFor();
await overlay.waitForTimeout(4300);
await panel(overlay).screenshot({ path: join(out, 'overlay-off-topic-nudge.png') });
await overlay.keyboard.press('o');
await call({ type: 'meeting.command', command: { type: 'addTime', itemId: 'a', sec: -895 } });
await overlay.waitForTimeout(3500);
await panel(overlay).screenshot({ path: join(out, 'overlay-overtime.png') });
await page.goto(url);
await page.getByTestId('main-counter').waitFor();
await page.screenshot({ path: join(out, 'dashboard-live.png') });
await call({ type: 'settings.update', patch: { theme: 'dark' } });
await overlay.waitForTimeout(500);
await panel(overlay).screenshot({ path: join(out, 'overlay-dark.png') });
await call({ type: 'settings.update', patch: { theme: 'light' } });
await call({ type: 'meeting.command', command: { type: 'end' } });
await call({ type: 'meeting.close' });
await page.goto(`${u.origin}/#/meeting`);
await page.getByRole('button', { name: 'Paste an agenda' }).click();
await page
  .getByLabel('Agenda text')
  .fill('- Homepage redesign feedback 15m\n- Launch checklist (20 min)\n- Invoice and next steps 5');
await page.getByRole('button', { name: 'Replace the agenda' }).click();
await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Mara' });
await page.getByLabel('Meeting length').fill('1h');
await page.screenshot({ path: join(out, 'dashboard-setup.png') });
await page.goto(`${u.origin}/#/report/${lastWeek.id}`);
await page.locator('.timeline__strip').waitFor();
await page.setViewportSize({ width: 1200, height: 1400 });
await page.screenshot({ path: join(out, 'report.png') });
await page.goto(`${u.origin}/#/history`);
await page.getByLabel('Client', { exact: true }).selectOption('acme');
await page.getByRole('heading', { name: 'Over time' }).waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: join(out, 'history.png') });
await browser.close();
await client.close();
proc.kill();
rmSync(data, { recursive: true, force: true });
