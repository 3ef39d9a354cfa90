import { msToNextFlip, type MeetingView } from '../../../shared/meeting/meeting.view';

type Listener = () => void;

/**
 * One clock for every ticking number in this window. It fires at the next second boundary of the view's primary
 * counter, so all clock leaves re-render together, once a second, at the moment the big number has to change. It
 * holds host time (this clock plus the estimated offset). Nothing ticks while nothing runs.
 */
export class Ticker {
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current = 0;
  private view: Pick<MeetingView, 'primary'> | null = null;

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

  /** A new view of the meeting (or none): re-align to its primary counter. */
  follow(view: Pick<MeetingView, 'primary'> | null): void {
    this.view = view;
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
    const wait = msToNextFlip(this.view, this.hostNow());
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
