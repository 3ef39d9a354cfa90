import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sim, T0, plan, readView, readings } from '../../../e2e/support/sim';
import { DEFAULT_NUDGE_RULES } from '../../nudges/nudge.rules';
import { isAllowed } from '../meeting.allowed';
import type { MeetingCommand } from '../meeting.commands';
import { decide } from '../meeting.decide';
import type { MeetingEvent } from '../meeting.events';
import { replay } from '../meeting.replay';
import type { MeetingState } from '../meeting.state';
import { meetingView } from '../meeting.view';

type Readings = ReturnType<typeof readings>;

const command: fc.Arbitrary<MeetingCommand> = fc.oneof(
  fc.constant({ type: 'start' } as const),
  fc.constant({ type: 'next' } as const),
  fc.nat({ max: 5 }).map((index) => ({ type: 'goto', index }) as const),
  fc
    .record({
      itemId: fc.constantFrom('i0', 'i1', 'i2', 'zz'),
      sec: fc.integer({ min: -900, max: 900 }).filter((n) => n !== 0),
    })
    .map((r) => ({ type: 'addTime', ...r }) as const),
  fc.constant({ type: 'toggleOffTopic' } as const),
  fc.constant({ type: 'toggleOffTopic' } as const),
  fc.constant({ type: 'togglePause' } as const),
  fc.constant({ type: 'end' } as const),
  fc.constant({ type: 'undo' } as const),
  fc.nat({ max: 600 }).map((minItemSec) => ({ type: 'rebalance', minItemSec }) as const),
);

/** A clock step: mostly forward with jitter, sometimes a large jump, now and then a step back (clock changes). */
const step = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 * 60_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * 3_600_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3_600_000, max: 0 }) },
);

