import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { isAllowed } from '../../shared/meeting/meeting.allowed';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { MeetingLog } from '../../shared/meeting/meeting.log';
import { meetingView } from '../../shared/meeting/meeting.view';
import { figure, median, percentile } from '../support/measure';
import { prng } from '../support/prng';
import { T0, people } from '../support/sim';

const PEOPLE = 50;
const FLOOR_CHANGES = 10_000;

/**
 * A long facilitated meeting: 50 people, a round, ten items, and 10,000 floor changes a few seconds apart among
 * people joining, leaving, queueing and being given the floor, with off-topic stretches and pauses between.
 */
function facilitatedMeeting(): { log: MeetingLog; foldMs: number[] } {
  const rnd = prng(15);
  const p = meetingPlanSchema.parse({
    id: 'bench-people',
    title: 'All-hands',
    audience: 'group',
    turnLimitSec: 120,
    participants: people(PEOPLE),
    items: [
      { id: 'round', title: 'Check-in', budgetSec: 1, round: { perPersonSec: 30, auto: true } },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, budgetSec: 600 })),
    ],
  });
  const log = MeetingLog.plan(p, T0);
  let now = T0;
  log.run({ type: 'start' }, now);
  const pick = () => `p${1 + Math.floor(rnd() * PEOPLE)}`;
  const foldMs: number[] = [];
  let changes = 0;
  while (changes < FLOOR_CHANGES) {
    now += 1000 + Math.floor(rnd() * 15_000);
    const r = rnd();
    const cmd: MeetingCommand =
      r < 0.6
        ? { type: 'giveFloor', participantId: pick() }
        : r < 0.75
          ? { type: 'queueAdd', participantId: pick() }
          : r < 0.85
            ? { type: 'queueNext' }
            : r < 0.9
              ? { type: 'toggleOffTopic' }
              : r < 0.93
                ? { type: 'goto', index: 1 + Math.floor(rnd() * 10) }
                : r < 0.96
                  ? { type: 'leaveParticipant', participantId: pick() }
                  : r < 0.99
                    ? { type: 'joinParticipant', participant: people(PEOPLE)[Math.floor(rnd() * PEOPLE)]! }
                    : { type: 'togglePause' };
    if (!isAllowed(log.state, cmd.type)) continue;
    const d = log.decide(cmd, now);
    if (!d.ok) continue;
    const t = performance.now();
    log.append(...d.events);
    const ms = performance.now() - t;
    if (d.events.some((e) => e.type === 'floorGiven')) {
      changes++;
      foldMs.push(ms);
    }
  }
  return { log, foldMs };
}

/** What the host pays per change of a facilitated meeting: the view a snapshot carries, and folding the event. */
export function facilitatorBench() {
  const { log, foldMs } = facilitatedMeeting();
  const state = log.state;
  const runs: number[] = [];
  const calls = 2_000;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < calls; i++) meetingView(state, i);
    runs.push((performance.now() - t) / calls);
  }
  const view = meetingView(state, log.length);
  return {
    participants: state.roster.length,
    floorChanges: state.turns,
    events: log.length,
    deriveMsPerSnapshot: figure(median(runs), 'ms', { max: 1 }),
    foldMsPerFloorChange: figure(median(foldMs.slice(-1000)), 'ms'),
    foldMsPerFloorChangeP99: figure(percentile(foldMs.slice(-1000), 99), 'ms'),
    viewBytes: figure(JSON.stringify(view).length, 'bytes'),
  };
}
