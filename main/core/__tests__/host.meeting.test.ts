import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostPush, MeetingSnapshot } from '../../../shared/contract/contract';
import { BUILTIN_LINES } from '../../../shared/phrases/phrase.library';
import { readView } from '../../../e2e/support/sim';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';

const plan = (id = 'm1') => ({
  id,
  title: 'Weekly call',
  clientId: 'giulia',
  items: [
    { id: 'a', title: 'Budget', budgetSec: 600 },
    { id: 'b', title: 'Launch plan', budgetSec: 900 },
    { id: 'c', title: 'Next steps', budgetSec: 300 },
  ],
});

const snapshots = (c: TestClient) =>
  c.pushes
    .filter((p): p is Extract<HostPush, { type: 'snapshot' }> => p.type === 'snapshot')
    .map((p) => p.snapshot);

describe('host over a real WebSocket', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let a: TestClient;
  let b: TestClient;

  beforeEach(async () => {
    tmp = tempDataDir();
    srv = await startServer(tmp.dir);
    a = await TestClient.connect(srv.wsUrl, { token: srv.token });
    b = await TestClient.connect(srv.wsUrl, { token: srv.token });
    await a.ok({
      type: 'clients.save',
      client: {
        id: 'giulia',
        name: 'Giulia',
        hourlyRateMinor: 6000,
        currency: 'EUR',
        language: 'it',
        address: 'formal',
        vi: { you: 'quý khách', me: 'tôi' },
        notes: '',
        archived: false,
      },
    });
  });

  afterEach(async () => {
    await a.close();
    await b.close();
    await srv.close();
    tmp.cleanup();
  });

  it('greets each client with the data and the current snapshot', async () => {
    expect(a.pushes[0]).toMatchObject({ type: 'info' });
    expect(a.pushes[1]).toMatchObject({ type: 'snapshot', snapshot: { view: null } });
    await b.next((p) => p.type === 'info' && p.info.clients.some((c) => c.name === 'Giulia'));
  });

  it('runs a meeting, and both clients see every change', async () => {
    await a.ok({ type: 'meeting.create', plan: plan() });
    await a.ok({ type: 'meeting.command', command: { type: 'start' } });
    await b.ok({ type: 'meeting.command', command: { type: 'next' } });
    const r = await a.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    expect(r).toEqual({ events: 1, seq: 3 });
    for (const c of [a, b]) {
      const snap = (await c.next(
        (p) => p.type === 'snapshot' && p.snapshot.view?.offTopic.active === true,
      )) as {
        snapshot: MeetingSnapshot;
      };
      const v = readView(snap.snapshot.view!, snap.snapshot.at);
      expect(v.current?.id).toBe('b');
      expect(v.offTopic.active).toBe(true);
    }
    // The host fills in the client's rate at planning time: history keeps the rate the meeting had.
    expect(srv.host.meeting.state?.plan.rate).toEqual({ hourlyRateMinor: 6000, currency: 'EUR' });
    await a.ok({ type: 'meeting.command', command: { type: 'end' } });
    const list = await b.ok({ type: 'history.query' });
    expect(list.meetings.map((m) => [m.id, m.status])).toEqual([['m1', 'ended']]);
    const report = await b.ok({ type: 'history.report', meetingId: 'm1' });
    expect(report.report.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const before = a.pushes.length;
    await a.ok({ type: 'meeting.close' });
    expect((await a.next((p) => p.type === 'snapshot' && p.snapshot.view === null, 2000, before)).type).toBe(
      'snapshot',
    );
  });

  it('writes each event to the journal before acknowledging it', async () => {
    await a.ok({ type: 'meeting.create', plan: plan() });
    const { seq } = await a.ok({ type: 'meeting.command', command: { type: 'start' } });
    const lines = readFileSync(`${tmp.dir}/meetings/m1.jsonl`, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(seq + 1);
    expect(JSON.parse(lines[seq]!)).toMatchObject({ seq, type: 'started' });
  });

  it('refuses what the engine refuses, and says why, changing nothing', async () => {
    await a.ok({ type: 'meeting.create', plan: plan() });
    const r = await a.request({ type: 'meeting.command', command: { type: 'next' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
    const again = await a.request({ type: 'meeting.create', plan: plan('m2') });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'meetingOpen', message: 'a meeting is already open' },
    });
    const noClient = await a.request({
      type: 'meeting.command',
      command: { type: 'addTime', itemId: 'zzz', sec: 60 },
    });
    expect(noClient).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('fires a nudge at its moment, with a line in the client’s language, name and cost filled in', async () => {
    await a.ok({
      type: 'settings.update',
      patch: {
        nudgeRules: {
          offTopic: [1, 2],
          itemOverrun: [],
          capNear: [],
          capPassed: [],
          chatOverrun: [],
          adhocLength: [],
        },
      },
    });
    await a.ok({ type: 'meeting.create', plan: plan() });
    await a.ok({ type: 'meeting.command', command: { type: 'start' } });
    await a.ok({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    const fired = (await b.next((p) => p.type === 'snapshot' && p.snapshot.nudge !== null, 3000)) as {
      snapshot: MeetingSnapshot;
    };
    const s = srv.host.meeting.state!;
    const n = s.nudges[0]!;
    const episodeStart = s.episodes[0]!.from;
    // Due exactly 1 s into the episode: a timer set for that moment, not a poll.
    expect(n.firedAt - episodeStart).toBeGreaterThanOrEqual(1000);
    expect(n.firedAt - episodeStart).toBeLessThan(1150);
    expect(n).toMatchObject({ trigger: 'offTopic', situation: 'chattyClient', tier: 1 });
    const line = BUILTIN_LINES.find((l) => l.id === n.lineId);
    expect(line).toMatchObject({ locale: 'it', situation: 'chattyClient', tier: 1, register: 'formal' });
    expect(fired.snapshot.nudge).toMatchObject({ key: n.key, lineId: n.lineId, tier: 1, locale: 'it' });
    expect(fired.snapshot.nudge?.text).not.toMatch(/[{}]/);
    expect(fired.snapshot.nudge?.text.length).toBeGreaterThan(10);

    // "Another line" never repeats the one on screen; snooze hides the card.
    const { lineId } = await a.ok({ type: 'nudge.anotherLine', key: n.key });
    expect(lineId).not.toBe(n.lineId);
    expect(BUILTIN_LINES.find((l) => l.id === lineId)).toMatchObject({
      locale: 'it',
      tier: 1,
      register: 'formal',
    });
    await a.ok({ type: 'meeting.command', command: { type: 'snoozeNudge', key: n.key, sec: 60 } });
    expect(a.latestSnapshot()?.nudge).toBeNull();
  });

  it('pushes a snapshot about once a second while live, on the second boundary', async () => {
    await a.ok({ type: 'meeting.create', plan: plan() });
    await a.ok({ type: 'meeting.command', command: { type: 'start' } });
    const from = snapshots(a).length;
    await new Promise((r) => setTimeout(r, 3200));
    const ticks = snapshots(a).slice(from);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(4);
    // Near a boundary on either side: a timer may fire a millisecond before Date.now() reaches it.
    for (const t of ticks) expect(Math.min(t.at % 1000, 1000 - (t.at % 1000))).toBeLessThan(100);
  });
});
