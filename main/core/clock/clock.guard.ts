import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { Logger } from '../log';
import type { HostClock } from './host.clock';

export interface ClockGuardDeps {
  clock: HostClock;
  log: Logger;
  meeting: {
    readonly state: MeetingState | null;
    append(events: MeetingEvent[]): void;
    command(cmd: MeetingCommand): unknown;
    arm(): void;
  };
  sleepCountsAsPaused(): boolean;
}

/**
 * What the host does when the wall clock and the monotonic clock disagree (the rule is documented on HostClock):
 * checked on each tick and before each command, and told when the OS sleeps and wakes.
 */
export class ClockGuard {
  /** The wall clock went back during a meeting: the host keeps its own time until the meeting is put away. */
  private behind = false;

  constructor(private readonly deps: ClockGuardDeps) {}

  check(): void {
    const { clock, log, meeting } = this.deps;
    const jump = clock.detectJump();
    if (!jump) return;
    const s = meeting.state;
    const live = isLive(s);
    if (jump.kind === 'backward') {
      if (!live) {
        clock.reanchor();
        return;
      }
      if (!this.behind)
        log.warn(
          `the system clock went back ${Math.round(jump.ms / 1000)} s; the meeting keeps its own time`,
        );
      this.behind = true;
      return;
    }
    if (s?.status === 'running' && this.deps.sleepCountsAsPaused()) {
      // The pause and the resume are two moments, with the clock re-anchored between them.
      meeting.append([{ type: 'paused', at: jump.before }]);
      clock.reanchor();
      meeting.append([{ type: 'resumed', at: clock.now() }]);
      log.info(`the computer slept ${Math.round(jump.ms / 1000)} s; that time counts as a pause`);
    } else {
      clock.reanchor();
      if (live)
        log.info(
          `the clock moved ahead ${Math.round(jump.ms / 1000)} s (sleep?); that time counts in the meeting`,
        );
    }
    meeting.arm();
  }

  /** The OS is going to sleep: with "sleep counts as paused", pause now rather than guess later. */
  suspend(): void {
    if (this.deps.meeting.state?.status === 'running' && this.deps.sleepCountsAsPaused())
      this.deps.meeting.command({ type: 'pause' });
  }

  /** The meeting was put away: a clock that went back is followed from now on. */
  meetingClosed(): void {
    if (this.behind) this.deps.clock.reanchor();
    this.behind = false;
  }
}
