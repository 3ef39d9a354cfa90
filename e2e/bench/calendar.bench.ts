import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { localDate } from '../../shared/report/local.time';
import { openHost } from '../support/host.harness';
import { bigCalendar } from '../support/ics';
import { figure, median } from '../support/measure';
import { prng } from '../support/prng';
import { RADICALE_BIN, startRadicale } from '../support/radicale';
import { playMeeting, writeJournal, type ScriptStep } from './meeting.script';

const ROOT = join(import.meta.dirname, '../..');
const DAY = 86_400_000;
const MB = 1024 * 1024;
/** The built worker (what the app and `npm run serve` use), else its source. */
const WORKER = [
  join(ROOT, 'out/main/calendar.worker.js'),
  join(ROOT, 'main/core/calendar/calendar.worker.ts'),
].find(existsSync)!;

const temp = () => mkdtempSync(join(tmpdir(), 'tactful-bench-'));

/** A full collection before measuring, so the stalls counted are the sync's, not the bench's own garbage. */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * What a sync costs the host while a meeting runs: how late a 100 ms timer fires (the meeting's ticks and nudges
 * are timers too), the event loop's longest stall, the time the sync takes, and the memory it leaves behind.
 */
async function duringSync(run: () => Promise<unknown>) {
  gc();
  const late: number[] = [];
  let expected = performance.now() + 100;
  const timer = setInterval(() => {
    const now = performance.now();
    late.push(now - expected);
    expected = now + 100;
  }, 100);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const before = process.memoryUsage();
  loop.enable();
  const t = performance.now();
  await run();
  const ms = performance.now() - t;
  loop.disable();
  clearInterval(timer);
  gc();
  const after = process.memoryUsage();
  const sorted = [...late].sort((a, b) => a - b);
  return {
    syncMs: ms,
    timerLateP99Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
    loopMaxMs: loop.max / 1e6,
    heapGrowthMb: (after.heapUsed - before.heapUsed) / MB,
    rssGrowthMb: (after.rss - before.rss) / MB,
  };
}

