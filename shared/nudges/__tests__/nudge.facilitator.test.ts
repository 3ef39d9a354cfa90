import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, people, plan } from '../../../e2e/support/sim';
import { nextDueAt } from '../nudge.fire';
import { DEFAULT_NUDGE_RULES } from '../nudge.rules';
import { visibleNudge } from '../nudge.schedule';

const group = (extra: Parameters<typeof plan>[0] = {}, n = 4) =>
  new Sim(plan({ audience: 'group', participants: people(n), items: [{ budgetSec: 1800 }], ...extra }));

const fired = (sim: Sim) => sim.state.nudges.map((n) => [n.key, n.situation, (n.firedAt - T0) / 1000]);

describe('a turn running long', () => {
  it('fires at the turn limit and after, measured in talk, held by a pause', () => {
    const sim = group({ turnLimitSec: 120 }).do({ type: 'start' }).wait(MIN);
    sim.do({ type: 'giveFloor', participantId: 'p1' });
    expect(nextDueAt(sim.state, DEFAULT_NUDGE_RULES)).toBe(T0 + 3 * MIN);
    sim
      .wait(MIN)
      .do({ type: 'pause' })
      .wait(10 * MIN)
      .do({ type: 'resume' });
    expect(nextDueAt(sim.state, DEFAULT_NUDGE_RULES)).toBe(T0 + 13 * MIN);
    sim.wait(MIN).fireDue();
    sim.wait(MIN).fireDue();
    expect(fired(sim)).toEqual([
      ['turn:0#1', 'turnLong', 13 * 60],
      ['turn:0#2', 'turnLong', 14 * 60],
    ]);
    expect(visibleNudge(sim.state, sim.now)?.key).toBe('turn:0#2');
    // The floor moves on: the line about that turn is no longer shown, and the next turn starts from nothing.
    sim.do({ type: 'giveFloor', participantId: 'p2' });
    expect(visibleNudge(sim.state, sim.now)).toBeNull();
    expect(nextDueAt(sim.state, DEFAULT_NUDGE_RULES)).toBe(sim.now + 2 * MIN);
  });

  it('needs a turn limit', () => {
    const sim = group()
      .do({ type: 'start' })
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(60 * MIN);
    sim.fireDue();
    expect(sim.state.nudges.filter((n) => n.trigger === 'turnOverrun')).toEqual([]);
  });
});

describe('a round’s turn', () => {
  const roundPlan = (auto: boolean) =>
    plan({
      audience: 'group',
      participants: people(3),
      items: [{ title: 'Check-in', budgetSec: 1, round: { perPersonSec: 90, auto } }, { budgetSec: 600 }],
    });

  it('asks for the handover when a round by key runs past each person’s time', () => {
    const sim = new Sim(roundPlan(false)).do({ type: 'start' }).wait(90_000);
    sim.fireDue();
    expect(fired(sim)).toEqual([['turn:0#1', 'roundHandover', 90]]);
    sim.do({ type: 'roundNext' });
    expect(visibleNudge(sim.state, sim.now)).toBeNull();
    sim.wait(2 * MIN).fireDue();
    // The second speaker is 30 s over by now: their highest tier due, once.
    expect(fired(sim).at(-1)).toEqual(['turn:1#2', 'roundHandover', 210]);
  });

  it('says nothing in an automatic round: it hands over by itself', () => {
    const sim = new Sim(roundPlan(true)).do({ type: 'start' }).wait(91_000);
    sim.fireDue();
    expect(sim.state.nudges).toEqual([]);
    expect(sim.state.floor?.participantId).toBe('p2');
  });
});

describe('someone not heard from', () => {
  it('names who has been quiet longest, three times a meeting at most', () => {
    const sim = group()
      .do({ type: 'start' })
      .wait(5 * MIN);
    sim.fireDue();
    // Nobody has been given the floor: silence means nothing yet.
    expect(sim.state.nudges).toEqual([]);
    sim
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(10 * MIN)
      .fireDue();
    expect(fired(sim)).toEqual([['quiet:p2#1', 'quietInvite', 15 * 60]]);
    sim.do({ type: 'giveFloor', participantId: 'p2' });
    expect(visibleNudge(sim.state, sim.now)).toBeNull();
    // The next quiet person is named at the next tier, not the first again.
    sim.wait(5 * MIN).fireDue();
    expect(fired(sim).length).toBe(1);
    sim.wait(5 * MIN).fireDue();
    expect(fired(sim).at(-1)).toEqual(['quiet:p3#2', 'quietInvite', 25 * 60]);
  });

  it('counts a late joiner from when they joined', () => {
    const sim = group({}, 2).do({ type: 'start' }).do({ type: 'giveFloor', participantId: 'p1' });
    sim.do({ type: 'giveFloor', participantId: 'p2' }).wait(5 * MIN);
    sim
      .do({ type: 'joinParticipant', participant: people(3)[2]! })
      .wait(9 * MIN)
      .fireDue();
    expect(sim.state.nudges).toEqual([]);
    sim.wait(MIN).fireDue();
    expect(fired(sim)).toEqual([['quiet:p3#1', 'quietInvite', 15 * 60]]);
  });

  it('is not said in a one-client call, nor off topic', () => {
    const one = new Sim(plan({ participants: people(2) })).do({ type: 'start' });
    one
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(40 * MIN)
      .fireDue();
    expect(one.state.nudges.filter((n) => n.trigger === 'quiet')).toEqual([]);
    const off = group().do({ type: 'start' }).do({ type: 'giveFloor', participantId: 'p1' });
    off
      .do({ type: 'toggleOffTopic' })
      .wait(40 * MIN)
      .fireDue(DEFAULT_NUDGE_RULES);
    expect(off.state.nudges.filter((n) => n.trigger === 'quiet')).toEqual([]);
  });
});

describe('a long speaking list near the end of an item', () => {
  it('fires by the time left on the item while enough people wait', () => {
    const sim = group({ items: [{ budgetSec: 600 }, { budgetSec: 600 }] }, 5).do({ type: 'start' });
    for (const id of ['p2', 'p3']) sim.do({ type: 'queueAdd', participantId: id });
    sim.wait(7 * MIN).fireDue();
    expect(sim.state.nudges).toEqual([]);
    sim.do({ type: 'queueAdd', participantId: 'p4' }).fireDue();
    // Three waiting with three minutes left: past the first tier (four minutes left), before the second (two).
    expect(fired(sim)).toEqual([['queue:i0#1', 'queueLong', 7 * 60]]);
    sim.wait(MIN).fireDue();
    expect(fired(sim).at(-1)).toEqual(['queue:i0#2', 'queueLong', 8 * 60]);
    sim.do({ type: 'queueNext' }).do({ type: 'queueNext' });
    expect(visibleNudge(sim.state, sim.now)).toBeNull();
  });
});
