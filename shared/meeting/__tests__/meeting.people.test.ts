import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, people, plan } from '../../../e2e/support/sim';
import { meetingPlanSchema } from '../../agenda/agenda.schema';
import { isAllowed } from '../meeting.allowed';
import { decide } from '../meeting.decide';
import { replay } from '../meeting.replay';
import { longestTurnMs, talkInMs, talkMs } from '../meeting.talk';

const group = (n = 4, extra: Parameters<typeof plan>[0] = {}) =>
  new Sim(plan({ audience: 'group', participants: people(n), ...extra }));

describe('who has the floor', () => {
  it('gives each person the talk time between the moments they got and lost the floor', () => {
    const sim = group()
      .do({ type: 'start' })
      .wait(MIN)
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(2 * MIN)
      .do({ type: 'giveFloor', participantId: 'p2' })
      .wait(3 * MIN)
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(30_000)
      .do({ type: 'giveFloor', participantId: null })
      .wait(MIN);
    const r = sim.read();
    expect(r.talk).toEqual({ p1: 2.5 * MIN, p2: 3 * MIN, p3: 0, p4: 0 });
    expect(r.floor).toBeNull();
    expect(sim.state.talk.p1).toEqual({ ms: 2.5 * MIN, turns: 2, longestMs: 2 * MIN });
    const v = sim.view().people!;
    expect(v.notSpoken).toEqual(['p3', 'p4']);
    expect(v.tracking).toBe(true);
    expect(v.rows.map((p) => [p.n, p.name, p.turns])).toEqual([
      [1, 'Marco', 2],
      [2, 'Anna', 1],
      [3, 'Luca', 0],
      [4, 'Sofia', 0],
    ]);
  });

  it('stops talk while paused, and files it where it happened: an item, off-topic, the chat', () => {
    const sim = group(2, { chatAtEndSec: 300, items: [{ budgetSec: 600 }] })
      .do({ type: 'start' })
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(MIN)
      .do({ type: 'toggleOffTopic' })
      .wait(2 * MIN)
      .do({ type: 'pause' })
      .wait(10 * MIN);
    expect(sim.read().talk.p1).toBe(3 * MIN);
    expect(sim.read().turnMs).toBe(3 * MIN);
    sim.do({ type: 'resume' }).wait(MIN).do({ type: 'toggleOffTopic' }).do({ type: 'next' }).wait(MIN);
    const s = sim.state;
    expect(talkMs(s, 'p1', sim.now)).toBe(5 * MIN);
    expect(talkInMs(s, 'item:i0', 'p1', sim.now)).toBe(MIN);
    expect(talkInMs(s, 'offTopic:0', 'p1', sim.now)).toBe(3 * MIN);
    expect(talkInMs(s, 'chat', 'p1', sim.now)).toBe(MIN);
    // The floor stays with the speaker across an item change: one turn.
    expect(s.talk.p1!.turns).toBe(1);
    expect(longestTurnMs(s, 'p1', sim.now)).toBe(5 * MIN);
  });

  it('undo takes back a floor change as if it never happened', () => {
    const sim = group().do({ type: 'start' }).do({ type: 'giveFloor', participantId: 'p1' }).wait(MIN);
    const before = sim.read(sim.now + MIN);
    sim.do({ type: 'giveFloor', participantId: 'p2' }).wait(MIN).do({ type: 'undo' });
    expect(sim.read()).toEqual(before);
    expect(sim.state.talk.p2).toEqual({ ms: 0, turns: 0, longestMs: 0 });
  });

  it('refuses what would do nothing or names nobody, saying who', () => {
    const sim = group().do({ type: 'start' }).do({ type: 'giveFloor', participantId: 'p1' });
    const refuse = (c: Parameters<typeof decide>[1]) => {
      const d = decide(sim.state, c, sim.now);
      return d.ok ? null : [d.error.key, d.error.params];
    };
    expect(refuse({ type: 'giveFloor', participantId: 'p1' })).toEqual([
      'alreadyHasFloor',
      { name: 'Marco' },
    ]);
    expect(refuse({ type: 'giveFloor', participantId: 'zz' })).toEqual(['noParticipant', { id: 'zz' }]);
    sim.do({ type: 'leaveParticipant', participantId: 'p3' });
    expect(refuse({ type: 'giveFloor', participantId: 'p3' })).toEqual(['participantAway', { name: 'Luca' }]);
    expect(refuse({ type: 'queueAdd', participantId: 'p3' })).toEqual(['participantAway', { name: 'Luca' }]);
    sim.do({ type: 'queueAdd', participantId: 'p2' });
    expect(refuse({ type: 'queueAdd', participantId: 'p2' })).toEqual(['alreadyQueued', { name: 'Anna' }]);
    expect(refuse({ type: 'queueRemove', participantId: 'p4' })).toEqual(['notQueued', { name: 'Sofia' }]);
    expect(refuse({ type: 'queueAdd', participantId: 'p4', index: 3 })).toEqual(['queuePlace', { index: 4 }]);
    sim.do({ type: 'giveFloor', participantId: null });
    expect(refuse({ type: 'giveFloor', participantId: null })).toEqual(['floorFree', {}]);
    expect(isAllowed(new Sim().state, 'giveFloor')).toBe(false);
  });
});