async function icsImport(events: number) {
  const dir = temp();
  const { host } = openHost(dir, { calendarWorker: WORKER });
  try {
    await host.dispatch({
      type: 'meeting.create',
      plan: meetingPlanSchema.parse({
        id: 'run',
        title: 'Running',
        items: [{ id: 'a', title: 'A', budgetSec: 3600 }],
      }),
      start: true,
    });
    // The worker's first start (loading its code) is not the sync's.
    await host.dispatch({ type: 'calendar.import', name: 'warm.ics', content: bigCalendar(1, Date.now()) });
    const ics = bigCalendar(events, Date.now());
    let planned = 0;
    const m = await duringSync(async () => {
      const r = await host.dispatch({ type: 'calendar.import', name: 'busy.ics', content: ics });
      planned = r.sync.ok ? r.sync.planned : -1;
    });
    const resync = await duringSync(() => host.dispatch({ type: 'calendar.sync' }));
    return {
      events,
      bytes: ics.length,
      planned,
      importMs: figure(m.syncMs, 'ms', { max: 10_000 }),
      tickLateP99Ms: figure(m.timerLateP99Ms, 'ms', { max: 20 }),
      loopMaxMs: figure(m.loopMaxMs, 'ms', { max: 50 }),
      heapGrowthMb: figure(m.heapGrowthMb, 'MB', { max: 50 }),
      rssGrowthMb: figure(m.rssGrowthMb, 'MB'),
      resyncAllMs: figure(resync.syncMs, 'ms'),
      resyncLoopMaxMs: figure(resync.loopMaxMs, 'ms', { max: 50 }),
    };
  } finally {
    host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same calendar from a real CalDAV server (Radicale), which filters the window itself. */
async function caldav(events: number) {
  if (!existsSync(RADICALE_BIN)) return { skipped: `${RADICALE_BIN} is not installed` };
  const radicale = await startRadicale();
  const dir = temp();
  const { host } = openHost(dir, { calendarWorker: WORKER });
  try {
    await radicale.makeCalendar('busy', 'Busy');
    const t = performance.now();
    await radicale.putCollection('busy', bigCalendar(events, Date.now()));
    const uploadMs = performance.now() - t;
    let planned = 0;
    const m = await duringSync(async () => {
      const r = await host.dispatch({
        type: 'calendar.subscribe',
        source: {
          kind: 'caldav',
          serverUrl: radicale.url,
          username: radicale.user,
          password: radicale.password,
        },
      });
      planned = r.sync.ok ? r.sync.planned : -1;
    });
    return {
      events,
      planned,
      serverUploadMs: Math.round(uploadMs),
      syncMs: figure(m.syncMs, 'ms', { max: 60_000 }),
      tickLateP99Ms: figure(m.timerLateP99Ms, 'ms', { max: 20 }),
      // The server runs on the same two cores here, competing with the host for them.
      loopMaxMs: figure(m.loopMaxMs, 'ms', { max: 100 }),
      rssGrowthMb: figure(m.rssGrowthMb, 'MB'),
    };
  } finally {
    host.close();
    rmSync(dir, { recursive: true, force: true });
    await radicale.stop();
  }
}

/** A year of a busy freelancer's meetings (about ten a working day, six clients, a fifth unscheduled), to now. */
function writeYear(dataDir: string, perDay = 10): number {
  const rnd = prng(16);
  const clients = ['acme', 'bistro', 'cobalt', 'dune', 'elm', 'fjord'];
  const end = Date.now();
  let n = 0;
  for (let day = 365; day >= 0; day--) {
    const date = new Date(end - day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (let k = 0; k < perDay; k++) {
      const start = end - day * DAY - (10 - k) * 3_600_000;
      if (start > end - 3_600_000) continue;
      const plan = meetingPlanSchema.parse({
        id: `y${String(n++).padStart(6, '0')}`,
        title: rnd() < 0.2 ? 'Quick question' : 'Weekly call',
        clientId: clients[Math.floor(rnd() * clients.length)],
        kind: rnd() < 0.2 ? 'adhoc' : 'scheduled',
        items: [
          { id: 'a', title: 'Status', budgetSec: 900 },
          { id: 'b', title: 'Next steps', budgetSec: 600 },
        ],
        rate: { hourlyRateMinor: 6000, currency: 'EUR' },
      });
      const steps: ScriptStep[] = [
        [0, { type: 'start' }],
        [Math.floor(rnd() * 1_200_000), { type: 'toggleOffTopic' }],
        [Math.floor(rnd() * 300_000), { type: 'toggleOffTopic' }],
        [Math.floor(rnd() * 600_000), { type: 'next' }],
        [Math.floor(rnd() * 600_000), { type: 'end' }],
        [1000, { type: 'editNotes', text: 'Decision: keep the blue palette\nMore notes.' }],
        [1000, { type: 'addFollowUp', id: 'f1', text: 'Me: send the quote' }],
      ];
      writeJournal(dataDir, plan.id, playMeeting(plan, start, steps));
    }
  }
  return n;
}

/** The week's digest, a month's with the year before it, and the status note, over a year of history. */
async function digestYear() {
  const dir = temp();
  const meetings = writeYear(dir);
  const { host } = openHost(dir);
  try {
    const timeZone = 'Europe/Rome';
    // The client of the latest meeting: this week has meetings with them.
    const [latest] = (await host.dispatch({ type: 'history.query', timeZone, pageSize: 1 })).meetings;
    const clientId = latest!.clientId!;
    await host.dispatch({ type: 'clients.save', client: { id: clientId, name: 'Acme', language: 'it' } });
    const date = localDate(latest!.startedAt!, timeZone);
    const queries: Record<string, object> = {
      week: { type: 'week.digest', clientId, period: 'week', date, timeZone, previous: 12 },
      monthOverYear: { type: 'week.digest', clientId, period: 'month', date, timeZone, previous: 12 },
      allClients: { type: 'week.digest', clientId: null, period: 'week', date, timeZone, previous: 12 },
      note: { type: 'week.note', clientId, period: 'week', date, timeZone },
    };
    const perQuery: Record<string, { medianMs: number; maxMs: number }> = {};
    let worst = 0;
    let id = 0;
    for (const [name, cmd] of Object.entries(queries)) {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        const reply = await host.handle({ id: `d${id++}`, cmd });
        JSON.stringify(reply);
        times.push(performance.now() - t);
        if (reply.type !== 'reply' || !reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
      }
      perQuery[name] = { medianMs: +median(times).toFixed(2), maxMs: +Math.max(...times).toFixed(2) };
      worst = Math.max(worst, median(times));
    }
    return { meetings, worstMedianMs: figure(worst, 'ms', { max: 100 }), perQuery };
  } finally {
    host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function calendarBench(quick = false) {
  const events = quick ? 2000 : 10_000;
  return {
    icsImport: await icsImport(events),
    caldav: await caldav(events),
    digestYear: await digestYear(),
  };
}
