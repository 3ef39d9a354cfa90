import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHost } from '../../../e2e/support/host.harness';
import { bigCalendar, vcalendar, type IcsEvent } from '../../../e2e/support/ics';
import { radicaleMissingFor, startRadicale, type Radicale } from '../../../e2e/support/radicale';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import type { HostError } from '../host.error';

const missing = radicaleMissingFor('the CalDAV host tests');
const WORKER = join(import.meta.dirname, '../calendar/calendar.worker.ts');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** A quarter past the hour, two days from now: clear of midnight and of "now". */
const base = Math.floor(Date.now() / HOUR) * HOUR + 2 * DAY + 15 * MIN;

const giulia = { email: 'giulia@studiorossi.it', name: 'Giulia Rossi' };
const me = { email: 'alice@tactful.test', name: 'Alice' };

function events(): IcsEvent[] {
  return [
    {
      uid: 'weekly@tactful.test',
      title: 'Weekly sync',
      start: base,
      minutes: 45,
      rrule: 'FREQ=WEEKLY;COUNT=8',
      organizer: giulia,
      attendees: [{ ...me }],
      description: 'Agenda:\n- Progress 15m\n- Open questions 10m\n- Next steps',
    },
    { uid: 'budget@tactful.test', title: 'Budget review with Acme', start: base + 3 * HOUR, minutes: 60 },
    { uid: 'holiday@tactful.test', title: 'Holiday', start: base + DAY, minutes: 0, allDay: true },
    { uid: 'gone@tactful.test', title: 'Lunch', start: base + 5 * HOUR, minutes: 60, status: 'CANCELLED' },
    {
      uid: 'declined@tactful.test',
      title: 'Offsite',
      start: base + 2 * DAY,
      minutes: 120,
      organizer: { email: 'lead@agency.example' },
      attendees: [{ ...me, partstat: 'DECLINED' }],
    },
    { uid: 'far@tactful.test', title: 'Far away', start: base + 40 * DAY, minutes: 30 },
  ];
}

async function putAll(r: Radicale, calendar: string, list: IcsEvent[]) {
  for (const e of list) await r.put(calendar, e.uid.split('@')[0]!, vcalendar([e]));
}

