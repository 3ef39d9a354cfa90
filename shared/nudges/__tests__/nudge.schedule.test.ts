import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, plan } from '../../../e2e/support/sim';
import { DEFAULT_NUDGE_RULES, nudgeRulesSchema } from '../nudge.rules';
import { dueNudges, nextNudgeAt, pendingNudges, visibleNudge } from '../nudge.schedule';

const rules = DEFAULT_NUDGE_RULES;

describe('nudge schedule', () => {
  it('has sensible defaults: off-topic 2/5/8 min, overrun at 0 and +2, 10 and 5 min left, cap passed', () => {
    expect(rules).toEqual({
      offTopic: [120, 300, 480],
      itemOverrun: [0, 120],
      capNear: [600, 300],
      capPassed: [0, 300, 600],
      chatOverrun: [0, 120, 300],
      adhocLength: [600, 900, 1200],
      // A facilitator's: at the turn limit and a minute or two past it, a round's turn at its time and half a minute
      // or a minute past, someone quiet for 10, 20 and 30 minutes, three waiting with 4, 2 and ½ minute left.
      turnOverrun: [0, 60, 120],
      roundTurn: [0, 30, 60],
      quiet: [600, 1200, 1800],
      queueNearEnd: [240, 120, 30],
      queueLength: 3,
    });
  });

  it('knows the exact moment the next off-topic nudge is due, and fires it once per episode and tier', () => {
    const sim = new Sim().do({ type: 'start' }).wait(30_000).do({ type: 'toggleOffTopic' });
    const t0 = sim.now;
    expect(nextNudgeAt(sim.state, rules)).toBe(t0 + 2 * MIN);
    sim.now = t0 + 2 * MIN - 1;
    expect(dueNudges(sim.state, rules, sim.now)).toEqual([]);
    sim.now = t0 + 2 * MIN;
    expect(sim.fireDue()).toEqual(['offTopic:0#1']);
    expect(sim.fireDue()).toEqual([]);
    expect(nextNudgeAt(sim.state, rules)).toBe(t0 + 5 * MIN);
    const v = sim.read();
    expect(v.nudge).toMatchObject({ key: 'offTopic:0#1', situation: 'chattyClient', tier: 1 });
  });

  it('moves due moments by the length of a pause', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'pause' })
      .wait(7 * MIN);
    expect(nextNudgeAt(sim.state, rules)).toBeNull();
    sim.do({ type: 'resume' });
    expect(nextNudgeAt(sim.state, rules)).toBe(sim.now + MIN);
  });

  it('fires only the highest tier due when it catches up (after a restart), never a burst', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(9 * MIN);
    expect(sim.fireDue()).toEqual(['offTopic:0#3']);
    // Every off-topic tier is spent, item time is stopped by off-topic and there is no cap: nothing is left to wait for.
    expect(pendingNudges(sim.state, rules)).toEqual([]);
    expect(nextNudgeAt(sim.state, rules)).toBeNull();
  });

  it('starts counting again for a new episode', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(3 * MIN);
    sim.fireDue();
    sim.do({ type: 'toggleOffTopic' }).wait(MIN).do({ type: 'toggleOffTopic' });
    expect(nextNudgeAt(sim.state, rules)).toBe(sim.now + 2 * MIN);
    sim.wait(2 * MIN);
    expect(sim.fireDue()).toEqual(['offTopic:1#1']);
  });

  it('picks group-drift lines for a group and hard-talk lines in a hard conversation', () => {
    const group = new Sim(plan({ audience: 'group' }))
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(2 * MIN);
    expect(dueNudges(group.state, rules, group.now)[0]?.situation).toBe('groupDrift');
    const hard = new Sim(plan({ hardTalk: { matters: 'keep the client', points: [], avoid: [] } }))
      .do({ type: 'start' })
      .wait(10 * MIN);
    expect(dueNudges(hard.state, rules, hard.now)[0]).toMatchObject({
      trigger: 'itemOverrun',
      situation: 'hardTalk',
    });
  });

  it('fires item overrun at the budget, and follows added time', () => {
    const sim = new Sim().do({ type: 'start' });
    expect(nextNudgeAt(sim.state, rules)).toBe(T0 + 10 * MIN);
    sim.wait(5 * MIN).do({ type: 'addTime', itemId: 'i0', sec: 120 });
    expect(nextNudgeAt(sim.state, rules)).toBe(T0 + 12 * MIN);
    sim.wait(7 * MIN);
    expect(sim.fireDue()).toEqual(['item:i0#1']);
    expect(sim.read().nudge?.situation).toBe('itemOverrun');
    sim.do({ type: 'next' });
    expect(sim.read().nudge).toBeNull();
  });

  it('skips "minutes left" tiers that do not fit in a short meeting', () => {
    const sim = new Sim(plan({ capSec: 480, items: [{ budgetSec: 3000 }] })).do({ type: 'start' });
    const cap = pendingNudges(sim.state, rules).filter((c) => c.trigger === 'capNear');
    expect(cap.map((c) => c.dueAt - T0)).toEqual([3 * MIN]);
    expect(cap[0]?.tier).toBe(1);
  });

  it('fires cap passed at the cap and later tiers', () => {
    const sim = new Sim(plan({ capSec: 1800, items: [{ budgetSec: 3600 }] }))
      .do({ type: 'start' })
      .wait(20 * MIN);
    expect(sim.fireDue()).toEqual(['capNear#1']);
    sim.wait(5 * MIN);
    expect(sim.fireDue()).toEqual(['capNear#2']);
    sim.wait(5 * MIN);
    expect(sim.fireDue()).toEqual(['capPassed#1']);
    expect(sim.read().nudge?.situation).toBe('capPassed');
  });

  it('nudges an ad-hoc call by its length, and a long end chat', () => {
    const adhoc = new Sim(plan({ kind: 'adhoc', items: [{ budgetSec: 3600 }] }))
      .do({ type: 'start' })
      .wait(10 * MIN);
    expect(adhoc.fireDue()).toEqual(['adhoc#1']);
    const chat = new Sim(plan({ chatAtEndSec: 120, items: [{ budgetSec: 3600 }] }))
      .do({ type: 'start' })
      .do({ type: 'next' })
      .wait(2 * MIN);
    expect(chat.fireDue()).toEqual(['chat#1']);
    expect(chat.read().nudge?.situation).toBe('chatAtEnd');
  });

  it('hides a snoozed card until the snooze ends, and wakes the host then', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(2 * MIN);
    sim.fireDue();
    sim.do({ type: 'snoozeNudge', key: 'offTopic:0#1', sec: 60 });
    expect(sim.read().nudge).toBeNull();
    expect(nextNudgeAt(sim.state, rules)).toBe(sim.now + MIN);
    sim.wait(MIN);
    expect(sim.read().nudge?.key).toBe('offTopic:0#1');
  });

  it('holds every line about a snoozed stretch until the snooze ends, then shows the highest tier due once', () => {
    // Tiers at 2, 5 and 8 minutes off topic; "Later: 5 min" on the first line, a minute before the second is due.
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(4 * MIN);
    sim.fireDue();
    sim.do({ type: 'snoozeNudge', key: 'offTopic:0#1', sec: 300 });
    sim.wait(MIN);
    expect(sim.fireDue()).toEqual([]);
    expect(sim.read().nudge).toBeNull();
    expect(nextNudgeAt(sim.state, rules)).toBe(sim.now + 4 * MIN);
    sim.wait(3 * MIN + 59_000);
    expect(sim.fireDue()).toEqual([]);
    // Nine minutes in, both later tiers are due: only the third fires, and it is the card shown.
    sim.wait(1000);
    expect(sim.fireDue()).toEqual(['offTopic:0#3']);
    expect(sim.read().nudge).toMatchObject({ key: 'offTopic:0#3', tier: 3 });
    sim.wait(MIN);
    expect(sim.fireDue()).toEqual([]);
  });

  it('dismisses a card for good, while the next tier still comes', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(2 * MIN);
    sim.fireDue();
    sim.do({ type: 'dismissNudge', key: 'offTopic:0#1' });
    expect(sim.read().nudge).toBeNull();
    sim.wait(3 * MIN);
    expect(sim.fireDue()).toEqual(['offTopic:0#2']);
    expect(sim.read().nudge?.tier).toBe(2);
  });

  it('drops the off-topic card when the chat stops, and brings back an overrun card underneath', () => {
    const sim = new Sim(plan({ items: [{ budgetSec: 60 }, { budgetSec: 60 }] }))
      .do({ type: 'start' })
      .wait(MIN);
    sim.fireDue();
    sim.do({ type: 'toggleOffTopic' }).wait(2 * MIN);
    sim.fireDue();
    expect(sim.read().nudge?.trigger).toBe('offTopic');
    sim.do({ type: 'toggleOffTopic' });
    expect(sim.read().nudge?.trigger).toBe('itemOverrun');
    expect(visibleNudge(sim.state, sim.now)?.key).toBe('item:i0#1');
  });

  it('is idle before start, while paused and after end', () => {
    const sim = new Sim();
    expect(nextNudgeAt(sim.state, rules)).toBeNull();
    sim.do({ type: 'start' }).do({ type: 'pause' });
    expect(nextNudgeAt(sim.state, rules)).toBeNull();
    sim.do({ type: 'end' });
    expect(nextNudgeAt(sim.state, rules)).toBeNull();
  });

  it('validates thresholds: ordered tiers, at most three, never negative', () => {
    expect(nudgeRulesSchema.safeParse({ offTopic: [300, 120] }).success).toBe(false);
    expect(nudgeRulesSchema.safeParse({ capNear: [300, 600] }).success).toBe(false);
    expect(nudgeRulesSchema.safeParse({ offTopic: [-1] }).success).toBe(false);
    expect(nudgeRulesSchema.safeParse({ offTopic: [1, 2, 3, 4] }).success).toBe(false);
    expect(nudgeRulesSchema.parse({ offTopic: [] }).offTopic).toEqual([]);
  });

  it('property: a nudge is never due before nextNudgeAt, and is due at it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 4 * MIN }),
            fc.constantFrom('toggleOffTopic', 'next', 'togglePause', 'fire'),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          const sim = new Sim(plan({ capSec: 1800, kind: 'adhoc', chatAtEndSec: 120 })).do({ type: 'start' });
          for (const [dt, action] of steps) {
            const next = nextNudgeAt(sim.state, rules);
            if (next !== null && next > sim.now && next <= sim.now + dt) {
              expect(dueNudges(sim.state, rules, next - 1).filter((c) => c.dueAt > sim.now)).toEqual([]);
              if (next !== null && !sim.state.nudges.some((n) => n.snoozedUntil === next)) {
                expect(dueNudges(sim.state, rules, next).length).toBeGreaterThan(0);
              }
            }
            sim.now += dt;
            if (action === 'fire') sim.fireDue();
            else if (sim.read().allowed[action]) sim.do({ type: action });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
