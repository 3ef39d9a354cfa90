import Papa from 'papaparse';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostClock } from '../clock/host.clock';
import { FakeTime } from '../../../e2e/support/fake.time';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';

const MIN = 60_000;
// Monday 2026-11-16 09:00 in Rome.
const T = Date.UTC(2026, 10, 16, 8, 0, 0);

describe('history, reports and exports over the contract', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let c: TestClient;

  beforeEach(async () => {
    tmp = tempDataDir();
    time = new FakeTime(T);
    // A fake clock for meeting times; the sockets run on real timers.
    srv = await startServer(tmp.dir, {}, { clock: new HostClock(time) });
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
    await c.ok({
      type: 'clients.save',
      client: { id: 'acme', name: 'Acme', hourlyRateMinor: 12_000, currency: 'EUR', language: 'en' },
    });
  });

  afterEach(async () => {
    await c.close();
    await srv.close();
    tmp.cleanup();
  });

  /** A meeting: `itemMin` minutes on "Design review" (planned 10), `offMin` minutes off-topic. */
  async function meeting(
    id: string,
    dayOffset: number,
    itemMin: number,
    offMin = 0,
    kind: 'scheduled' | 'adhoc' = 'scheduled',
  ) {
    time.jumpWall(dayOffset * 86_400_000);
    srv.host.clock.reanchor();
    await c.ok({
      type: 'meeting.create',
      plan: {
        id,
        title: kind === 'adhoc' ? 'Quick question' : 'Weekly call',
        clientId: 'acme',
        kind,
        items: [{ id: 'a', title: 'Design review', budgetSec: 600 }],
      },
    });
    await c.ok({ type: 'meeting.command', command: { type: 'start' } });
    if (offMin) {
      await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
      time.advance(offMin * MIN);
      await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    }
    time.advance(itemMin * MIN);
    await c.ok({ type: 'meeting.command', command: { type: 'end' } });
    await c.ok({ type: 'meeting.close' });
  }

  it('filters, pages and totals the history on the host', async () => {
    await meeting('w1', 0, 16, 4);
    await meeting('w2', 7, 17, 6);
    await meeting('q1', 1, 20, 0, 'adhoc');
    const all = await c.ok({ type: 'history.query', timeZone: 'Europe/Rome' });
    expect(all.total).toBe(3);
    expect(all.meetings.map((m) => m.id)).toEqual(['q1', 'w2', 'w1']);
    expect(all.aggregate).toMatchObject({
      meetings: 3,
      offTopicMs: 10 * MIN,
      adhoc: { meetings: 1, totalMs: 20 * MIN, cost: [{ currency: 'EUR', amountMinor: 4000 }] },
    });
    // Day offsets add up: w1 on the 16th, w2 on the 23rd, q1 on the 24th.
    expect(all.trend.map((p) => [p.start, p.meetings])).toEqual([
      ['2026-11-16', 1],
      ['2026-11-23', 2],
    ]);
    const page = await c.ok({
      type: 'history.query',
      filter: { kind: 'scheduled', search: 'weekly' },
      pageSize: 1,
      page: 1,
      timeZone: 'Europe/Rome',
    });
    expect([page.total, page.meetings.map((m) => m.id)]).toEqual([2, ['w1']]);
    expect(await c.request({ type: 'history.query', timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { path: 'cmd.timeZone' },
    });
  });

  it('reports a past meeting with suggestions from history, and takes notes and follow-ups after it ended', async () => {
    await meeting('w1', 0, 16);
    await meeting('w2', 7, 17);
    await meeting('w3', 7, 18);
    const r = await c.ok({ type: 'history.report', meetingId: 'w3' });
    expect(r.clientName).toBe('Acme');
    expect(r.report.items[0]).toMatchObject({
      title: 'Design review',
      plannedMs: 10 * MIN,
      actualMs: 18 * MIN,
    });
    expect(r.suggestions).toContainEqual({
      kind: 'itemBudget',
      item: 'Design review',
      overran: 3,
      of: 3,
      medianOverMs: 7 * MIN,
      plannedSec: 600,
      suggestedSec: 17 * 60,
    });

    const before = readFileSync(join(tmp.dir, 'meetings', 'w2.jsonl'), 'utf8').split('\n').length;
    await c.ok({
      type: 'meeting.annotate',
      meetingId: 'w2',
      command: { type: 'editNotes', text: 'Wants the mock-ups first.' },
    });
    await c.ok({
      type: 'meeting.annotate',
      meetingId: 'w2',
      command: { type: 'addFollowUp', id: 'f1', text: 'Send the mock-ups' },
    });
    await c.ok({
      type: 'meeting.annotate',
      meetingId: 'w3',
      command: { type: 'addFollowUp', id: 'f2', text: 'Book the review' },
    });
    await c.ok({
      type: 'meeting.annotate',
      meetingId: 'w3',
      command: { type: 'updateFollowUp', id: 'f2', done: true },
    });
    expect(readFileSync(join(tmp.dir, 'meetings', 'w2.jsonl'), 'utf8').split('\n').length).toBe(before + 2);
    expect((await c.ok({ type: 'history.report', meetingId: 'w2' })).notes).toBe('Wants the mock-ups first.');
    // Open follow-ups come back for the next meeting with that client.
    expect((await c.ok({ type: 'history.followUps', clientId: 'acme' })).followUps).toEqual([
      {
        meetingId: 'w2',
        meetingTitle: 'Weekly call',
        startedAt: expect.any(Number),
        id: 'f1',
        text: 'Send the mock-ups',
      },
    ]);
    // The compiler refuses this too; a client that is not ours may still send it.
    const bad = await c.request({
      type: 'meeting.annotate',
      meetingId: 'w2',
      command: { type: 'start' } as never,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'badMessage', path: 'cmd.command.type' } });
  });

  it('exports CSV, Toggl, Clockify, solidtime, Kimai, iCalendar, Markdown and JSON, asking for the email once', async () => {
    await meeting('w1', 0, 12, 5);
    const csv = await c.ok({
      type: 'history.export',
      format: 'csv',
      meetingIds: ['w1'],
      timeZone: 'Europe/Rome',
    });
    expect(csv.filename).toBe('2026-11-16-Weekly-call.csv');
    expect(Papa.parse(csv.content, { header: true, skipEmptyLines: true }).data).toHaveLength(2);
    for (const format of ['toggl', 'clockify', 'solidtime', 'kimai'] as const)
      expect(await c.request({ type: 'history.export', format, timeZone: 'Europe/Rome' })).toMatchObject({
        ok: false,
        error: { path: 'email' },
      });
    await c.ok({
      type: 'settings.update',
      patch: {
        exports: {
          email: 'me@example.com',
          name: 'Marta Bianchi',
          offTopicBillable: false,
          timeZone: 'America/New_York',
          clockify: {
            target: 'clockify',
            dateFormat: 'DD/MM/YYYY',
            timeFormat: '24h',
            durationFormat: 'decimal',
          },
        },
      },
    });
    // Local times go in the zone the command names: the dialog sends the one chosen for the tracker's profile.
    const toggl = await c.ok({ type: 'history.export', format: 'toggl', timeZone: 'Europe/Rome' });
    expect(toggl.notes).toContainEqual({ kind: 'timeZone', timeZone: 'Europe/Rome' });
    // The off-topic episode came first, then the item: one row each, back to back.
    expect(
      Papa.parse<Record<string, string>>(toggl.content, { header: true, skipEmptyLines: true }).data,
    ).toMatchObject([
      {
        User: 'Marta Bianchi',
        Email: 'me@example.com',
        Description: 'Off-topic (Design review)',
        'Start date': '2026-11-16',
        'Start time': '09:00:00',
        'End time': '09:05:00',
        Duration: '00:05:00',
      },
      {
        Description: 'Design review',
        'Start time': '09:05:00',
        'End time': '09:17:00',
        Duration: '00:12:00',
      },
    ]);
    const clockify = await c.ok({ type: 'history.export', format: 'clockify', timeZone: 'Europe/Rome' });
    expect(clockify.notes).toContainEqual({
      kind: 'clockifyFormat',
      target: 'clockify',
      dateFormat: 'DD/MM/YYYY',
      timeFormat: '24h',
      durationFormat: 'decimal',
    });
    const solidtime = await c.ok({ type: 'history.export', format: 'solidtime', timeZone: 'Europe/Rome' });
    expect(solidtime.filename).toMatch(/-solidtime\.csv$/);
    expect(solidtime.content).toContain('2026-11-16T08:00:00Z');
    const kimai = await c.ok({ type: 'history.export', format: 'kimai', timeZone: 'Europe/Rome' });
    expect(kimai.content.split('\r\n')[0]).toBe(
      'Date;From;To;Duration;Rate;User;Email;Customer;Project;Activity;Description;Billable;Tags',
    );
    const ical = await c.ok({ type: 'history.export', format: 'ical', timeZone: 'Europe/Rome' });
    expect(ical.mime).toBe('text/calendar;charset=utf-8');
    expect(ical.content).toContain('DTSTART:20261116T080000Z');
    const md = await c.ok({
      type: 'history.export',
      format: 'markdown',
      meetingIds: ['w1'],
      timeZone: 'Europe/Rome',
    });
    expect(md.content).toContain('| Design review | 10 min | 12 min |');
    const json = await c.ok({ type: 'history.export', format: 'json', timeZone: 'Europe/Rome' });
    expect(JSON.parse(json.content)).toMatchObject({
      format: 'tactful-meetings',
      version: 1,
      meetings: [{ id: 'w1' }],
      clients: [{ id: 'acme', name: 'Acme' }],
    });
  });

  it('imports a meeting exported while it ran as interrupted at the export, never live', async () => {
    await c.ok({
      type: 'meeting.create',
      plan: {
        id: 'live1',
        title: 'Weekly call',
        clientId: 'acme',
        items: [{ id: 'a', title: 'Design review', budgetSec: 600 }],
      },
    });
    await c.ok({ type: 'meeting.command', command: { type: 'start' } });
    await c.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    time.advance(3 * MIN);
    // The export is taken twelve minutes in, off topic for the last nine: no event since the toggle.
    time.advance(9 * MIN);
    const json = (await c.ok({ type: 'history.export', format: 'json', timeZone: 'UTC' })).content;
    expect(JSON.parse(json).meetings.map((m: { id: string }) => m.id)).toContain('live1');

    // On another computer, two days later.
    const other = tempDataDir();
    const later = new FakeTime(T + 2 * 86_400_000);
    const srv2 = await startServer(other.dir, {}, { clock: new HostClock(later) });
    const c2 = await TestClient.connect(srv2.wsUrl, { token: srv2.token });
    expect(await c2.ok({ type: 'history.import', content: json })).toMatchObject({ added: 1 });
    const listed = await c2.ok({ type: 'history.query', timeZone: 'UTC' });
    expect(listed.meetings.find((m) => m.id === 'live1')).toMatchObject({
      status: 'ended',
      interrupted: true,
    });
    const back = await c2.ok({ type: 'history.report', meetingId: 'live1' });
    expect(back.report).toMatchObject({
      ended: true,
      interrupted: true,
      actualMs: 12 * MIN,
      offTopicMs: 12 * MIN,
    });
    expect(back.report.endedAt).toBe(T + 12 * MIN);
    // Nothing runs here: no open meeting, and the imported one cannot be driven.
    expect(c2.latestSnapshot()?.view ?? null).toBeNull();
    later.advance(MIN);
    expect((await c2.ok({ type: 'history.report', meetingId: 'live1' })).report.actualMs).toBe(12 * MIN);
    await c2.close();
    await srv2.close();
    other.cleanup();
  });

  it('imports a JSON export idempotently, and a bad file changes nothing', async () => {
    await meeting('w1', 0, 12, 5);
    const json = (await c.ok({ type: 'history.export', format: 'json', timeZone: 'UTC' })).content;
    // Into a fresh data folder: everything comes back, once.
    const other = tempDataDir();
    const srv2 = await startServer(other.dir);
    const c2 = await TestClient.connect(srv2.wsUrl, { token: srv2.token });
    expect(await c2.ok({ type: 'history.import', content: json })).toEqual({
      added: 1,
      skipped: 0,
      clientsAdded: 1,
    });
    expect(await c2.ok({ type: 'history.import', content: json })).toEqual({
      added: 0,
      skipped: 1,
      clientsAdded: 0,
    });
    const back = await c2.ok({ type: 'history.report', meetingId: 'w1' });
    expect(back.report.offTopicMs).toBe(5 * MIN);
    expect(back.clientName).toBe('Acme');
    const files = readdirSync(join(other.dir, 'meetings')).sort();
    const broken = JSON.stringify({
      ...JSON.parse(json),
      meetings: [...JSON.parse(json).meetings, { id: 'x2', journal: [{ type: 'started', at: 1 }] }],
    });
    expect(await c2.request({ type: 'history.import', content: broken })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/starts with the meeting plan/) },
    });
    expect(await c2.request({ type: 'history.import', content: 'not json' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not JSON/) },
    });
    expect(readdirSync(join(other.dir, 'meetings')).sort()).toEqual(files);
    await c2.close();
    await srv2.close();
    other.cleanup();
  });
});
