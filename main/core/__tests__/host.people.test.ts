import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostCommandInputOf, MeetingSnapshot } from '../../../shared/contract/contract';
import { readClock } from '../../../shared/meeting/meeting.clocked';
import { BUILTIN_LINES } from '../../../shared/phrases/phrase.library';
import { FakeTime } from '../../../e2e/support/fake.time';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';
import { HostClock } from '../clock/host.clock';

const MIN = 60_000;

type PlanInput = HostCommandInputOf<'meeting.create'>['plan'];

const team: NonNullable<PlanInput['participants']> = [
  { id: 'jonas', name: 'Jonas', org: 'Schmidt & Söhne', language: 'de', address: 'formal' },
  { id: 'lea', name: 'Lea', org: 'Schmidt & Söhne', language: 'de', address: 'informal' },
  { id: 'tobias', name: 'Tobias', language: 'de' },
];

const client = {
  id: 'schmidt',
  name: 'Schmidt & Söhne',
  language: 'de',
  address: 'formal',
  team,
};

const groupPlan = (extra: Partial<PlanInput> = {}): PlanInput => ({
  id: 'm1',
  title: 'Wochenrunde',
  clientId: 'schmidt',
  audience: 'group',
  participants: [...team, { id: 'gast', name: 'Mira', org: 'Agentur', language: 'de', address: 'informal' }],
  items: [
    { id: 'a', title: 'Check-in', budgetSec: 1, round: { perPersonSec: 60, auto: true } },
    { id: 'b', title: 'Budgetplanung', budgetSec: 900 },
  ],
  ...extra,
});

const viewOf = (c: TestClient) => c.latestSnapshot()!.view!;

