import type { HostClock } from './clock/host.clock';
import type { Timers } from './clock/timers';
import type { Logger } from './log';

/** What every service may use: where data lives, the one clock, timers, the log and randomness. */
export interface HostContext {
  readonly dataDir: string;
  readonly clock: HostClock;
  readonly timers: Timers;
  readonly log: Logger;
  readonly random: () => number;
}
