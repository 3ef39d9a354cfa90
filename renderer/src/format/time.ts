const pad = (n: number) => String(n).padStart(2, '0');

/** "7:42", "1:02:03" — a duration in whole seconds as a clock. */
export function clock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** A countdown shows whole seconds left, rounded up: "10:00" for the whole first second. */
export function countdown(remainingMs: number): string {
  return clock(Math.ceil(remainingMs / 1000));
}

/** Time past a budget: "+1:23". */
export function overtime(ms: number): string {
  return `+${clock(Math.floor(ms / 1000))}`;
}

/** Elapsed time, rounded down: "3:12". */
export function elapsed(ms: number): string {
  return clock(Math.floor(ms / 1000));
}

export { exactDuration, humanDuration } from '../../../shared/format/duration.format';

/** Over or under budget by enough to show: a difference that rounds to "0 sec" is on budget. */
export function deltaSign(ms: number): 1 | 0 | -1 {
  return Math.abs(ms) < 500 ? 0 : ms > 0 ? 1 : -1;
}
