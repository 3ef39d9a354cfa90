/** Where time comes from: a wall clock for timestamps and a monotonic one for durations. Injectable for tests. */
export interface TimeSources {
  wall(): number;
  mono(): number;
}

export const systemTimeSources: TimeSources = {
  wall: () => Date.now(),
  mono: () => performance.now(),
};

export interface ClockJump {
  kind: 'forward' | 'backward';
  /** How far the wall clock moved against the monotonic one, in ms (positive). */
  ms: number;
  /** The host time just before the jump was noticed. */
  before: number;
}

/** Wall and monotonic clocks disagreeing by more than this is a jump, not jitter. */
export const JUMP_THRESHOLD_MS = 2000;

/**
 * The host's one clock. Timestamps are the wall clock at the last anchor plus monotonic time since, so durations
 * never see a wall-clock step. A disagreement between the two is a jump:
 * - forward (the laptop slept, or the clock was set ahead): the clock follows the wall, so the time counts — as a
 *   real call does. The host turns it into a pause instead when the user asked for that.
 * - backward (the clock was set back): the clock keeps going forward from where it was and re-anchors only once no
 *   meeting runs, so a running meeting never loses time.
 * `now()` never goes backwards, except at a re-anchor after a backward jump, which the host makes only between
 * meetings.
 */
export class HostClock {
  private anchorWall: number;
  private anchorMono: number;
  private last = -Infinity;

  constructor(private readonly sources: TimeSources = systemTimeSources) {
    this.anchorWall = sources.wall();
    this.anchorMono = sources.mono();
  }

  now(): number {
    const t = Math.round(this.anchorWall + (this.sources.mono() - this.anchorMono));
    this.last = Math.max(this.last, t);
    return this.last;
  }

  /** Compares the clocks; returns the jump found, if any. Call it often (each tick, each command, on resume). */
  detectJump(): ClockJump | null {
    const before = this.now();
    const skew = this.sources.wall() - before;
    if (Math.abs(skew) <= JUMP_THRESHOLD_MS) return null;
    return { kind: skew > 0 ? 'forward' : 'backward', ms: Math.abs(skew), before };
  }

  /** Follows the wall clock from now on. */
  reanchor(): void {
    this.anchorWall = this.sources.wall();
    this.anchorMono = this.sources.mono();
    this.last = -Infinity;
  }
}