describe.skipIf(!!missing)('calendars from a real CalDAV server (Radicale)', () => {
  let radicale: Radicale;
  let tmp: ReturnType<typeof tempDataDir>;
  let opened: ReturnType<typeof openHost>;

  beforeAll(async () => {
    radicale = await startRadicale();
    await radicale.makeCalendar('work', 'Work');
    await putAll(radicale, 'work', events());
  });
  afterAll(() => radicale?.stop());
  beforeEach(() => {
    tmp = tempDataDir();
    opened = openHost(tmp.dir, { calendarWorker: WORKER });
  });
  afterEach(() => {
    opened.host.close();
    tmp.cleanup();
  });

  const subscribe = (password = radicale.password) =>
    opened.host.dispatch({
      type: 'calendar.subscribe',
      source: { kind: 'caldav', serverUrl: radicale.url, username: radicale.user, password, email: me.email },
    });

  it('subscribes, and plans the next days’ meetings: agenda, length, client; all-day, cancelled and declined left out', async () => {
    await opened.host.dispatch({
      type: 'clients.save',
      client: { id: 'rossi', name: 'Studio Rossi', hourlyRateMinor: 6000, currency: 'EUR', language: 'it' },
    });
    await opened.host.dispatch({ type: 'clients.save', client: { id: 'acme', name: 'Acme' } });
    const { sync } = await subscribe();
    expect(sync).toMatchObject({ ok: true, skipped: { allDay: 1, cancelled: 1, declined: 1 } });
    const { meetings, standingCalls } = await opened.host.dispatch({ type: 'calendar.upcoming' });
    expect(meetings.map((m) => [m.title, m.start - base])).toEqual([
      ['Weekly sync', 0],
      ['Budget review with Acme', 3 * HOUR],
      ['Weekly sync', 7 * DAY],
    ]);
    const [weekly, budget] = meetings;
    expect(weekly).toMatchObject({ clientId: 'rossi', match: 'domain', capSec: 2700, recurring: true });
    expect(weekly!.items.map((i) => [i.title, i.budgetSec])).toEqual([
      ['Progress', 900],
      ['Open questions', 600],
      ['Next steps', 1200],
    ]);
    expect(budget).toMatchObject({ clientId: 'acme', match: 'title', capSec: 3600 });
    expect(standingCalls).toEqual([
      expect.objectContaining({ title: 'Weekly sync', clientId: 'rossi', saved: false }),
    ]);
    const { template } = await opened.host.dispatch({
      type: 'calendar.template',
      uid: 'weekly@tactful.test',
    });
    expect(template).toMatchObject({ name: 'Weekly sync', capSec: 2700 });
    expect(opened.host.info().templates.map((t) => t.name)).toContain('Weekly sync');
  });

  it('moves a moved event’s meeting, and keeps what the user changed', async () => {
    await radicale.makeCalendar('moving', 'Moving');
    const event: IcsEvent = { uid: 'move@tactful.test', title: 'Kick-off', start: base, minutes: 30 };
    await radicale.put('moving', 'move', vcalendar([event]));
    const { sourceId } = await opened.host.dispatch({
      type: 'calendar.subscribe',
      source: {
        kind: 'caldav',
        serverUrl: radicale.calendarUrl('moving'),
        username: radicale.user,
        password: radicale.password,
      },
    });
    const key = `${sourceId}/move@tactful.test`;
    const items = [{ id: 'a', title: 'Scope', budgetSec: 600 }];
    await opened.host.dispatch({
      type: 'calendar.edit',
      key,
      edits: { title: 'Kick-off (prepared)', items },
    });
    await radicale.put(
      'moving',
      'move',
      vcalendar([{ ...event, start: base + DAY, minutes: 50, title: 'Kick-off!', sequence: 1 }]),
    );
    await opened.host.dispatch({ type: 'calendar.sync', sourceId });
    const moved = (await opened.host.dispatch({ type: 'calendar.upcoming' })).meetings.find(
      (m) => m.key === key,
    )!;
    expect(moved).toMatchObject({
      start: base + DAY,
      capSec: 3000,
      title: 'Kick-off (prepared)',
      items: [expect.objectContaining({ title: 'Scope' })],
      edited: ['title', 'items'],
    });
    // Forgetting an edit goes back to what the calendar says.
    const { meeting } = await opened.host.dispatch({ type: 'calendar.edit', key, forget: ['title'] });
    expect(meeting.title).toBe('Kick-off!');
  });

  it('remembers a corrected client for the event’s people', async () => {
    await opened.host.dispatch({ type: 'clients.save', client: { id: 'giulia', name: 'Giulia' } });
    await opened.host.dispatch({ type: 'clients.save', client: { id: 'rossi', name: 'Studio Rossi' } });
    const { sourceId } = await subscribe();
    const first = (await opened.host.dispatch({ type: 'calendar.upcoming' })).meetings[0]!;
    expect(first).toMatchObject({ clientId: 'giulia', match: 'name' });
    await opened.host.dispatch({ type: 'calendar.match', key: first.key, clientId: 'rossi' });
    // The same series, next week: the correction holds for it too, and survives a sync.
    await opened.host.dispatch({ type: 'calendar.sync', sourceId });
    const after = (await opened.host.dispatch({ type: 'calendar.upcoming' })).meetings;
    expect(after.filter((m) => m.title === 'Weekly sync').map((m) => [m.clientId, m.match])).toEqual([
      ['rossi', 'confirmed'],
      ['rossi', 'confirmed'],
    ]);
  });

  it('refuses wrong credentials and an unreachable server with the reason, keeping nothing', async () => {
    await expect(subscribe('wrong')).rejects.toMatchObject({
      error: { key: 'calendarAuthFailed', params: { host: `127.0.0.1:${radicale.port}` } },
    });
    await expect(
      opened.host.dispatch({
        type: 'calendar.subscribe',
        source: { kind: 'caldav', serverUrl: 'http://127.0.0.1:9/', username: 'a', password: 'b' },
      }),
    ).rejects.toMatchObject({ error: { key: 'calendarUnreachable' } });
    await expect(
      opened.host.dispatch({
        type: 'calendar.subscribe',
        source: { kind: 'icsUrl', url: `${radicale.url}nothing.ics` },
      }),
    ).rejects.toMatchObject({ error: { key: 'calendarAuthFailed' } });
    expect(opened.host.info().calendar.sources).toEqual([]);
    const secrets = join(tmp.dir, 'secrets.json');
    expect(existsSync(secrets) && readFileSync(secrets, 'utf8').includes('wrong')).toBe(false);
  });

  it('keeps what was synced before when a later sync fails, and says why', async () => {
    const other = await startRadicale('bob', 'hunter2');
    await other.makeCalendar('cal');
    await other.put(
      'cal',
      'x',
      vcalendar([{ uid: 'x@tactful.test', title: 'Review', start: base, minutes: 30 }]),
    );
    const { sourceId } = await opened.host.dispatch({
      type: 'calendar.subscribe',
      source: { kind: 'caldav', serverUrl: other.url, username: 'bob', password: 'hunter2' },
    });
    await other.stop();
    const { results } = await opened.host.dispatch({ type: 'calendar.sync', sourceId });
    expect(results[0]).toMatchObject({ ok: false, error: { key: 'calendarUnreachable' } });
    expect((await opened.host.dispatch({ type: 'calendar.upcoming' })).meetings.map((m) => m.title)).toEqual([
      'Review',
    ]);
    const view = opened.host.info().calendar.sources[0]!;
    expect(view.lastSync).toMatchObject({ ok: false });
    expect(view.lastGood).not.toBeNull();
  });

  it('never lets the password out: not in logs, info, settings, the calendar file or exports', async () => {
    await subscribe();
    await opened.host.dispatch({ type: 'calendar.sync' });
    const secret = radicale.password;
    expect(opened.log.lines.map((l) => l.message).join('\n')).not.toContain(secret);
    expect(JSON.stringify(opened.host.info())).not.toContain(secret);
    expect(JSON.stringify(opened.host.snapshot())).not.toContain(secret);
    const files = readdirSync(tmp.dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    for (const f of files) {
      const path = join(f.parentPath, f.name);
      if (f.name === 'secrets.json') {
        expect(statSync(path).mode & 0o777).toBe(0o600);
        continue;
      }
      expect(readFileSync(path, 'utf8'), path).not.toContain(secret);
    }
  });

  it('tells unscheduled calls from planned ones, and links a planned one to its event', async () => {
    await opened.host.dispatch({ type: 'clients.save', client: { id: 'rossi', name: 'Studio Rossi' } });
    await radicale.makeCalendar('now', 'Now');
    // An event under way right now with Studio Rossi.
    await radicale.put(
      'now',
      'live',
      vcalendar([
        {
          uid: 'live@tactful.test',
          title: 'Design review',
          start: Date.now() - 5 * MIN,
          minutes: 60,
          organizer: giulia,
        },
      ]),
    );
    await opened.host.dispatch({
      type: 'calendar.subscribe',
      source: {
        kind: 'caldav',
        serverUrl: radicale.calendarUrl('now'),
        username: radicale.user,
        password: radicale.password,
      },
    });
    expect(await opened.host.dispatch({ type: 'calendar.kind', clientId: 'rossi' })).toMatchObject({
      kind: 'scheduled',
      meeting: { title: 'Design review' },
    });
    const plan = (id: string, clientId: string | null) => ({
      id,
      title: 'Call',
      clientId,
      items: [{ id: 'a', title: 'Talk', budgetSec: 600 }],
    });
    await opened.host.dispatch({
      type: 'meeting.create',
      plan: plan('m1', 'rossi'),
      start: true,
      decideKind: true,
    });
    expect(opened.host.meeting.state?.plan.kind).toBe('scheduled');
    const live = (await opened.host.dispatch({ type: 'calendar.upcoming' })).meetings.find(
      (m) => m.title === 'Design review',
    );
    expect(live?.meetingId).toBe('m1');
    await opened.host.dispatch({ type: 'meeting.command', command: { type: 'end' } });
    await opened.host.dispatch({ type: 'meeting.close' });
    await opened.host.dispatch({ type: 'clients.save', client: { id: 'acme', name: 'Acme' } });
    // Another client during Rossi's event: nothing planned covers that call.
    await opened.host.dispatch({
      type: 'meeting.create',
      plan: plan('m2', 'acme'),
      start: true,
      decideKind: true,
    });
    expect(opened.host.meeting.state?.plan.kind).toBe('adhoc');
  });
});

describe('an .ics address (a calendar’s secret link)', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());

  it('is fetched and read like an export, and its secret path is kept like a password', async () => {
    const google = readFileSync(
      join(import.meta.dirname, '../../../shared/calendar/__tests__/fixtures/google.ics'),
    );
    const server = createServer((req, res) => {
      if (req.url !== '/calendar/ical/s3cr3t-token/basic.ics') return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(google);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const { host, log } = openHost(tmp.dir);
    // webcal:// is https:// by another name; this test server speaks plain http, so that one is unreachable.
    await expect(
      host.dispatch({
        type: 'calendar.subscribe',
        source: { kind: 'icsUrl', url: `webcal://127.0.0.1:${port}/calendar/ical/s3cr3t-token/basic.ics` },
      }),
    ).rejects.toMatchObject({ error: { key: 'calendarUnreachable' } });
    try {
      await host.dispatch({
        type: 'calendar.subscribe',
        source: { kind: 'icsUrl', url: `http://127.0.0.1:${port}/calendar/ical/s3cr3t-token/basic.ics` },
      });
      const { meetings } = await host.dispatch({ type: 'calendar.upcoming' });
      // The weekly call goes on every Tuesday at 10:00 in Rome, whatever today is.
      const weekly = meetings.filter((m) => m.title.startsWith('Studio Rossi weekly'));
      expect(weekly.length).toBeGreaterThanOrEqual(1);
      for (const m of weekly) {
        const rome = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Rome',
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
        });
        expect(rome.format(m.start)).toBe('Tue 10:00');
      }
      const [source] = host.info().calendar.sources;
      expect(source).toMatchObject({ kind: 'icsUrl', location: `http://127.0.0.1:${port}/…` });
      expect(JSON.stringify(host.info())).not.toContain('s3cr3t');
      expect(log.lines.map((l) => l.message).join('\n')).not.toContain('s3cr3t');
      expect(readFileSync(join(tmp.dir, 'calendar', 'calendar.json'), 'utf8')).not.toContain('s3cr3t');
      // A server that no longer knows the address: the reason, and the meetings from before stay.
      server.removeAllListeners('request');
      server.on('request', (_req, res) => res.writeHead(404).end());
      const { results } = await host.dispatch({ type: 'calendar.sync' });
      expect(results[0]).toMatchObject({ ok: false, error: { key: 'calendarNotFound' } });
      expect((await host.dispatch({ type: 'calendar.upcoming' })).meetings.length).toBe(meetings.length);
    } finally {
      host.close();
      server.close();
    }
  });
});

