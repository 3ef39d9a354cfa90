import type { StateCreator } from 'zustand';
import type { HostData, SessionSnapshot } from '../../../shared/contract/contract';

/** What the host last pushed. The store holds snapshots, not ticks: countdowns derive from them with a clock. */
export interface HostSlice {
  snapshot: SessionSnapshot | null;
  /** Host clock minus this clock, in ms. */
  offsetMs: number;
  data: HostData | null;
}

export const createHostSlice: StateCreator<HostSlice, [], [], HostSlice> = () => ({
  snapshot: null,
  offsetMs: 0,
  data: null,
});
