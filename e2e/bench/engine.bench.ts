import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { isAllowed } from '../../shared/meeting/meeting.allowed';
import { applyInPlace, initialState } from '../../shared/meeting/meeting.apply';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { decide } from '../../shared/meeting/meeting.decide';
import { derive } from '../../shared/meeting/meeting.derive';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { advance } from '../../shared/meeting/meeting.live';
import { replay } from '../../shared/meeting/meeting.replay';
import { figure, median, type Figure } from '../support/measure';
import { prng } from '../support/prng';

const T0 = 1_700_000_000_000;

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
  const p = plan(10);
  const log: MeetingEvent[] = [{ type: 'planned', at: T0, plan: p }];
  let state = initialState(p, T0);
  let now = T0;
  const choices: MeetingCommand[] = [
    { type: 'toggleOffTopic' },
    { type: 'togglePause' },
    { type: 'goto', index: 0 },
    { type: 'addTime', itemId: 'i0', sec: 60 },
    { type: 'undo' },
  ];
  // Folding in place keeps generation linear; an undo re-folds the whole log, as the engine does.
  const push = (e: MeetingEvent) => {
    log.push(e);
    if (e.type === 'undone') state = replay(log);
    else applyInPlace(state, e);
  };
  push({ type: 'started', at: now });
  while (log.length < count) {
    now += 1000 + Math.floor(rnd() * 20_000);
    let cmd = choices[Math.floor(rnd() * choices.length)]!;
    if (cmd.type === 'goto') cmd = { type: 'goto', index: Math.floor(rnd() * 11) };
    // Undo is a full re-fold by design; keep it as rare as it is in real use.
    if (cmd.type === 'undo' && rnd() < 0.999) continue;
    if (!isAllowed(state, cmd.type)) continue;
    const d = decide(state, cmd, now);
    if (d.ok) for (const e of d.events) push(e);
  }
  return log;
}

function deriveCost(): Figure {
  const log = generateLog(400);
  const state = replay(log);
  const runs: number[] = [];
  const calls = 20_000;
  let now = state.lastAt;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) derive(state, (now += 17));
    runs.push(((performance.now() - t) * 1e6) / calls);
  }
  // The overlay derives once a second per counter: even 1 ms would be cheap; we aim far below.
  return figure(median(runs), 'ns/call', { max: 50_000 });
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
  let state = initialState(p, T0);
  state = advance(state, [{ type: 'planned', at: T0, plan: p }], { type: 'started', at: T0 });
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
    ours = derive(state, t).current!.remainingMs;
  }
  const trueRemaining = budget - (t - T0);
  return {
    oursMs: figure(Math.abs(ours - trueRemaining), 'ms', { max: 0 }),
    naiveMs: figure(Math.abs(naive - trueRemaining), 'ms'),
    ticks,
  };
}

export function engineBench() {
  return { deriveCost: deriveCost(), replay100k: replayCost(), driftAfterOneHour: drift() };
}