const scenario = fc.record({
  items: fc.array(fc.integer({ min: 0, max: 1800 }), { minLength: 1, maxLength: 4 }),
  chatAtEndSec: fc.constantFrom(0, 300),
  capSec: fc.constantFrom(null, 1800, 3600),
  steps: fc.array(fc.tuple(step, command, fc.boolean()), { maxLength: 60 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function run(sc: Scenario) {
  const sim = new Sim(
    plan({
      items: sc.items.map((budgetSec) => ({ budgetSec })),
      chatAtEndSec: sc.chatAtEndSec,
      capSec: sc.capSec,
    }),
  );
  const views: Readings[] = [];
  for (const [dt, cmd, fire] of sc.steps) {
    sim.now += dt;
    if (isAllowed(sim.state, cmd.type)) {
      const d = decide(sim.state, cmd, sim.now);
      if (d.ok) for (const e of d.events) sim.append(e);
    }
    if (fire) sim.fireDue(DEFAULT_NUDGE_RULES, 'line');
    views.push(readings(sim.state, sim.now));
    expect(viewDisagreement(sim.state, sim.now)).toEqual([]);
  }
  return { sim, views };
}

function negativeDurations(v: Readings): string[] {
  const bad: string[] = [];
  const check = (label: string, x: number) => x < 0 && bad.push(`${label}=${x}`);
  check('meeting.elapsed', v.elapsedMs);
  check('meeting.paused', v.pausedMs);
  check('offTopic.total', v.offTopicMs);
  check('offTopic.episode', v.episodeMs);
  for (const i of v.items) {
    check(`${i.id}.elapsed`, i.elapsedMs);
    check(`${i.id}.remaining`, i.remainingMs);
    check(`${i.id}.overtime`, i.overtimeMs);
    check(`${i.id}.budget`, i.budgetMs);
  }
  check('chat', v.chatMs);
  if (v.cap) check('cap.remaining', v.cap.remainingMs);
  return bad;
}

/**
 * Where the pushed view, read at a later moment, says something else than the engine does at that moment: the
 * view's clocks are anchored once per change, so between changes they must run exactly as the engine's readings.
 */
function viewDisagreement(s: MeetingState, changedAt: number): string[] {
  const v = meetingView(s, 0);
  const bad: string[] = [];
  for (const later of [0, 1, 999, 61_000]) {
    const now = changedAt + later;
    const r = readings(s, now);
    const shown = readView(v, now);
    const same = (label: string, a: number | undefined, b: number | undefined) =>
      a !== b && bad.push(`${label}@+${later}: view ${a}, engine ${b}`);
    same('elapsed', shown.meeting.elapsedMs, r.elapsedMs);
    same('paused', shown.meeting.pausedMs, r.pausedMs);
    same('offTopic', shown.offTopic.totalMs, r.offTopicMs);
    same('episode', shown.offTopic.episodeMs, r.episodeMs);
    shown.items.forEach((i, n) => same(`${i.id}`, i.elapsedMs, r.items[n]?.elapsedMs));
    if (shown.chat) same('chat', shown.chat.elapsedMs, r.chatMs);
  }
  return bad;
}

describe('meeting engine properties', () => {
  it('item + off-topic + chat + paused time = wall time since start, to the millisecond', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { views } = run(sc);
        for (const v of views) {
          if (v.startedAt === null) continue;
          const wall = (v.endedAt ?? v.now) - v.startedAt;
          const onAgenda = v.items.reduce((sum, i) => sum + i.elapsedMs, 0);
          expect(onAgenda + v.offTopicMs + v.chatMs + v.pausedMs).toBe(wall);
          expect(v.elapsedMs).toBe(wall - v.pausedMs);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never shows a negative duration', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        for (const v of run(sc).views) expect(negativeDurations(v)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('replaying the event log reproduces the live state exactly', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { sim } = run(sc);
        expect(replay(sim.events)).toEqual(sim.state);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on how often it is read: no accumulation, so no drift', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 50 }),
        (sc, ticks) => {
          const { sim } = run(sc);
          const end = sim.now + ticks.reduce((a, b) => a + b, 0);
          let t = sim.now;
          for (const dt of ticks) {
            t += dt;
            readings(sim.state, t);
            readView(sim.view(), t);
          }
          const before = structuredClone(sim.state);
          expect(readings(sim.state, end)).toEqual(readings(replay(sim.events), end));
          expect(readView(sim.view(), end)).toEqual(
            readView(meetingView(replay(sim.events), sim.events.length), end),
          );
          expect(sim.state).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('replays a journal whose clock went backwards (a foreign or damaged file) without negative time', () => {
    const rawEvent = fc.tuple(
      fc.integer({ min: -600_000, max: 600_000 }),
      fc.constantFrom(
        'started',
        'itemChanged',
        'offTopicStarted',
        'offTopicStopped',
        'paused',
        'resumed',
        'ended',
        'undone',
      ),
      fc.nat({ max: 2 }),
    );
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 40 }), (raw) => {
        const p = plan();
        const log: MeetingEvent[] = [{ type: 'planned', at: T0, plan: p }];
        let at = T0;
        for (const [dt, type, index] of raw) {
          at = Math.max(0, at + dt);
          log.push(type === 'itemChanged' ? { type, at, index } : { type, at });
        }
        const state = replay(log);
        for (const seg of state.segments) expect(seg.to).toBeGreaterThanOrEqual(seg.from);
        const v = readings(state, at);
        expect(negativeDurations(v)).toEqual([]);
        if (v.startedAt !== null) {
          const wall = (v.endedAt ?? v.now) - v.startedAt;
          const onAgenda = v.items.reduce((sum, i) => sum + i.elapsedMs, 0);
          expect(onAgenda + v.offTopicMs + v.chatMs + v.pausedMs).toBe(wall);
        }
        expect(viewDisagreement(state, at)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the counters exact over an hour of jittery one-second ticks', () => {
    const sim = new Sim(plan({ items: [{ budgetSec: 3600 }] })).do({ type: 'start' });
    let t = T0;
    let jitter = 7;
    for (let i = 0; i < 3600; i++) {
      jitter = (jitter * 1103515245 + 12345) % 2147483648;
      t += 1000 + ((jitter % 41) - 20);
      readView(sim.view(), t);
    }
    expect(sim.read(t).current?.elapsedMs).toBe(t - T0);
  });
});
