import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { isAllowed } from '../../shared/meeting/meeting.allowed';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { MeetingLog } from '../../shared/meeting/meeting.log';
import { replay } from '../../shared/meeting/meeting.replay';
import { countdown, readClock } from '../../shared/meeting/meeting.clocked';
import { meetingView } from '../../shared/meeting/meeting.view';
import { figure, median, type Figure } from '../support/measure';
import { prng } from '../support/prng';
import { T0 } from '../support/sim';

function plan(items: number) {
  return meetingPlanSchema.parse({
    id: 'bench',
    title: 'Bench meeting',
    capSec: 3600,
    chatAtEndSec: 300,
    items: Array.from({ length: items }, (_, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      budgetSec: 300 + i * 60,
    })),
  });
}

/** A realistic journal: random user actions a few seconds apart, as many as asked. */
export function generateLog(count: number, seed = 1): MeetingEvent[] {
  const rnd = prng(seed);
  const log = MeetingLog.plan(plan(10), T0);
  let now = T0;
  const choices: MeetingCommand[] = [
    { type: 'toggleOffTopic' },
    { type: 'togglePause' },
    { type: 'goto', index: 0 },
    { type: 'addTime', itemId: 'i0', sec: 60 },
    { type: 'undo' },
  ];
  log.run({ type: 'start' }, now);
  while (log.length < count) {
    now += 1000 + Math.floor(rnd() * 20_000);
    let cmd = choices[Math.floor(rnd() * choices.length)]!;
    if (cmd.type === 'goto') cmd = { type: 'goto', index: Math.floor(rnd() * 11) };
    // Undo is a full re-fold by design; keep it as rare as it is in real use.
    if (cmd.type === 'undo' && rnd() < 0.999) continue;
    if (!isAllowed(log.state, cmd.type)) continue;
    log.run(cmd, now);
  }
  return [...log.events];
}

/** Building the view a snapshot carries: the host does it once per change of the meeting. */
function viewCost(): Figure {
  const log = generateLog(400);
  const state = replay(log);
  const runs: number[] = [];
  const calls = 20_000;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) meetingView(state, i);
    runs.push(((performance.now() - t) * 1e6) / calls);
  }
  // Even 1 ms per change would be cheap; we aim far below.
  return figure(median(runs), 'ns/call', { max: 50_000 });
}

/** What a screen computes each second from that view: every clock on it read once. */
function readCost(): Figure {
  const view = meetingView(replay(generateLog(400)), 0);
  const runs: number[] = [];
  const calls = 200_000;
  let now = T0 + 3_600_000;
  let sink = 0;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) {
      now += 17;
      sink += readClock(view.meeting.elapsed, now) + readClock(view.offTopic.episode, now);
      if (view.counter && view.counter.kind !== 'total')
        sink += countdown(readClock(view.counter.elapsed, now), view.counter.budgetMs).remainingMs;
    }
    runs.push(((performance.now() - t) * 1e6) / calls);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return figure(median(runs), 'ns/call', { max: 5_000 });
}

function replayCost(): { events: number; ms: Figure } {
  const log = generateLog(100_000);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    replay(log);
    runs.push(performance.now() - t);
  }
  return { events: log.length, ms: figure(median(runs), 'ms', { max: 1000 }) };
}

/**
 * An hour of a countdown shown with 1 s ticks from timers that fire late (event-loop latency, now and then a long
 * stall): a naive `remaining -= 1000` per tick against ours, which derives from stored moments at each tick.
 */
function drift(): { oursMs: Figure; naiveMs: Figure; ticks: number } {
  const rnd = prng(42);
  const budget = 3_600_000;
  const p = meetingPlanSchema.parse({
    id: 'd',
    title: 'Drift',
    items: [{ id: 'a', title: 'A', budgetSec: budget / 1000 }],
  });
  const log = MeetingLog.plan(p, T0);
  log.run({ type: 'start' }, T0);
  const view = meetingView(log.state, log.length);
  let naive = budget;
  let t = T0;
  let ticks = 0;
  let ours = budget;
  for (;;) {
    const late = rnd() < 0.01 ? 50 + rnd() * 150 : rnd() * 16;
    const next = t + 1000 + late; // setTimeout(tick, 1000) re-armed from inside the late callback
    if (next > T0 + budget) break;
    t = next;
    ticks++;
    naive -= 1000;
    const c = view.counter!;
    if (c.kind === 'total') throw new Error('the meeting runs');
    ours = countdown(readClock(c.elapsed, t), c.budgetMs).remainingMs;
  }
  const trueRemaining = budget - (t - T0);
  return {
    oursMs: figure(Math.abs(ours - trueRemaining), 'ms', { max: 0 }),
    naiveMs: figure(Math.abs(naive - trueRemaining), 'ms'),
    ticks,
  };
}

export function engineBench() {
  return { viewCost: viewCost(), readCost: readCost(), replay100k: replayCost(), driftAfterOneHour: drift() };
}
