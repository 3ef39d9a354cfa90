import { chromium, type CDPSession } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { figure, median, percentile } from '../support/measure';
import { hostilePages } from './hostile.pages';
import { serveHost } from './served.host';

/** ontime v4.11's /timer view, measured on our machine kind (see the issue): the figures to beat. */
const ONTIME = {
  flipP95: 'ontime 35 ms (4–37 ms)',
  skipped: 'ontime 0',
  taskMsPerS: 'ontime 219 ms/s with its progress bar (15.5 ms/s with it hidden)',
  layoutsPerS: 'ontime 60 layouts/s',
  framesPerS: 'ontime 2 frames/s',
  heapMb: 'ontime 10–15 MB',
};

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** "9:58" → 598; "+0:03" → -3 (overtime counts the other way). */
function shownSeconds(text: string): number {
  const over = text.startsWith('+');
  const parts = text.replace('+', '').split(':').map(Number);
  const s = parts.reduce((a, p) => a * 60 + p, 0);
  return over ? -s : s;
}

/**
 * The overlay in real Chromium against the real host, progress bar visible: when the countdown flips against the
 * host's true second boundaries, how much main-thread work and layout it costs, how many messages arrive, and
 * whether the heap stays flat.
 */
export async function overlayProbe(
  opts: { seconds?: number; heapMinutes?: number; css?: string; hostilePages?: number } = {},
) {
  const seconds = opts.seconds ?? 60;
  const heapMinutes = opts.heapMinutes ?? 10;
  const host = await serveHost();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await host.call({
      type: 'meeting.create',
      plan: {
        id: 'probe',
        title: 'Probe',
        capSec: 4 * 3600,
        items: [{ id: 'a', title: 'A long item', budgetSec: 3 * 3600 }],
      },
    });
    await host.call({ type: 'meeting.command', command: { type: 'start' } });
    const context = await browser.newContext({
      viewport: { width: 380, height: 640 },
      bypassCSP: !!opts.css,
    });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/overlay`);
    await page.getByTestId('main-counter').waitFor();
    await page.locator('.progress__fill--running').first().waitFor();
    if (opts.css) await page.addStyleTag({ content: opts.css });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    // CDP's own receive times (monotonic seconds): the rate is taken between the first and last frame of the
    // window, so a window of 60.1 s that happens to hold 61 one-per-second pushes does not read as 1.017/s.
    const frameTimes: number[] = [];
    cdp.on('Network.webSocketFrameReceived', (e) => frameTimes.push(e.timestamp));
    await page.evaluate(() => {
      const w = window as unknown as { __flips: { t: number; text: string }[]; __observer: MutationObserver };
      w.__flips = [];
      const el = document.querySelector('[data-testid="main-counter"]')!;
      w.__observer = new MutationObserver(() => {
        const text = el.textContent ?? '';
        if (w.__flips.at(-1)?.text !== text)
          w.__flips.push({ t: performance.timeOrigin + performance.now(), text });
      });
      w.__observer.observe(el, { subtree: true, childList: true, characterData: true });
    });
    // Hostile pages on another port, in the same browser, hammering the host while the flips are measured.
    const hostile = opts.hostilePages
      ? await hostilePages(browser, Number(new URL(host.origin).port), opts.hostilePages)
      : null;
    await page.waitForTimeout(2000);
    const ticksBefore = host.snapshots().length;
    const before = await metrics(cdp);
    const framesBefore = frameTimes.length;
    await page.waitForTimeout(seconds * 1000);
    const after = await metrics(cdp);
    // The host's side: how long after each true second boundary its tick pushed the snapshot (its own clock).
    const tickLateness = host
      .snapshots()
      .slice(ticksBefore)
      // Timers may fire a millisecond early: a push at …999 is -1 ms, not 999.
      .map((snap) => (snap.at % 1000 > 500 ? (snap.at % 1000) - 1000 : snap.at % 1000));
    const hostileRequests = hostile ? await hostile.stop() : 0;
    const during = frameTimes.slice(framesBefore);
    if (during.length < 2) throw new Error(`only ${during.length} WebSocket frames arrived in ${seconds} s`);
    const gaps = during.slice(1).map((t, i) => (t - during[i]!) * 1000);
    const flipAt = host.snapshot()?.flipAt ?? null;
    if (flipAt === null) throw new Error('the host reported no flip moment for a running meeting');
    // Taken out of the page with the observer stopped, so the probe's own records do not count in the heap below.
    const flips = await page.evaluate(() => {
      const w = window as unknown as {
        __flips?: { t: number; text: string }[];
        __observer?: MutationObserver;
      };
      const taken = w.__flips ?? [];
      w.__observer?.disconnect();
      delete w.__flips;
      delete w.__observer;
      return taken;
    });
    const delays = flips.map((f) => f.t - (flipAt + Math.round((f.t - flipAt) / 1000) * 1000));
    let skipped = 0;
    let doubled = 0;
    for (let i = 1; i < flips.length; i++) {
      const step = shownSeconds(flips[i - 1]!.text) - shownSeconds(flips[i]!.text);
      if (step > 1) skipped += step - 1;
      if (step < 1) doubled++;
    }
    // Heap: after a forced GC, every 30 s.
    const heap: number[] = [];
    // heapMinutes 0: one sample, for runs that measure only the flips.
    const samples = heapMinutes === 0 ? 1 : Math.max(2, Math.round((heapMinutes * 60) / 30) + 1);
    for (let i = 0; i < samples; i++) {
      if (i > 0) await page.waitForTimeout(30_000);
      await cdp.send('HeapProfiler.collectGarbage');
      heap.push((await metrics(cdp)).JSHeapUsedSize! / 2 ** 20);
    }
    const perS = (k: string) => (after[k]! - before[k]!) / seconds;
    return {
      seconds,
      ...(opts.hostilePages ? { hostilePages: opts.hostilePages, hostileRequests } : {}),
      flips: flips.length,
      hostTickLatenessP95Ms: figure(percentile(tickLateness, 95), 'ms'),
      flipDelayP95Ms: figure(percentile(delays, 95), 'ms', { max: 20 }, ONTIME.flipP95),
      flipDelayMedianMs: figure(median(delays), 'ms'),
      flipDelayRangeMs: [Math.min(...delays), Math.max(...delays)].map((x) => Math.round(x * 10) / 10),
      skippedSeconds: figure(skipped, 'count', { max: 0 }, ONTIME.skipped),
      doubledSeconds: figure(doubled, 'count', { max: 0 }, ONTIME.skipped),
      mainThreadMsPerS: figure(perS('TaskDuration') * 1000, 'ms/s', { max: 5 }, ONTIME.taskMsPerS),
      scriptMsPerS: figure(perS('ScriptDuration') * 1000, 'ms/s'),
      layoutsPerS: figure(perS('LayoutCount'), 'layouts/s', { max: 2 }, ONTIME.layoutsPerS),
      // Two decimals: a few ms of timer jitter over the window moves the rate by ±0.0001.
      messagesPerS: figure(
        Math.round(((during.length - 1) / (during.at(-1)! - during[0]!)) * 100) / 100,
        'frames/s',
        { max: 1 },
        ONTIME.framesPerS,
      ),
      messages: during.length,
      shortestGapBetweenMessagesMs: figure(Math.min(...gaps), 'ms'),
      jsHeapMaxMb: figure(Math.max(...heap), 'MB', { max: 15 }, ONTIME.heapMb),
      jsHeapGrowthMb: figure(heap.at(-1)! - heap[0]!, 'MB', {
        max: 1,
        text: `≤ 1 MB over ${heapMinutes} min (flat)`,
      }),
      jsHeapMbEvery30s: heap.map((h) => Math.round(h * 100) / 100),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