describe('the speaking list', () => {
  it('adds, moves and removes people, and gives the floor to the first', () => {
    const sim = group(5)
      .do({ type: 'start' })
      .do({ type: 'queueAdd', participantId: 'p2' })
      .do({ type: 'queueAdd', participantId: 'p3' })
      .do({ type: 'queueAdd', participantId: 'p4' })
      .do({ type: 'queueMove', participantId: 'p4', index: 0 })
      .do({ type: 'queueAdd', participantId: 'p5', index: 1 });
    expect(sim.state.queue).toEqual(['p4', 'p5', 'p2', 'p3']);
    expect(sim.view().people!.rows.map((r) => r.queued)).toEqual([null, 3, 4, 1, 2]);
    sim.do({ type: 'queueNext' }).wait(MIN).do({ type: 'queueRemove', participantId: 'p2' });
    expect(sim.state.queue).toEqual(['p5', 'p3']);
    expect(sim.read().floor).toBe('p4');
    // Given the floor by key while waiting: off the list too.
    sim.do({ type: 'giveFloor', participantId: 'p3' });
    expect(sim.state.queue).toEqual(['p5']);
    sim.do({ type: 'queueNext' });
    expect(isAllowed(sim.state, 'queueNext')).toBe(false);
  });

  it('drops someone who leaves from the floor and the list; they can come back', () => {
    const sim = group()
      .do({ type: 'start' })
      .do({ type: 'giveFloor', participantId: 'p1' })
      .do({ type: 'queueAdd', participantId: 'p1' })
      .wait(MIN)
      .do({ type: 'leaveParticipant', participantId: 'p1' })
      .wait(MIN);
    expect(sim.read().floor).toBeNull();
    expect(sim.read().talk.p1).toBe(MIN);
    expect(sim.state.queue).toEqual([]);
    expect(sim.view().people!.rows[0]!.present).toBe(false);
    sim.do({ type: 'joinParticipant', participant: people(1)[0]! });
    expect(sim.state.roster[0]).toMatchObject({ present: true, joinedMeetingMs: 2 * MIN });
    expect(sim.state.roster).toHaveLength(4);
  });

  it('takes late joiners at the end of the roster, with their own form of address', () => {
    const late = { id: 'x', name: 'Noemi', org: 'Acme', language: 'it', address: 'informal' } as const;
    const sim = group(2)
      .do({ type: 'start' })
      .wait(5 * MIN);
    sim.do({ type: 'joinParticipant', participant: late });
    const row = sim.view().people!.rows[2]!;
    expect(row).toMatchObject({ id: 'x', n: 3, name: 'Noemi', org: 'Acme', present: true });
    expect(sim.state.roster[2]!.participant.address).toBe('informal');
    expect(sim.state.roster[2]!.joinedMeetingMs).toBe(5 * MIN);
  });
});

