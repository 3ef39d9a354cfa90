import { create } from 'zustand';
import type { HostData, SessionSnapshot } from '../../../shared/contract/contract';
import type { ConnectionStatus, Transport } from '../transport/transport';
import { OffsetEstimator } from './clock.offset';
import { createConnectionSlice, type ConnectionSlice } from './connection.slice';
import { createHostSlice, type HostSlice } from './host.slice';

export type AppState = ConnectionSlice & HostSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createHostSlice(...a),
}));

const offsets = new OffsetEstimator();

/** Called by the transport, outside React. */
export function applySnapshot(snapshot: SessionSnapshot, receivedAt: number): void {
  useAppStore.setState({ snapshot, offsetMs: offsets.add(snapshot.at, receivedAt) });
}

export function applyData(data: HostData): void {
  useAppStore.setState({ data });
}

export function applyStatus(status: ConnectionStatus, kind: Transport['kind']): void {
  useAppStore.setState({ connection: { status, kind } });
}

/** Feeds one transport into the store; returns the unsubscribe. */
export function connectStore(transport: Transport): () => void {
  return transport.subscribe({
    snapshot: applySnapshot,
    data: applyData,
    status: (s) => applyStatus(s, transport.kind),
  });
}
