import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0, plan } from '../../../e2e/support/sim';
import { decide } from '../meeting.decide';
import { runningBucket } from '../meeting.facts';
import { replay } from '../meeting.replay';

describe('meeting engine', () => {
  it('runs the current item against its budget from start', () => {
    const sim = new Sim().do({ type: 'start' }).wait(4 * MIN);
    const v = sim.read();
    expect(v.status).toBe('running');
    expect(v.current?.id).toBe('i0');
    expect(v.current?.elapsedMs).toBe(4 * MIN);
    expect(v.current?.remainingMs).toBe(6 * MIN);
    expect(v.meeting.elapsedMs).toBe(4 * MIN);
    expect(sim.view().header.next).toEqual({ kind: 'item', title: 'Item 1' });
  });

  it('shows overtime once an item passes its budget, and never a negative remaining', () => {
    const v = new Sim()
      .do({ type: 'start' })
      .wait(12 * MIN)
      .read();
    expect(v.current?.remainingMs).toBe(0);
    expect(v.current?.overtimeMs).toBe(2 * MIN);
    expect(v.current?.fraction).toBeCloseTo(1.2);
  });

  it('stops item time while off-topic runs: off-topic is its own bucket', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .wait(MIN)
      .do({ type: 'toggleOffTopic' })
      .wait(3 * MIN);
    expect(sim.read().current?.elapsedMs).toBe(MIN);
    expect(sim.read().offTopic).toEqual({ active: true, episodeMs: 3 * MIN, totalMs: 3 * MIN, episodes: 1 });
    expect(sim.read().meeting.elapsedMs).toBe(4 * MIN);
    sim.do({ type: 'toggleOffTopic' }).wait(MIN);
    expect(sim.read().current?.elapsedMs).toBe(2 * MIN);
    expect(sim.read().offTopic.active).toBe(false);
    expect(sim.read().offTopic.totalMs).toBe(3 * MIN);
  });

  it('stops everything while paused, including a running off-topic episode', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'pause' })
      .wait(10 * MIN);
    const v = sim.read();
    expect(runningBucket(sim.state)).toBe('paused');
    expect(v.offTopic.episodeMs).toBe(MIN);
    expect(v.meeting.elapsedMs).toBe(MIN);
    expect(v.meeting.pausedMs).toBe(10 * MIN);
    sim.do({ type: 'resume' }).wait(MIN);
    expect(sim.read().offTopic).toMatchObject({ active: true, episodeMs: 2 * MIN, episodes: 1 });
  });

  it('ends the off-topic episode when the user moves to another item', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'next' })
      .wait(MIN);
    const v = sim.read();
    expect(v.offTopic.active).toBe(false);
    expect(v.current?.id).toBe('i1');
    expect(v.current?.elapsedMs).toBe(MIN);
    expect(sim.state.episodes[0]?.to).toBe(T0 + MIN);
  });

  it('undo takes back the last action as if it never happened', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .wait(2 * MIN)
      .do({ type: 'next' })
      .wait(MIN)
      .do({ type: 'undo' });
    const v = sim.read();
    expect(v.current?.id).toBe('i0');
    expect(v.items[0]?.elapsedMs).toBe(3 * MIN);
    expect(v.items[1]?.elapsedMs).toBe(0);
    expect(sim.events.at(-1)?.type).toBe('undone');
  });

  it('undo of "next" during off-topic brings the episode back', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'next' })
      .wait(MIN)
      .do({ type: 'undo' });
    expect(sim.read().offTopic).toMatchObject({ active: true, episodeMs: 2 * MIN });
  });

  it('undo of "end" reopens the meeting; undo twice goes back two steps', () => {
    const sim = new Sim().do({ type: 'start' }).wait(MIN).do({ type: 'pause' }).wait(MIN).do({ type: 'end' });
    expect(sim.read().status).toBe('ended');
    sim.do({ type: 'undo' });
    expect(sim.read().status).toBe('paused');
    sim.do({ type: 'undo' });
    expect(sim.read().status).toBe('running');
    expect(sim.read().meeting.elapsedMs).toBe(2 * MIN);
  });

  it('skips nudge bookkeeping when undoing', () => {
    const sim = new Sim(plan({ items: [{ budgetSec: 60 }, { budgetSec: 60 }] }))
      .do({ type: 'start' })
      .wait(MIN);
    sim.fireDue();
    expect(sim.state.nudges).toHaveLength(1);
    sim.do({ type: 'undo' });
    expect(sim.read().status).toBe('planned');
    expect(sim.state.nudges).toHaveLength(1);
  });

  it('adds and removes time on an item, refusing a negative budget', () => {
    const sim = new Sim().do({ type: 'start' }).wait(11 * MIN);
    expect(sim.read().current?.overtimeMs).toBe(MIN);
    sim.do({ type: 'addTime', itemId: 'i0', sec: 300 });
    expect(sim.read().current?.remainingMs).toBe(4 * MIN);
    expect(sim.state.originalBudgets['i0']).toBe(600);
    const d = decide(sim.state, { type: 'addTime', itemId: 'i0', sec: -3600 }, sim.now);
    expect(d).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(decide(sim.state, { type: 'addTime', itemId: 'nope', sec: 60 }, sim.now)).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('adds an item mid-meeting without moving off the current one', () => {
    const sim = new Sim().do({ type: 'start' }).do({ type: 'next' }).wait(MIN);
    sim.do({
      type: 'addItem',
      item: { id: 'x', title: 'Urgent', budgetSec: 120, priority: 'normal' },
      index: 0,
    });
    expect(sim.read().current?.id).toBe('i1');
    expect(sim.read().items.map((i) => i.id)).toEqual(['x', 'i0', 'i1', 'i2']);
    expect(
      decide(
        sim.state,
        { type: 'addItem', item: { id: 'x', title: 'Dup', budgetSec: 60, priority: 'normal' } },
        sim.now,
      ).ok,
    ).toBe(false);
  });

  it('moves into the chat-at-end slot after the last item, where off-topic makes no sense', () => {
    const sim = new Sim(plan({ chatAtEndSec: 300, items: [{ budgetSec: 60 }] }))
      .do({ type: 'start' })
      .wait(MIN)
      .do({ type: 'next' })
      .wait(2 * MIN);
    const v = sim.read();
    expect(v.current).toBeNull();
    expect(v.chat).toMatchObject({ elapsedMs: 2 * MIN, remainingMs: 3 * MIN });
    expect(v.allowed.toggleOffTopic).toBe(false);
    expect(v.allowed.next).toBe(false);
    expect(v.items.reduce((sum, i) => sum + i.elapsedMs, 0)).toBe(MIN);
  });

  it('derives the meeting against its cap', () => {
    const v = new Sim(plan({ capSec: 1800 }))
      .do({ type: 'start' })
      .wait(35 * MIN)
      .read();
    expect(v.meeting.cap).toMatchObject({ remainingMs: 0, overtimeMs: 5 * MIN, budgetMs: 30 * MIN });
  });

  it('greys out commands by state, from one table', () => {
    const sim = new Sim();
    expect(sim.read().allowed).toMatchObject({
      start: true,
      next: false,
      pause: false,
      end: false,
      undo: false,
      toggleOffTopic: false,
    });
    sim.do({ type: 'start' });
    expect(sim.read().allowed).toMatchObject({
      start: false,
      next: true,
      pause: true,
      resume: false,
      end: true,
      undo: true,
    });
    sim.do({ type: 'pause' });
    expect(sim.read().allowed).toMatchObject({ pause: false, resume: true, togglePause: true });
    sim.do({ type: 'end' });
    expect(sim.read().allowed).toMatchObject({
      start: false,
      next: false,
      end: false,
      undo: true,
      toggleOffTopic: false,
    });
    const refused = decide(sim.state, { type: 'next' }, sim.now);
    expect(refused).toMatchObject({ ok: false, error: { code: 'notAllowed' } });
  });

  it('never lets a clock that stepped back make time negative', () => {
    const sim = new Sim()
      .do({ type: 'start' })
      .wait(5 * MIN)
      .do({ type: 'next' });
    sim.now -= 60 * MIN; // the wall clock jumped back an hour
    sim.do({ type: 'next' });
    const v = sim.read();
    expect(v.items[1]?.elapsedMs).toBe(0);
    expect(v.meeting.elapsedMs).toBe(5 * MIN);
    for (const s of sim.state.segments) expect(s.to).toBeGreaterThanOrEqual(s.from);
    expect(sim.read(T0 - 1000).meeting.elapsedMs).toBe(5 * MIN);
  });

  it('replays the journal to exactly the live state', () => {
    const sim = new Sim(plan({ chatAtEndSec: 120 }))
      .do({ type: 'start' })
      .wait(MIN)
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'pause' })
      .wait(MIN)
      .do({ type: 'resume' })
      .do({ type: 'goto', index: 2 })
      .wait(MIN)
      .do({ type: 'undo' })
      .do({ type: 'end' });
    expect(replay(sim.events)).toEqual(sim.state);
  });

  it('refuses a log that does not start with a plan', () => {
    expect(() => replay([{ type: 'started', at: T0 }])).toThrow(/planned/);
  });
});
