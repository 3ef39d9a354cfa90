import { describe, expect, it } from 'vitest';
import { meetingPlanSchema, type MeetingPlan } from '../../agenda/agenda.schema';
import { isSafeId } from '../../ids/safe.id';
import { summarize } from '../../report/meeting.summary';
import { buildReport } from '../../report/report.model';
import { aggregate } from '../../report/history.query';
import { meetingEventSchema } from '../meeting.events';
import { MIN, plan, Sim, T0 } from '../../../e2e/support/sim';

const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

/** A plan whose item ids are names every object answers to: what an old journal or a foreign client could hold. */
function poisonedPlan(): MeetingPlan {
  const p = plan({ capSec: 1800, items: [{ budgetSec: 600 }, { budgetSec: 600 }, { budgetSec: 600 }] });
  const ids = ['constructor', 'toString', 'b'];
  return { ...p, items: p.items.map((it, i) => ({ ...it, id: ids[i]! })) };
}

describe('ids a user (or a client) chooses', () => {
  it('are refused when they are not plain letters, digits, "-" and "_", or a name every object already has', () => {
    for (const id of PROTOTYPE_NAMES) {
      const r = meetingPlanSchema.safeParse({
        id: 'm1',
        title: 'T',
        items: [{ id, title: 'A', budgetSec: 60 }],
      });
      expect(r.success, id).toBe(false);
      expect(r.error!.issues[0]).toMatchObject({ path: ['items', 0, 'id'] });
      expect(isSafeId(id)).toBe(false);
    }
    for (const id of ['a b', '../x', 'é', '', 'x'.repeat(65), 'a.b'])
      expect(
        meetingPlanSchema.safeParse({ id, title: 'T', items: [{ id: 'a', title: 'A', budgetSec: 60 }] })
          .success,
      ).toBe(false);
    expect(
      meetingEventSchema.safeParse({ type: 'timeAdded', at: T0, itemId: 'constructor', sec: 60 }).success,
    ).toBe(false);
    expect(
      meetingEventSchema.safeParse({ type: 'rebalanced', at: T0, budgets: { toString: 60 }, deferred: [] })
        .success,
    ).toBe(false);
    expect(isSafeId('i3k2j')).toBe(true);
  });

  it('cannot poison the engine even when one got in: budgets stay numbers, the state clones, reports add up', () => {
    const sim = new Sim(poisonedPlan(), T0)
      .do({ type: 'start' })
      .wait(2 * MIN)
      .do({ type: 'next' })
      .do({ type: 'addTime', itemId: 'b', sec: 3600 })
      .wait(MIN)
      .do({ type: 'rebalance', minItemSec: 120 });
    const s = sim.state;
    for (const item of s.plan.items) expect(typeof item.budgetSec, item.id).toBe('number');
    // What the host does to every state (apply clones it) and every snapshot (it is pushed to clients).
    expect(() => structuredClone(s)).not.toThrow();
    for (const row of sim.view().agenda) expect(Number.isFinite(row.budgetSec), row.id).toBe(true);
    sim.wait(MIN).do({ type: 'end' });
    const report = buildReport(sim.state, sim.now, null);
    for (const item of report.items) {
      expect(Number.isFinite(item.plannedMs), item.id).toBe(true);
      expect(item.rebalancedFromMs === null || Number.isFinite(item.rebalancedFromMs), item.id).toBe(true);
    }
    const summary = summarize(report, sim.state);
    for (const d of summary.deferred) expect(Number.isFinite(d.budgetSec)).toBe(true);
    // An app called "constructor" or "__proto__" is counted like any other.
    const apps = aggregate([
      { ...summary, app: 'constructor' },
      { ...summary, app: '__proto__' },
      { ...summary, app: 'constructor' },
    ]).apps;
    expect(Object.entries(apps)).toEqual([
      ['constructor', 2],
      ['__proto__', 1],
    ]);
  });
});
