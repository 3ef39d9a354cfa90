import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { chromiumLaunchOptions } from '/work/main/e2e/support/chromium';

const [theme = 'light', lang = 'en'] = process.argv.slice(2);
const data = mkdtempSync('/tmp/look-');
const proc = spawn('node', ['/work/main/out/main/serve.js', '--port', '0', '--data', data]);
const url: string = await new Promise((r) => createInterface({ input: proc.stdout! }).on('line', (l) => l.startsWith('Tactful listening on ') && r(l.slice(21))));
const u = new URL(url);
const ws = new WebSocket(`ws://${u.host}/ws?token=${u.searchParams.get('token')}`);
await new Promise((r) => ws.once('open', r));
let n = 0;
const call = (cmd: object) =>
  new Promise((resolve) => {
    const id = `x${n++}`;
    const on = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d));
      if (m.id === id) {
        ws.off('message', on);
        if (!m.ok) console.log('refused', JSON.stringify(m.error));
        resolve(m);
      }
    };
    ws.on('message', on);
    ws.send(JSON.stringify({ id, cmd }));
  });
await call({ type: 'settings.update', patch: { uiLanguage: lang, theme, nudgeRules: { offTopic: [2, 4, 6], itemOverrun: [0, 60], capNear: [600, 300], capPassed: [0, 300, 600], chatOverrun: [0], adhocLength: [] } } });
await call({ type: 'clients.save', client: { id: 'c1', name: 'Giulia Rossi', hourlyRateMinor: 9000, currency: 'EUR', language: lang === 'en' ? 'it' : lang, address: 'formal' } });
await call({ type: 'session.create', plan: { id: 'm1', title: lang === 'ru' ? 'Еженедельный созвон по проекту редизайна' : 'Weekly call with Giulia — website redesign', clientId: 'c1', capSec: 3600, chatAtEndSec: 300, items: [
  { id: 'a', title: lang === 'ru' ? 'Обзор бюджета и сроков на третий квартал' : 'Budget review and the Q3 timeline', budgetSec: 900 },
  { id: 'b', title: 'Launch plan', budgetSec: 1200 },
  { id: 'c', title: 'Next steps', budgetSec: 300 }] } });
await call({ type: 'session.command', command: { type: 'start' } });

const browser = await chromium.launch(chromiumLaunchOptions());
const shot = async (name: string, page: import('@playwright/test').Page) => page.screenshot({ path: `/work/main/e2e/.artifacts/look/${name}-${theme}-${lang}.png` });
const overlay = await browser.newPage({ viewport: { width: 400, height: 380 } });
overlay.on('pageerror', (e) => console.log('pageerror:', e.message));
await overlay.goto(url + '#/overlay');
await overlay.waitForSelector('[data-testid="main-counter"]');
await overlay.waitForTimeout(2500);
await shot('overlay-running', overlay);
await overlay.keyboard.press('o');
await overlay.waitForSelector('[data-testid="nudge-card"]', { timeout: 5000 });
await overlay.waitForTimeout(4500);
await shot('overlay-offtopic-nudge', overlay);
await overlay.keyboard.press('x');
await overlay.setViewportSize({ width: 400, height: 640 });
await overlay.waitForTimeout(300);
await shot('overlay-expanded', overlay);
await overlay.keyboard.press('x');
await overlay.setViewportSize({ width: 400, height: 380 });
await overlay.keyboard.press('o');
await call({ type: 'session.command', command: { type: 'addTime', itemId: 'a', sec: -898 } });
await overlay.waitForTimeout(2500);
await shot('overlay-overtime', overlay);
const dash = await browser.newPage({ viewport: { width: 1200, height: 860 } });
await dash.goto(url);
await dash.waitForSelector('[data-testid="main-counter"]');
await dash.waitForTimeout(500);
await dash.screenshot({ path: `/work/main/e2e/.artifacts/look/dash-live-${theme}-${lang}.png`, fullPage: true });
for (const section of ['clients', 'phrases', 'settings']) {
  await dash.goto(url.split('?')[0] + `#/${section}`);
  await dash.waitForTimeout(500);
  await dash.screenshot({ path: `/work/main/e2e/.artifacts/look/dash-${section}-${theme}-${lang}.png`, fullPage: true });
}
await browser.close();
ws.close();
proc.kill();
