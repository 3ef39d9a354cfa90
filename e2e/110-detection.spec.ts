import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { xMissingFor } from './support/xvfb';
import { FAST_RULES, hostApi } from './support/api';
import { expect } from './support/host.fixture';
import { xHostTest } from './support/x.host.fixture';
import { overflowing } from './support/overflow';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';
const missing = xMissingFor('the meeting-app detection spec');

const test = xHostTest;

test.skip(!!missing, missing ?? '');

test('a Zoom call is noticed, timed with one key, the line typed into its chat, and its end offered', async ({
  page,
  host,
  context,
  xserver,
}) => {
  const api = await hostApi(host);
  const detection = (await api.ok({ type: 'settings.update', patch: {} })).settings.detection;
  await api.ok({
    type: 'settings.update',
    patch: { nudgeRules: FAST_RULES, detection: { ...detection, send: true } },
  });
  await api.ok({ type: 'clients.save', client: { id: 'giulia', name: 'Giulia Rossi', language: 'en' } });

  const overlay = await context.newPage();
  await overlay.setViewportSize({ width: 380, height: 640 });
  // The printed link (with its token) sets the cookie the overlay's connection then uses.
  await openApp(page, host.url);
  await overlay.goto(`${host.origin}/#/overlay`);
  await expect(overlay.getByText('No meeting is open.')).toBeVisible();

  // The call starts: a Zoom window whose chat box pastes on Ctrl+V, as chat boxes do.
  const chat = join(host.dataDir, 'chat.txt');
  await xserver.window('Zoom Meeting - Giulia Rossi', `cat > ${chat}`, [
    '-xrm',
    'XTerm*VT100.translations: #override Ctrl<Key>v: insert-selection(CLIPBOARD)',
  ]);
  const prompt = overlay.getByTestId('call-prompt');
  await expect(prompt).toContainText('A Zoom call with Giulia Rossi has started. Time it?', {
    timeout: 3000,
  });
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/detected-call.png` });
  await overlay.keyboard.press('s');
  await expect(overlay.getByTestId('main-counter')).toBeVisible();
  await expect(prompt).toHaveCount(0);

  // Off-topic, a line appears, and T puts it into the Zoom chat.
  await overlay.keyboard.press('o');
  const line = overlay.getByTestId('nudge-line');
  await expect(line).toBeVisible({ timeout: 5000 });
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/type-into-chat.png` });
  const text = (await line.textContent())!;
  await overlay.getByRole('button', { name: 'Type into Zoom' }).click();
  await expect(overlay.getByText('Sent in the Zoom chat')).toBeVisible();
  expect(readFileSync(chat, 'utf8')).toBe(`${text}\n`);

  // The call window closes: Tactful asks, and does nothing until answered.
  xserver.closeWindows();
  await expect(prompt).toContainText('The Zoom call window has closed. End the meeting?', { timeout: 3000 });
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/call-ended.png` });
  await prompt.getByRole('button', { name: /End meeting/ }).click();
  await expect(overlay.getByText('The meeting has ended.')).toBeVisible();

  // History keeps the app's name, never the window title.
  const [m] = (await api.ok({ type: 'history.query', timeZone: 'UTC' })).meetings;
  expect(m).toMatchObject({
    app: 'Zoom',
    title: 'Zoom call with Giulia Rossi',
    clientId: 'giulia',
    kind: 'adhoc',
  });
  const journal = readFileSync(join(host.dataDir, 'meetings', `${m!.id}.jsonl`), 'utf8');
  expect(journal).not.toContain('Zoom Meeting - Giulia Rossi');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('apps')).toHaveText('AppsZoom 1');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('detector-status')).toHaveText('Watching for calls');
  await page.getByRole('heading', { name: 'Meeting apps' }).scrollIntoViewIfNeeded();
  await page
    .locator('section[aria-labelledby="detection-heading"]')
    .screenshot({ path: `${SHOTS}/settings-detection.png` });

  // A longer language and the dark theme: the question still fits the narrow overlay.
  await api.ok({ type: 'settings.update', patch: { uiLanguage: 'ru', theme: 'dark' } });
  await xserver.window('Zoom Meeting - Giulia Rossi');
  await expect(prompt).toContainText('Giulia Rossi', { timeout: 3000 });
  expect(await overflowing(overlay)).toEqual([]);
  await overlay.locator('.overlay__panel').screenshot({ path: `${SHOTS}/detected-call-ru-dark.png` });
  rmSync(chat, { force: true });
  await api.close();
});