describe('facilitator mode over a real WebSocket', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let desk: TestClient;
  let phone: TestClient;

  beforeEach(async () => {
    tmp = tempDataDir();
    time = new FakeTime(1_700_000_000_000);
    srv = await startServer(tmp.dir, {}, { clock: new HostClock(time), timers: time });
    desk = await TestClient.connect(srv.wsUrl, { token: srv.token });
    phone = await TestClient.connect(srv.wsUrl, { token: srv.token });
    await desk.ok({ type: 'clients.save', client });
  });

  afterEach(async () => {
    await desk.close();
    await phone.close();
    await srv.close();
    tmp.cleanup();
  });

  /** Moves the host's time, then waits until the desk has heard everything that changed (a reply comes after them). */
  async function advance(ms: number): Promise<MeetingSnapshot> {
    time.advance(ms);
    await desk.ok({ type: 'history.followUps', clientId: null });
    return desk.latestSnapshot()!;
  }

  it('keeps a client’s team, each with their own form of address', async () => {
    const info = await desk.next((p) => p.type === 'info' && p.info.clients.length > 0);
    const saved = info.type === 'info' ? info.info.clients[0]! : null;
    expect(saved?.team.map((m) => [m.name, m.org, m.language, m.address])).toEqual([
      ['Jonas', 'Schmidt & Söhne', 'de', 'formal'],
      ['Lea', 'Schmidt & Söhne', 'de', 'informal'],
      ['Tobias', '', 'de', 'formal'],
    ]);
    const bad = await desk.request({
      type: 'clients.save',
      client: { ...client, team: [...team, { id: 'jonas', name: 'Jonas again', language: 'de' }] },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { key: 'participantIdsUnique', path: 'cmd.client.team.3.id' },
    });
  });

  it('runs an automatic round, then the floor and the queue from two screens, all journaled', async () => {
    await desk.ok({ type: 'meeting.create', plan: groupPlan(), start: true });
    let v = viewOf(desk);
    expect(v.people?.round).toMatchObject({
      itemId: 'a',
      order: ['jonas', 'lea', 'tobias', 'gast'],
      next: 'lea',
    });
    expect(v.agenda[0]!.budgetSec).toBe(240);
    expect(v.people?.floor.participantId).toBe('jonas');
    // The host hands over at each minute by itself, on its own timer.
    for (const id of ['lea', 'tobias', 'gast']) {
      const snap = await advance(MIN);
      expect(snap.view?.people?.floor.participantId).toBe(id);
    }
    await advance(MIN);
    expect(viewOf(desk).people?.floor.participantId).toBeNull();
    await desk.ok({ type: 'meeting.command', command: { type: 'next' } });

    // The phone puts two people on the speaking list and gives the floor; the desk sees it at once.
    await phone.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: 'lea' } });
    await phone.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: 'gast' } });
    await phone.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'tobias' } });
    time.advance(2 * MIN);
    await desk.ok({ type: 'meeting.command', command: { type: 'queueNext' } });
    v = viewOf(desk);
    expect(v.people?.queue).toEqual(['gast']);
    expect(v.people?.floor.participantId).toBe('lea');
    const at = desk.latestSnapshot()!.at;
    const talk = Object.fromEntries(v.people!.rows.map((r) => [r.id, readClock(r.talk, at)]));
    expect(talk).toEqual({ jonas: MIN, lea: MIN, tobias: 3 * MIN, gast: MIN });
    expect(v.people?.rows.map((r) => r.turns)).toEqual([1, 2, 2, 1]);

    // Refusals name the person, and change nothing.
    await desk.ok({ type: 'meeting.command', command: { type: 'leaveParticipant', participantId: 'gast' } });
    const away = await phone.request({
      type: 'meeting.command',
      command: { type: 'giveFloor', participantId: 'gast' },
    });
    expect(away).toMatchObject({
      ok: false,
      error: { code: 'invalid', key: 'participantAway', params: { name: 'Mira' } },
    });
    expect(viewOf(desk).people?.queue).toEqual([]);

    const journal = readFileSync(`${tmp.dir}/meetings/m1.jsonl`, 'utf8');
    const types = journal
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types.filter((t) => t === 'roundAdvanced')).toHaveLength(4);
    expect(types).toContain('queued');
    expect(types).toContain('participantLeft');
  });

  it('resumes after a restart exactly as journaled, the floor and its talk included', async () => {
    await desk.ok({
      type: 'meeting.create',
      plan: groupPlan({ items: [{ id: 'b', title: 'B', budgetSec: 900 }] }),
      start: true,
    });
    await desk.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: 'lea' } });
    time.advance(3 * MIN);
    await desk.ok({ type: 'meeting.command', command: { type: 'queueAdd', participantId: 'jonas' } });
    const before = structuredClone(srv.host.meeting.state);
    await desk.close();
    await phone.close();
    await srv.close();
    srv = await startServer(tmp.dir, {}, { clock: new HostClock(time), timers: time });
    desk = await TestClient.connect(srv.wsUrl, { token: srv.token });
    phone = await TestClient.connect(srv.wsUrl, { token: srv.token });
    expect(srv.host.meeting.state).toEqual(before);
  });

  it('shows a turn-limit line said to the speaker, in the meeting’s language and their own form of address', async () => {
    await desk.ok({
      type: 'meeting.create',
      plan: groupPlan({ turnLimitSec: 120, items: [{ id: 'b', title: 'Budgetplanung', budgetSec: 1800 }] }),
      start: true,
    });
    for (const [id, register] of [
      ['jonas', 'formal'],
      ['lea', 'informal'],
    ] as const) {
      await desk.ok({ type: 'meeting.command', command: { type: 'giveFloor', participantId: id } });
      const snap = await advance(2 * MIN);
      const line = BUILTIN_LINES.find((l) => l.id === snap.nudge?.lineId);
      expect(snap.nudge).toMatchObject({ situation: 'turnLong', tier: 1, locale: 'de' });
      expect(line).toMatchObject({ situation: 'turnLong', register, locale: 'de' });
      if (line!.text.includes('{name}')) expect(snap.nudge!.text).toContain(id === 'jonas' ? 'Jonas' : 'Lea');
      expect(snap.nudge!.text).not.toMatch(/[{}]/);
    }
  });

  it('makes the client the participant of a one-client call', async () => {
    await desk.ok({
      type: 'clients.save',
      client: { id: 'giulia', name: 'Studio Rossi', contact: 'Giulia', language: 'it', address: 'informal' },
    });
    await desk.ok({
      type: 'meeting.create',
      plan: { id: 'm2', title: 'Call', clientId: 'giulia', items: [{ id: 'x', title: 'X', budgetSec: 600 }] },
    });
    expect(viewOf(desk).people?.rows).toEqual([
      expect.objectContaining({ id: 'giulia', n: 1, name: 'Giulia', org: 'Studio Rossi', present: true }),
    ]);
    expect(srv.host.meeting.state?.roster[0]?.participant).toMatchObject({
      language: 'it',
      address: 'informal',
    });
  });
});