describe('a 10,000-event calendar', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  beforeEach(() => (tmp = tempDataDir()));
  afterEach(() => tmp.cleanup());

  it('is imported off the event loop: a running meeting’s ticks are not held up', async () => {
    const { host } = openHost(tmp.dir, { calendarWorker: WORKER });
    try {
      await host.dispatch({
        type: 'meeting.create',
        plan: { id: 'run', title: 'Running', items: [{ id: 'a', title: 'A', budgetSec: 600 }] },
        start: true,
      });
      const ics = bigCalendar(10_000, Date.now());
      // Warm the worker up (its first start loads ical.js and tsx), so the figure is the sync's own.
      await host.dispatch({ type: 'calendar.import', name: 'warm.ics', content: vcalendar([]) });
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const t = performance.now();
      const { sync } = await host.dispatch({ type: 'calendar.import', name: 'busy.ics', content: ics });
      const ms = performance.now() - t;
      delay.disable();
      expect(sync).toMatchObject({ ok: true, events: 10_000 });
      // A tick is due every second; the loop never stalls for anything like that.
      expect(delay.max / 1e6, `sync took ${Math.round(ms)} ms`).toBeLessThan(250);
      expect(host.meeting.state?.status).toBe('running');
    } finally {
      host.close();
    }
  });

  it('refuses a broken file with the reason and keeps the calendars it had', async () => {
    const { host } = openHost(tmp.dir);
    try {
      await host.dispatch({
        type: 'calendar.import',
        name: 'ok.ics',
        content: vcalendar([{ uid: 'a', title: 'Kept', start: base, minutes: 30 }]),
      });
      const refused = await host
        .dispatch({
          type: 'calendar.import',
          name: 'bad.ics',
          content: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:x\r\n',
        })
        .catch((e: HostError) => e.error);
      expect(refused).toMatchObject({ key: 'icsMalformed' });
      expect(host.info().calendar.sources.map((s) => s.name)).toEqual(['ok']);
      expect((await host.dispatch({ type: 'calendar.upcoming' })).meetings.map((m) => m.title)).toEqual([
        'Kept',
      ]);
    } finally {
      host.close();
    }
  });
});
