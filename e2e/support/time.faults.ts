import fc from 'fast-check';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { readings } from './sim';
import { HostClock, JUMP_THRESHOLD_MS } from '../../main/core/clock/host.clock';
import { FakeTime } from './fake.time';
import { openHost } from './host.harness';
import { tempDataDir } from './temp.dir';

/** One thing that happens to a running host: time passes, the clock is changed, the laptop sleeps, a key is pressed. */
export type Fault =
  | { kind: 'advance'; ms: number }
  | { kind: 'jump'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'command'; command: MeetingCommand };

export const faultArbitrary: fc.Arbitrary<Fault> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: 0, max: 10 * 60_000 }).map((ms) => ({ kind: 'advance' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(3_600_000, -3_600_000).map((ms) => ({ kind: 'jump' as const, ms })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'sleep' as const, ms: 20 * 60_000 }) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<MeetingCommand>(
        { type: 'next' },
        { type: 'toggleOffTopic' },
        { type: 'togglePause' },
        { type: 'undo' },
        { type: 'addTime', itemId: 'b', sec: 300 },
      )
      .map((command) => ({ kind: 'command' as const, command })),
  },
);

export interface TimeFaultResult {
  scenarios: number;
  steps: number;
  /** Steps after which the host's time broke the documented rule, or a duration went negative: must be 0. */
  violations: number;
  firstViolation: string | null;
}

/**
 * Runs scenarios of clock jumps (±1 h), 20-minute suspends and commands mid-meeting against a host on a fake clock,
 * and checks each step against the rule documented on HostClock, modelled independently here: monotonic time always
 * counts; a wall clock ahead of the host's by more than the jump threshold is followed (a sleep or a clock set
 * ahead counts in the meeting); one behind is ignored while a meeting runs and followed when none does. And nothing is ever negative, and the
 * parts of a meeting add up to its length.
 */
export function runTimeFaults(scenarios: number, seed = 3): TimeFaultResult {
  const r: TimeFaultResult = { scenarios: 0, steps: 0, violations: 0, firstViolation: null };
  const plan = meetingPlanSchema.parse({
    id: 'faults',
    title: 'Faults',
    capSec: 3600,
    chatAtEndSec: 300,
    items: [
      { id: 'a', title: 'A', budgetSec: 900 },
      { id: 'b', title: 'B', budgetSec: 900 },
    ],
  });
  for (const faults of fc.sample(fc.array(faultArbitrary, { minLength: 1, maxLength: 25 }), {
    numRuns: scenarios,
    seed,
  })) {
    r.scenarios++;
    const tmp = tempDataDir();
    const time = new FakeTime(1_790_000_000_000);
    const { host } = openHost(tmp.dir, { clock: new HostClock(time), timers: time });
    try {
      host.meeting.create(plan);
      host.meeting.command({ type: 'start' });
      let model = host.clock.now();
      const fail = (step: number, why: string) => {
        r.violations++;
        r.firstViolation ??= `scenario ${r.scenarios} step ${step} (${JSON.stringify(faults[step])}): ${why}`;
      };
      faults.forEach((f, step) => {
        r.steps++;
        if (f.kind === 'advance') {
          // The host ticks every second while a meeting runs: a jump is noticed within a second of happening.
          time.advance(f.ms);
          model += f.ms;
        } else if (f.kind === 'jump' || f.kind === 'sleep') time.jumpWall(f.ms);
        else host.meeting.command(f.command);
        const live = host.meeting.state!.status === 'running' || host.meeting.state!.status === 'paused';
        host.checkClock();
        const skew = time.wall() - model;
        // Ahead is always followed; behind only when no meeting runs (an undone start leaves none running).
        if (skew > JUMP_THRESHOLD_MS || (!live && skew < -JUMP_THRESHOLD_MS)) model = time.wall();
        const now = host.clock.now();
        if (Math.abs(now - model) > 1) fail(step, `host time ${now} but the rule says ${model}`);
        const s = host.meeting.state!;
        if (s.startedAt === null) return;
        const v = readings(s, now);
        const onAgendaMs = v.items.reduce((sum, i) => sum + i.elapsedMs, 0);
        const values = [
          v.elapsedMs,
          v.pausedMs,
          v.offTopicMs,
          v.episodeMs,
          onAgendaMs,
          ...v.items.flatMap((i) => [i.elapsedMs, i.remainingMs, i.overtimeMs]),
        ];
        if (values.some((x) => x < 0)) fail(step, `a negative duration: ${values.join(', ')}`);
        const parts = onAgendaMs + v.offTopicMs + v.chatMs + v.pausedMs;
        if (parts !== now - s.startedAt!) fail(step, `parts ${parts} ≠ length ${now - s.startedAt!}`);
      });
    } finally {
      host.close();
      tmp.cleanup();
    }
  }
  return r;
}
