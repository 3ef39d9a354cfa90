import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryIndex } from '../../main/core/history/history.index';
import { MemoryLogger } from '../../main/core/log';
import { chromiumLaunchOptions } from '../support/chromium';
import { writeHistory } from './history.fixture';
import { historyQueryBench } from './history.query.bench';
import { figure, round } from '../support/measure';
import { serveHost } from './served.host';

const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/** One history size: build it, index it cold and warm, query it, and open the history page on it. */
async function atSize(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-scale-'));
  try {
    let t = performance.now();
    writeHistory(dir, count);
    const generateS = (performance.now() - t) / 1000;
    t = performance.now();
    new HistoryIndex(dir, new MemoryLogger()).load(Date.now());
    const rebuildMs = performance.now() - t;
    t = performance.now();
    new HistoryIndex(dir, new MemoryLogger()).load(Date.now());
    const warmLoadMs = performance.now() - t;
    const query = await historyQueryBench(count, dir);

    // App start to first paint of the history page: the host starts on this folder, the page shows totals.
    t = performance.now();
    const host = await serveHost({ dataDir: dir });
    const listeningMs = performance.now() - t;
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(host.url);
      await page.goto(`${host.origin}/#/history`);
      await page.locator('.figures').waitFor({ timeout: 60_000 });
      const firstPaintMs = performance.now() - t;
      return {
        meetings: count,
        generatedInS: round(generateS, 1),
        journalsMb: round(dirBytes(join(dir, 'meetings')) / 2 ** 20, 1),
        indexMb: round(statSync(join(dir, 'index.json')).size / 2 ** 20, 1),
        indexRebuildMs: figure(rebuildMs, 'ms'),
        indexWarmLoadMs: figure(warmLoadMs, 'ms'),
        hostListeningMs: figure(listeningMs, 'ms'),
        startToHistoryPaintMs: figure(firstPaintMs, 'ms', count <= 10_000 ? { max: 3000 } : undefined),
        queryWorstMedianMs: query.worstMedianMs,
        queryAllMedianMs: query.perQuery.all!.medianMs,
      };
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How a figure grows from 10,000 to 100,000 meetings: ×10 is linear; far above it would be quadratic. */
function growth(a: number, b: number) {
  const x = b / Math.max(a, 1e-3);
  return figure(x, '×', { max: 20, text: '≤ ×20 for ×10 meetings (linear or better)' });
}

export async function scaleBench() {
  const small = await atSize(10_000);
  const large = await atSize(100_000);
  return {
    '10k': small,
    '100k': large,
    growthFor10xMeetings: {
      indexRebuild: growth(small.indexRebuildMs.value, large.indexRebuildMs.value),
      indexWarmLoad: growth(small.indexWarmLoadMs.value, large.indexWarmLoadMs.value),
      startToHistoryPaint: growth(small.startToHistoryPaintMs.value, large.startToHistoryPaintMs.value),
      queryWorstMedian: growth(small.queryWorstMedianMs.value, large.queryWorstMedianMs.value),
      disk: growth(small.journalsMb + small.indexMb, large.journalsMb + large.indexMb),
    },
  };
}
