import type { TimeSources } from '../../main/core/clock/host.clock';
import type { Timers } from '../../main/core/clock/timers';

/**
 * A fake wall clock, monotonic clock and timer queue in one: `advance(ms)` moves both clocks and runs every timer
 * that comes due, in order. `jumpWall(ms)` moves only the wall clock (a clock change); `sleep(ms)` moves only the
 * wall clock too, as a suspended machine's monotonic clock does not advance.
 */
export class FakeTime implements TimeSources, Timers {
  private wallMs: number;
  private monoMs = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  constructor(start = 1_700_000_000_000) {
    this.wallMs = start;
  }

  wall(): number {
    return this.wallMs;
  }

  mono(): number {
    return this.monoMs;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ at: this.monoMs + Math.max(0, ms), fn, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }

  /** Moves time forward, running due timers at their own moment. */
  advance(ms: number): void {
    const end = this.monoMs + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at || a.id - b.id);
      const t = this.queue[0];
      if (!t || t.at > end) break;
      this.queue.shift();
      this.wallMs += t.at - this.monoMs;
      this.monoMs = t.at;
      t.fn();
    }
    this.wallMs += end - this.monoMs;
    this.monoMs = end;
  }

  jumpWall(ms: number): void {
    this.wallMs += ms;
  }

  /** Timers waiting, for assertions. */
  pending(): number[] {
    return this.queue.map((t) => t.at - this.monoMs).sort((a, b) => a - b);
  }
}
