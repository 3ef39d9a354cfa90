/**
 * A duration whose clock may be running: `ms` at the moment `since`, growing one for one from then on; a stopped
 * one (`since` null) stays at `ms`. Between two events every figure on screen is one of these, so a screen needs only
 * `readClock(c, now)` each second, never the engine.
 */
export interface Clocked {
  ms: number;
  since: number | null;
}

export function readClock(c: Clocked, now: number): number {
  return c.ms + (c.since === null ? 0 : Math.max(0, now - c.since));
}

/** A countdown against a budget, read at one moment. All in milliseconds; none negative. */
export interface Countdown {
  elapsedMs: number;
  budgetMs: number;
  remainingMs: number;
  overtimeMs: number;
  /** elapsed / budget, for progress indicators (1 when the budget is 0). */
  fraction: number;
}

export function countdown(elapsedMs: number, budgetMs: number): Countdown {
  return {
    elapsedMs,
    budgetMs,
    remainingMs: Math.max(0, budgetMs - elapsedMs),
    overtimeMs: Math.max(0, elapsedMs - budgetMs),
    fraction: budgetMs === 0 ? 1 : elapsedMs / budgetMs,
  };
}
