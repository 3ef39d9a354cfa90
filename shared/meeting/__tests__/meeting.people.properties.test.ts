import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sim, people, plan, readView, readings } from '../../../e2e/support/sim';
import { isAllowed } from '../meeting.allowed';
import type { MeetingCommand } from '../meeting.commands';
import { decide } from '../meeting.decide';
import { replay } from '../meeting.replay';
import type { MeetingState } from '../meeting.state';
import { meetingView } from '../meeting.view';

const who = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'zz');
const late = people(6)[5]!;

/** Commands of a facilitated meeting: the engine's own, and people, floor, queue and round commands, often. */
const command: fc.Arbitrary<MeetingCommand> = fc.oneof(
  fc.constant({ type: 'start' } as const),
  fc.constant({ type: 'next' } as const),
  fc.nat({ max: 3 }).map((index) => ({ type: 'goto', index }) as const),
  fc.constant({ type: 'toggleOffTopic' } as const),
  fc.constant({ type: 'togglePause' } as const),
  fc.constant({ type: 'end' } as const),
  fc.constant({ type: 'undo' } as const),
  fc.nat({ max: 300 }).map((minItemSec) => ({ type: 'rebalance', minItemSec }) as const),
  {
    weight: 5,
    arbitrary: fc
      .option(who, { nil: null })
      .map((participantId) => ({ type: 'giveFloor', participantId }) as const),
  },
  who.map((participantId) => ({ type: 'queueAdd', participantId }) as const),
  who.map((participantId) => ({ type: 'queueRemove', participantId }) as const),
  fc
    .tuple(who, fc.nat({ max: 4 }))
    .map(([participantId, index]) => ({ type: 'queueMove', participantId, index }) as const),
  fc.constant({ type: 'queueNext' } as const),
  { weight: 2, arbitrary: fc.constant({ type: 'roundNext' } as const) },
  who.map((participantId) => ({ type: 'leaveParticipant', participantId }) as const),
  fc
    .constantFrom(...people(5), late)
    .map((participant) => ({ type: 'joinParticipant', participant }) as const),
);

const step = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * 60_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_600_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -600_000, max: 0 }) },
);

const scenario = fc.record({
  people: fc.integer({ min: 1, max: 5 }),
  round: fc.constantFrom(null, false, true),
  capSec: fc.constantFrom(null, 1800),
  steps: fc.array(fc.tuple(step, command, fc.boolean()), { maxLength: 60 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function simFor(sc: Scenario): Sim {
  const items = [
    { budgetSec: 600 },
    sc.round === null ? { budgetSec: 300 } : { budgetSec: 1, round: { perPersonSec: 90, auto: sc.round } },
    { budgetSec: 300 },
  ];
  return new Sim(plan({ audience: 'group', participants: people(sc.people), capSec: sc.capSec, items }));
}

/** Runs a scenario, calling `check` after every step with the state and the moment. */
function run(sc: Scenario, check: (s: MeetingState, now: number, sim: Sim) => void = () => undefined): Sim {
  const sim = simFor(sc);
  for (const [dt, cmd, fire] of sc.steps) {
    sim.now = Math.max(0, sim.now + dt);
    if (isAllowed(sim.state, cmd.type)) {
      const d = decide(sim.state, cmd, sim.now);
      if (d.ok) for (const e of d.events) sim.append(e);
    }
    if (fire) sim.fireDue();
    check(sim.state, sim.now, sim);
  }
  return sim;
}

const total = (talk: Record<string, number>) => Object.values(talk).reduce((a, b) => a + b, 0);

describe('talk time properties', () => {
  it('the talk of everyone together never exceeds the meeting’s running time, and none is negative', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        run(sc, (s, now) => {
          for (const later of [0, 1, 60_000]) {
            const r = readings(s, now + later);
            expect(total(r.talk)).toBeLessThanOrEqual(r.elapsedMs);
            for (const ms of Object.values(r.talk)) expect(ms).toBeGreaterThanOrEqual(0);
            if (r.turnMs !== null) expect(r.turnMs).toBeLessThanOrEqual(r.talk[r.floor!]!);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a pause stops all talk, and so does the end', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3_600_000 }), (sc, dt) => {
        run(sc, (s, now, sim) => {
          const at = readings(s, now).talk;
          for (const type of ['pause', 'end'] as const) {
            const d = decide(s, { type }, now);
            if (!d.ok) continue;
            const stopped = sim.log.preview(d.events);
            expect(readings(stopped, now + dt).talk).toEqual(at);
            expect(readView(meetingView(stopped, 0), now + dt).talk).toEqual(at);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('undo takes back a floor change: later readings are as if it never happened', () => {
    fc.assert(
      fc.property(scenario, who, fc.integer({ min: 0, max: 600_000 }), (sc, target, dt) => {
        run(sc, (s, now, sim) => {
          const d = decide(s, { type: 'giveFloor', participantId: target }, now);
          if (!d.ok) return;
          const undone = sim.log.preview([...d.events, { type: 'undone', at: now + dt }]);
          expect(readings(undone, now + dt)).toEqual(readings(s, now + dt));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('replay reproduces the live state, and the pushed view reads as the engine does at any later moment', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const sim = run(sc, (s, now) => {
          const v = meetingView(s, 0);
          for (const later of [0, 999, 61_000]) {
            const shown = readView(v, now + later);
            const r = readings(s, now + later);
            expect(shown.talk).toEqual(r.talk);
            expect(shown.floor).toBe(r.floor);
            expect(shown.turnMs).toBe(r.turnMs);
          }
        });
        expect(replay(sim.events)).toEqual(sim.state);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing drifts: reading often changes nothing, and a replay read later says the same', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 40 }), (sc, ticks) => {
        const sim = run(sc);
        const before = structuredClone(sim.state);
        let t = sim.now;
        for (const dt of ticks) readView(sim.view(), (t += dt));
        expect(readings(sim.state, t)).toEqual(readings(replay(sim.events), t));
        expect(sim.state).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});
