import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN, Sim, plan } from '../../../e2e/support/sim';
import { itemElapsedMs } from '../meeting.readings';
import { proposeRebalance, rebalanceOffer } from '../meeting.rebalance';

describe('rebalancing the agenda', () => {
  it('shrinks the remaining items proportionally so the meeting ends at its cap', () => {
    // 10 + 15 + 5 = 30 min planned, cap 30; item 0 ran 16 min: 14 min left for 15 + 5 planned.
    const sim = new Sim(plan({ capSec: 1800 })).do({ type: 'start' }).wait(16 * MIN);
    const p = proposeRebalance(sim.state, sim.now, 120)!;
    expect(p.targetSec).toBe(14 * 60);
    expect(p.budgets).toEqual({ i1: 630, i2: 210 });
    expect(p.deferred).toEqual([]);
    expect(p.cutSec).toBe(6 * 60);
  });

  it('keeps a minimum per item and defers the lowest-priority, then last, items when even minimums do not fit', () => {
    const p0 = plan({
      capSec: 1800,
      items: [
        { budgetSec: 600 },
        { budgetSec: 600, priority: 'low' },
        { budgetSec: 600 },
        { budgetSec: 600 },
      ],
    });
    const sim = new Sim(p0).do({ type: 'start' }).wait(25 * MIN);
    // 5 min left for three 10-min items with a 3-min minimum: only one of them fits.
    const p = proposeRebalance(sim.state, sim.now, 180)!;
    expect(p.deferred).toEqual(['i1', 'i3']);
    expect(p.budgets).toEqual({ i2: 300 });
    // With a 2-min minimum, deferring the low-priority item is enough.
    expect(proposeRebalance(sim.state, sim.now, 120)).toMatchObject({
      deferred: ['i1'],
      budgets: { i2: 150, i3: 150 },
    });
  });

  it('says nothing when the rest already fits, and applying it twice changes nothing', () => {
    const sim = new Sim(plan({ capSec: 3600 })).do({ type: 'start' }).wait(5 * MIN);
    expect(proposeRebalance(sim.state, sim.now, 120)).toBeNull();
    sim.wait(40 * MIN).do({ type: 'rebalance', minItemSec: 120 });
    expect(proposeRebalance(sim.state, sim.now, 120)).toBeNull();
    const undone = sim.do({ type: 'undo' });
    expect(proposeRebalance(undone.state, undone.now, 120)).not.toBeNull();
  });

  it('without a cap, aims for the planned length', () => {
    const sim = new Sim(plan()).do({ type: 'start' }).wait(20 * MIN);
    expect(proposeRebalance(sim.state, sim.now, 60)?.targetSec).toBe(10 * 60);
  });

  it('shrinks the chat slot along with the items, and gives it up before deferring an item', () => {
    // 10 min left for a 10-min item and a 5-min chat.
    const sim = new Sim(
      plan({ capSec: 1500, chatAtEndSec: 300, items: [{ budgetSec: 600 }, { budgetSec: 600 }] }),
    )
      .do({ type: 'start' })
      .wait(15 * MIN);
    expect(proposeRebalance(sim.state, sim.now, 300)).toMatchObject({
      budgets: { i1: 400 },
      chatAtEndSec: 200,
      deferred: [],
    });
    expect(proposeRebalance(sim.state, sim.now, 600)).toMatchObject({
      budgets: {},
      chatAtEndSec: 0,
      deferred: [],
    });
  });

  it('property: remaining budgets sum to the time left (or the minimums), none below its minimum, order kept, idempotent', () => {
    const scenario = fc.record({
      budgets: fc.array(fc.integer({ min: 0, max: 1800 }), { minLength: 1, maxLength: 6 }),
      priorities: fc.array(fc.constantFrom('high', 'normal', 'low'), { minLength: 6, maxLength: 6 }),
      cap: fc.option(fc.integer({ min: 60, max: 7200 }), { nil: null }),
      chat: fc.constantFrom(0, 120, 600),
      steps: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 20 * MIN }), fc.constantFrom('next', 'toggleOffTopic', 'wait')),
        { maxLength: 6 },
      ),
      minItemSec: fc.integer({ min: 0, max: 600 }),
    });
    fc.assert(
      fc.property(scenario, (sc) => {
        const items = sc.budgets.map((budgetSec, i) => ({
          budgetSec,
          priority: sc.priorities[i] as 'high' | 'normal' | 'low',
        }));
        const sim = new Sim(plan({ items, capSec: sc.cap, chatAtEndSec: sc.chat })).do({ type: 'start' });
        for (const [dt, action] of sc.steps) {
          sim.wait(dt);
          if (action !== 'wait' && sim.read().allowed[action]) sim.do({ type: action });
        }
        const p = proposeRebalance(sim.state, sim.now, sc.minItemSec);
        if (!p) return;
        // What each remaining part asks for and may not go below, before the rebalance.
        const parts = (st: typeof sim.state) =>
          st.plan.items.flatMap((item, i) => {
            if (i < st.position || st.deferred.includes(item.id)) return [];
            const spent = i === st.position ? Math.floor(itemElapsedMs(st, item.id, sim.now) / 1000) : 0;
            return [
              {
                id: item.id,
                left: Math.max(0, item.budgetSec - spent),
                floor: Math.max(0, Math.min(sc.minItemSec, item.budgetSec) - spent),
              },
            ];
          });
        const before = parts(sim.state).filter((x) => !p.deferred.includes(x.id));
        const keptDemand = before.reduce((a, x) => a + x.left, 0) + sim.state.plan.chatAtEndSec;
        const keptFloors = before.reduce((a, x) => a + x.floor, 0);
        const order = sim.state.plan.items.map((i) => i.id);

        sim.do({ type: 'rebalance', minItemSec: sc.minItemSec });
        const after = parts(sim.state);
        expect(sim.state.plan.items.map((i) => i.id)).toEqual(order);
        expect(after.map((x) => x.id)).toEqual(before.map((x) => x.id));
        after.forEach((x, i) =>
          expect(x.left, `${x.id} keeps its minimum`).toBeGreaterThanOrEqual(before[i]!.floor),
        );
        const remaining = after.reduce((a, x) => a + x.left, 0) + sim.state.plan.chatAtEndSec;
        if (keptFloors <= p.targetSec) expect(remaining).toBe(Math.min(p.targetSec, keptDemand));
        else expect(remaining).toBe(keptFloors);
        expect(proposeRebalance(sim.state, sim.now, sc.minItemSec)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('the rebalance worth offering', () => {
  it('waits until at least a minute is at stake, then offers what the engine would do', () => {
    // 30 planned, cap 30: item 0 runs over and every second over comes out of the rest.
    const sim = new Sim(plan({ capSec: 1800 })).do({ type: 'start' }).wait(10 * MIN + 59_000);
    expect(proposeRebalance(sim.state, sim.now, 120)?.cutSec).toBe(59);
    expect(rebalanceOffer(sim.state, sim.now, 120)).toBeNull();
    sim.wait(1000);
    expect(rebalanceOffer(sim.state, sim.now, 120)).toEqual(proposeRebalance(sim.state, sim.now, 120));
    expect(rebalanceOffer(sim.state, sim.now, 120)?.cutSec).toBe(60);
  });

  it('offers a deferral even when it frees less than a minute', () => {
    // 1 min left for two 2-min minimums: one item has to go, whatever the seconds say.
    const sim = new Sim(
      plan({ capSec: 900, items: [{ budgetSec: 300 }, { budgetSec: 300 }, { budgetSec: 300 }] }),
    )
      .do({ type: 'start' })
      .wait(14 * MIN);
    const offer = rebalanceOffer(sim.state, sim.now, 120);
    expect(offer?.deferred.length).toBeGreaterThan(0);
  });

  it('is not offered for a plan that fills its time exactly, seconds in: nothing is at stake yet', () => {
    // 100 items of 36 s in an hour: the floors fill the hour too, so two and a half seconds in, rounding puts the rest a second over and the engine would defer one.
    const items = Array.from({ length: 100 }, () => ({ budgetSec: 36 }));
    const sim = new Sim(plan({ capSec: 3600, items })).do({ type: 'start' }).wait(2500);
    expect(proposeRebalance(sim.state, sim.now, 120)?.deferred).toHaveLength(1);
    expect(rebalanceOffer(sim.state, sim.now, 120)).toBeNull();
    // Once the first item has run a minute over, a minute is at stake.
    sim.wait(92_000);
    expect(rebalanceOffer(sim.state, sim.now, 120)).toBeNull();
    sim.wait(1000);
    expect(rebalanceOffer(sim.state, sim.now, 120)?.shortSec).toBe(60);
  });

  it('is gone once applied, and back after undo', () => {
    const sim = new Sim(plan({ capSec: 1800 })).do({ type: 'start' }).wait(14 * MIN);
    expect(rebalanceOffer(sim.state, sim.now, 120)).not.toBeNull();
    sim.do({ type: 'rebalance', minItemSec: 120 });
    expect(rebalanceOffer(sim.state, sim.now, 120)).toBeNull();
    sim.do({ type: 'undo' });
    expect(rebalanceOffer(sim.state, sim.now, 120)).not.toBeNull();
  });

  it('is never offered before the start, during the chat at the end, or after the end', () => {
    const planned = new Sim(plan({ capSec: 60 }));
    expect(rebalanceOffer(planned.state, planned.now, 120)).toBeNull();
    const chat = new Sim(plan({ capSec: 1200, chatAtEndSec: 300, items: [{ budgetSec: 600 }] }))
      .do({ type: 'start' })
      .wait(20 * MIN)
      .do({ type: 'next' })
      .wait(5 * MIN);
    expect(chat.state.position).toBe(1);
    expect(rebalanceOffer(chat.state, chat.now, 120)).toBeNull();
    const ended = new Sim(plan({ capSec: 1800 }))
      .do({ type: 'start' })
      .wait(40 * MIN)
      .do({ type: 'end' });
    expect(rebalanceOffer(ended.state, ended.now, 120)).toBeNull();
  });
});
