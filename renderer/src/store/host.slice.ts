import type { StateCreator } from 'zustand';
import type { HostInfo, MeetingSnapshot } from '../../../shared/contract/contract';
import type { MeetingState } from '../../../shared/meeting/meeting.state';

/**
 * What the host last pushed. The store holds snapshots, not ticks: countdowns derive from `session` with a clock.
 * `session` and `nudgeLine` keep their identity while their content is unchanged, so the once-a-second pushes
 * re-render nothing that does not change.
 */
export interface HostSlice {
  session: MeetingState | null;
  nudgeLine: MeetingSnapshot['nudgeLine'];
  /** Host time of the latest snapshot. */
  snapshotAt: number;
  /** Host clock minus this clock, in ms. */
  offsetMs: number;
  data: HostInfo | null;
}

export const createHostSlice: StateCreator<HostSlice, [], [], HostSlice> = () => ({
  session: null,
  nudgeLine: null,
  snapshotAt: 0,
  offsetMs: 0,
  data: null,
});
