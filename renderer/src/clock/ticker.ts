import { msToNextFlip } from '../../../shared/meeting/meeting.flip';
import type { MeetingState } from '../../../shared/meeting/meeting.state';

type Listener = () => void;

/**
 * One clock for every ticking number on screen. It fires at the next second boundary of the running counter, so all
 * clock leaves re-render together, once a second, at the moment the big number has to change. It holds host time
 * (this clock plus the estimated offset). Nothing ticks while nothing runs.
 */
export class Ticker {
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current = 0;
  private state: MeetingState | null = null;

  constructor(
    private readonly hostNow: () => number,
    // Wrapped: browsers refuse setTimeout called as a method of another object ("Illegal invocation").
    private readonly timers: {
      set: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>;
      clear: (t: ReturnType<typeof setTimeout>) => void;
    } = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (t) => clearTimeout(t),
    },
  ) {
    this.current = hostNow();
  }

  readonly subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  readonly getNow = (): number => this.current;

  /** A new session state (or none): re-align to its running counter. */
  follow(state: MeetingState | null): void {
    this.state = state;
    this.current = this.hostNow();
    this.emit();
    this.schedule();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  private schedule(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const s = this.state;
    if (!s || (s.status !== 'running' && s.status !== 'paused')) return;
    const wait = msToNextFlip(s, this.hostNow());
    if (wait === null) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.current = this.hostNow();
      this.emit();
      this.schedule();
    }, wait + 1);
  }

  stop(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
