import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, plan } from '../../../e2e/support/sim';
import { buildReport } from '../report.model';

describe('report model', () => {
  // A 1:1 call with €120/h: 12 min on item 0 (budget 10), 4 min off-topic, a 2-min pause, 6 min on item 1 (budget 15).
  function meeting() {
    const sim = new Sim(plan({ capSec: 1800, clientId: 'c1' }))
      .do({ type: 'start' })
      .wait(5 * MIN)
      .do({ type: 'toggleOffTopic' })
      .wait(4 * MIN);
    sim.fireDue(undefined, 'en.chattyClient.1.neutral.0');
    sim.do({ type: 'nudgeActed', key: 'offTopic:0#1', action: 'copied' });
    sim
      .do({ type: 'toggleOffTopic' })
      .wait(7 * MIN)
      .do({ type: 'pause' })
      .wait(2 * MIN)
      .do({ type: 'resume' });
    sim
      .do({ type: 'next' })
      .wait(6 * MIN)
      .do({ type: 'end' });
    return sim;
  }

  it('puts planned against actual per item, with over and under', () => {
    const r = buildReport(meeting().state, T0 + 99 * MIN, { hourlyRateMinor: 12_000, currency: 'EUR' });
    expect(r.items.map((i) => [i.id, i.plannedMs / MIN, i.actualMs / MIN, i.deltaMs / MIN])).toEqual([
      ['i0', 10, 12, 2],
      ['i1', 15, 6, -9],
      ['i2', 5, 0, -5],
    ]);
  });

  it('totals the meeting: on-agenda share, off-topic and its cost, pauses, overrun', () => {
    const r = buildReport(meeting().state, T0 + 99 * MIN, { hourlyRateMinor: 12_000, currency: 'EUR' });
    expect(r.ended).toBe(true);
    expect(r.actualMs).toBe(22 * MIN);
    expect(r.pausedMs).toBe(2 * MIN);
    expect(r.offTopicMs).toBe(4 * MIN);
    expect(r.onAgendaMs).toBe(18 * MIN);
    expect(r.onAgendaShare).toBeCloseTo(18 / 22);
    expect(r.offTopicCost).toEqual({ amountMinor: 800, currency: 'EUR' }); // 4 min at €120/h
    expect(r.scheduledMs).toBe(30 * MIN);
    expect(r.overrunMs).toBe(0);
    expect(r.episodes).toEqual([
      {
        from: T0 + 5 * MIN,
        to: T0 + 9 * MIN,
        ms: 4 * MIN,
        itemId: 'i0',
        cost: { amountMinor: 800, currency: 'EUR' },
      },
    ]);
  });

  it('counts nudges shown and what was done with them', () => {
    const r = buildReport(meeting().state, T0, null);
    expect(r.nudgeCounts).toEqual({ shown: 1, actedOn: 1, copied: 1, typed: 0, dismissed: 0, snoozed: 0 });
    expect(r.nudges[0]).toMatchObject({
      trigger: 'offTopic',
      tier: 1,
      outcomes: ['copied'],
      lineId: 'en.chattyClient.1.neutral.0',
    });
    expect(r.offTopicCost).toBeNull();
  });

  it('lays out a timeline that covers the meeting without gaps or overlaps', () => {
    const r = buildReport(meeting().state, T0, null);
    expect(r.timeline.map((s) => s.kind)).toEqual(['item', 'offTopic', 'item', 'paused', 'item', 'item']);
    expect(r.timeline[0]!.from).toBe(r.startedAt);
    expect(r.timeline.at(-1)!.to).toBe(r.endedAt);
    r.timeline.slice(1).forEach((s, i) => expect(s.from).toBe(r.timeline[i]!.to));
  });

  it('reports a meeting still running as of now, with its open segment', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .wait(3 * MIN)
      .do({ type: 'toggleOffTopic' });
    const r = buildReport(sim.state, sim.now + MIN, { hourlyRateMinor: 6000, currency: 'USD' });
    expect(r.ended).toBe(false);
    expect(r.offTopicMs).toBe(MIN);
    expect(r.offTopicCost).toEqual({ amountMinor: 100, currency: 'USD' });
    expect(r.timeline.at(-1)).toMatchObject({ kind: 'offTopic', to: sim.now + MIN });
    expect(r.scheduledMs).toBe(30 * MIN);
  });

  it('shows original and rebalanced budgets', () => {
    const sim = new Sim(plan({ capSec: 1200 }))
      .do({ type: 'start' })
      .wait(15 * MIN)
      .do({ type: 'rebalance', minItemSec: 60 });
    const r = buildReport(sim.state, sim.now, null);
    expect(r.items[1]).toMatchObject({ plannedMs: 15 * MIN, rebalancedFromMs: 15 * MIN });
    expect(r.items[1]!.finalBudgetMs).toBeLessThan(15 * MIN);
  });
});
