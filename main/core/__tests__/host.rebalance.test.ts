import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../../shared/agenda/agenda.schema';
import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { readView } from '../../../e2e/support/sim';
import { HostClock } from '../clock/host.clock';
import type { Host } from '../host';
import { FakeTime } from '../../../e2e/support/fake.time';
import { openHost, startServer } from '../../../e2e/support/host.harness';
import { TestClient } from '../../../e2e/support/ws.client';
import { tempDataDir } from '../../../e2e/support/temp.dir';

const MIN = 60_000;
// A 30-minute call with three 10-minute items: every overrun has to come out of what is left.
const plan = meetingPlanSchema.parse({
  id: 'm1',
  title: 'Call',
  capSec: 1800,
  items: [
    { id: 'a', title: 'A', budgetSec: 600 },
    { id: 'b', title: 'B', budgetSec: 600 },
    { id: 'c', title: 'C', budgetSec: 600 },
  ],
});

describe('automatic rebalancing in the host', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let host: Host;

  const open = () => openHost(tmp.dir, { clock: new HostClock(time), timers: time }).host;
  const cmd = (command: MeetingCommand) => {
    const d = host.meeting.command(command);
    if (!d.ok) throw new Error(d.error.key);
  };
  const budgets = () => Object.fromEntries(host.meeting.state!.plan.items.map((i) => [i.id, i.budgetSec]));
  const rebalances = () => host.meeting.events!.filter((e) => e.type === 'rebalanced');
  const read = () => {
    const s = host.snapshot();
    return readView(s.view!, s.at);
  };
  /** Budget seconds still ahead: the rest of the current item plus every item after it. */
  const ahead = () => {
    const v = read();
    const s = host.meeting.state!;
    const later = s.plan.items.slice(s.position + 1).filter((i) => !s.deferred.includes(i.id));
    return Math.round((v.current!.remainingMs ?? 0) / 1000) + later.reduce((n, i) => n + i.budgetSec, 0);
  };
  const leftSec = () => 1800 - Math.round(read().meeting.elapsedMs / 1000);

  beforeEach(() => {
    tmp = tempDataDir();
    time = new FakeTime(1_700_000_000_000);
    host = open();
  });

  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  it('is off by default: an overrun leaves the rest of the plan alone', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(14 * MIN);
    cmd({ type: 'next' });
    expect(rebalances()).toEqual([]);
    expect(budgets()).toEqual({ a: 600, b: 600, c: 600 });
  });

  it('when on, fits the rest of the plan at each overrun step and on moving on, journaled', () => {
    host.settings.updateSettings({ rebalance: { auto: true, minItemSec: 120 } });
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(10 * MIN);
    // The moment A runs out nothing is lost yet: nothing to do.
    expect(rebalances()).toEqual([]);
    time.advance(2 * MIN);
    // Two minutes over (the second overrun tier): B and C give up those two minutes between them.
    expect(rebalances()).toHaveLength(1);
    expect(budgets()).toEqual({ a: 600, b: 540, c: 540 });
    time.advance(2 * MIN);
    cmd({ type: 'next' });
    expect(rebalances()).toHaveLength(2);
    expect(ahead()).toBe(leftSec());
    expect(budgets().b! + budgets().c!).toBe(16 * 60);

    // A restart replays the same plan from the journal.
    const before = budgets();
    host.close();
    host = open();
    expect(budgets()).toEqual(before);
  });

  it('takes an off-topic episode out of the plan when it ends, and one undo puts the budgets back', () => {
    host.settings.updateSettings({ rebalance: { auto: true, minItemSec: 120 } });
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(5 * MIN);
    cmd({ type: 'toggleOffTopic' });
    time.advance(4 * MIN);
    expect(rebalances()).toEqual([]);
    cmd({ type: 'toggleOffTopic' });
    expect(rebalances()).toHaveLength(1);
    expect(ahead()).toBe(leftSec());
    cmd({ type: 'undo' });
    expect(budgets()).toEqual({ a: 600, b: 600, c: 600 });
    expect(host.meeting.state!.offTopic).toBe(false);
  });

  it('leaves less than a minute alone', () => {
    host.settings.updateSettings({ rebalance: { auto: true, minItemSec: 120 } });
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(10 * MIN + 40_000);
    cmd({ type: 'next' });
    expect(rebalances()).toEqual([]);
  });

  it('defers the last item when even the minimums no longer fit', () => {
    host.settings.updateSettings({ rebalance: { auto: true, minItemSec: 300 } });
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(24 * MIN);
    cmd({ type: 'next' });
    // Six minutes left, two five-minute minimums: C waits for next time, B keeps its five (a rebalance only shrinks).
    expect(host.meeting.state!.deferred).toEqual(['c']);
    expect(budgets().b).toBe(5 * 60);
  });
});

describe('deferred items over a real WebSocket', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let c: TestClient;

  beforeEach(async () => {
    tmp = tempDataDir();
    time = new FakeTime(1_700_000_000_000);
    srv = await startServer(tmp.dir, {}, { clock: new HostClock(time), timers: time });
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
    await c.ok({ type: 'clients.save', client: { id: 'giulia', name: 'Giulia' } });
  });

  afterEach(async () => {
    await c.close();
    await srv.close();
    tmp.cleanup();
  });

  const session = (command: MeetingCommand) => c.ok({ type: 'meeting.command', command });

  it('offers what a rebalance deferred to the next meeting with that client, until one picks it up', async () => {
    await c.ok({ type: 'meeting.create', plan: { ...plan, clientId: 'giulia' } });
    await session({ type: 'start' });
    time.advance(24 * MIN);
    await session({ type: 'rebalance', minItemSec: 300 });
    await session({ type: 'end' });
    await c.ok({ type: 'meeting.close' });

    const offered = await c.ok({ type: 'history.deferred', clientId: 'giulia' });
    // C keeps the budget it was planned with, not what the rebalance left it.
    expect(offered.deferred).toEqual([
      {
        meetingId: 'm1',
        meetingTitle: 'Call',
        startedAt: 1_700_000_000_000,
        item: { id: 'c', title: 'C', budgetSec: 600, priority: 'normal' },
      },
    ]);
    expect((await c.ok({ type: 'history.deferred', clientId: null })).deferred).toEqual([]);

    // Planned with it: no longer offered. Discarded before it starts: offered again.
    const next = {
      id: 'm2',
      title: 'Call',
      clientId: 'giulia',
      items: [{ id: 'x', title: 'C', budgetSec: 600, carriedFrom: { meetingId: 'm1', itemId: 'c' } }],
    };
    await c.ok({ type: 'meeting.create', plan: next });
    expect((await c.ok({ type: 'history.deferred', clientId: 'giulia' })).deferred).toEqual([]);
    await c.ok({ type: 'meeting.close' });
    expect((await c.ok({ type: 'history.deferred', clientId: 'giulia' })).deferred).toHaveLength(1);

    // Run it this time: picked up for good.
    await c.ok({ type: 'meeting.create', plan: next });
    await session({ type: 'start' });
    time.advance(MIN);
    await session({ type: 'end' });
    await c.ok({ type: 'meeting.close' });
    expect((await c.ok({ type: 'history.deferred', clientId: 'giulia' })).deferred).toEqual([]);
  });

  it('refuses a carried item with a malformed origin, naming the field', async () => {
    const r = await c.request({
      type: 'meeting.create',
      plan: {
        ...plan,
        items: [{ id: 'a', title: 'A', budgetSec: 60, carriedFrom: { meetingId: '' } as never }],
      },
    });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toMatch(/carriedFrom/);
  });
});