describe('a round', () => {
  const roundPlan = (auto: boolean, n = 4) =>
    plan({
      audience: 'group',
      participants: people(n),
      items: [{ title: 'Check-in', budgetSec: 1, round: { perPersonSec: 120, auto } }, { budgetSec: 600 }],
    });

  it('is as long as its people take, and begins with the first of them', () => {
    const sim = new Sim(roundPlan(false)).do({ type: 'start' });
    expect(sim.state.plan.items[0]!.budgetSec).toBe(480);
    expect(sim.state.originalBudgets.i0).toBe(480);
    expect(sim.read().floor).toBe('p1');
    const round = sim.view().people!.round!;
    expect(round).toMatchObject({ perPersonSec: 120, auto: false, done: ['p1'], next: 'p2' });
    expect(sim.view().people!.floor.limitMs).toBe(120_000);
  });

  it('hands over by key in order, and after the last speaker moves on', () => {
    const sim = new Sim(roundPlan(false)).do({ type: 'start' });
    for (const id of ['p2', 'p3', 'p4']) {
      sim.wait(2 * MIN).do({ type: 'roundNext' });
      expect(sim.read().floor).toBe(id);
    }
    expect(isAllowed(sim.state, 'roundNext')).toBe(false);
    sim.wait(2 * MIN).do({ type: 'next' });
    expect(sim.read().floor).toBeNull();
    expect(sim.read().talk).toEqual({ p1: 2 * MIN, p2: 2 * MIN, p3: 2 * MIN, p4: 2 * MIN });
  });

  it('hands over by itself when a turn’s time is up, in the item’s own time', () => {
    const sim = new Sim(roundPlan(true)).do({ type: 'start' }).wait(MIN).do({ type: 'toggleOffTopic' });
    sim.wait(5 * MIN).fireDue();
    expect(sim.read().floor).toBe('p1');
    sim.do({ type: 'toggleOffTopic' }).wait(MIN).fireDue();
    expect(sim.read().floor).toBe('p2');
    const handover = sim.events.at(-1);
    expect(handover).toEqual({ type: 'roundAdvanced', at: T0 + 7 * MIN, participantId: 'p2' });
    // Not woken for six minutes: each person still got their time, and the floor is free after the last.
    sim.wait(6 * MIN).fireDue();
    expect(sim.events.filter((e) => e.type === 'roundAdvanced').map((e) => e.at - T0)).toEqual([
      7 * MIN,
      9 * MIN,
      11 * MIN,
      13 * MIN,
    ]);
    expect(sim.read().floor).toBeNull();
  });

  it('keeps the floor with the speaker once an automatic handover is undone', () => {
    const sim = new Sim(roundPlan(true)).do({ type: 'start' }).wait(2 * MIN);
    sim.fireDue();
    expect(sim.read().floor).toBe('p2');
    sim
      .wait(1000)
      .do({ type: 'undo' })
      .wait(5 * MIN)
      .fireDue();
    expect(sim.read().floor).toBe('p1');
    sim
      .do({ type: 'roundNext' })
      .wait(2 * MIN)
      .fireDue();
    expect(sim.read().floor).toBe('p3');
  });

  it('grows with a late joiner and shrinks when someone leaves before their turn', () => {
    const sim = new Sim(roundPlan(false)).do({ type: 'start' });
    sim.do({ type: 'joinParticipant', participant: { ...people(5)[4]!, id: 'p5' } });
    expect(sim.state.plan.items[0]!.budgetSec).toBe(600);
    expect(sim.state.rounds.i0!.order).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    sim.do({ type: 'leaveParticipant', participantId: 'p3' });
    expect(sim.state.plan.items[0]!.budgetSec).toBe(480);
    sim.do({ type: 'roundNext' }).do({ type: 'roundNext' });
    expect(sim.read().floor).toBe('p4');
  });

  it('a round not begun follows who is in the call', () => {
    const p = plan({
      audience: 'group',
      participants: people(3),
      items: [{ budgetSec: 600 }, { title: 'Round', budgetSec: 1, round: { perPersonSec: 60, auto: false } }],
    });
    const sim = new Sim(p).do({ type: 'start' });
    expect(sim.state.plan.items[1]!.budgetSec).toBe(180);
    sim.do({ type: 'leaveParticipant', participantId: 'p1' });
    expect(sim.state.plan.items[1]!.budgetSec).toBe(120);
    sim.do({ type: 'next' });
    expect(sim.state.rounds.i1!.order).toEqual(['p2', 'p3']);
    expect(sim.read().floor).toBe('p2');
  });

  it('is shortened by a rebalance turn by turn, the current one included', () => {
    const p = plan({
      audience: 'group',
      capSec: 900,
      participants: people(4),
      items: [
        { title: 'Check-in', budgetSec: 1, round: { perPersonSec: 120, auto: false } },
        { budgetSec: 600 },
      ],
    });
    // 8 min of round + 10 min of item in a 15 min meeting: 3 min too long.
    const sim = new Sim(p).do({ type: 'start' }).wait(MIN);
    sim.do({ type: 'rebalance', minItemSec: 120 });
    const e = sim.events.at(-1)!;
    expect(e.type).toBe('rebalanced');
    if (e.type !== 'rebalanced') return;
    const n = e.perPersonSec!.i0!;
    expect(n).toBeLessThan(120);
    expect(n).toBeGreaterThanOrEqual(60);
    expect(sim.state.plan.items[0]!.round!.perPersonSec).toBe(n);
    // The budget is what was spent plus the turns still to come at the new length.
    expect(sim.state.plan.items[0]!.budgetSec).toBe(60 + (n - 60) + 3 * n);
    const total = sim.state.plan.items.reduce((a, i) => a + i.budgetSec, 0);
    expect(total).toBeLessThanOrEqual(900);
  });

  it('needs people in the plan', () => {
    const r = meetingPlanSchema.safeParse({
      id: 'm',
      title: 'Stand-up',
      items: [{ id: 'a', title: 'Round', budgetSec: 0, round: { perPersonSec: 60 } }],
    });
    expect(r.error?.issues[0]).toMatchObject({ path: ['items', 0, 'round'], message: 'roundNeedsPeople' });
  });
});

describe('replay', () => {
  it('reproduces a meeting with people exactly', () => {
    const sim = group(3)
      .do({ type: 'start' })
      .do({ type: 'giveFloor', participantId: 'p1' })
      .wait(MIN)
      .do({ type: 'queueAdd', participantId: 'p3' })
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'queueNext' })
      .do({ type: 'pause' })
      .wait(MIN)
      .do({ type: 'resume' })
      .do({ type: 'end' });
    expect(replay(sim.events)).toEqual(sim.state);
    expect(sim.state.floor).toBeNull();
    expect(sim.state.speech).toBeNull();
  });
});
