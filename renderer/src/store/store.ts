import { create } from 'zustand';
import type { HostInfo, MeetingSnapshot } from '../../../shared/contract/contract';
import { Ticker } from '../clock/ticker';
import type { ConnectionStatus, Transport } from '../transport/transport';
import { OffsetEstimator } from './clock.offset';
import { createConnectionSlice, type ConnectionSlice } from './connection.slice';
import { createHostSlice, type HostSlice } from './host.slice';
import { createUiSlice, type UiSlice } from './ui.slice';

export type AppState = ConnectionSlice & HostSlice & UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createConnectionSlice(...a),
  ...createHostSlice(...a),
  ...createUiSlice(...a),
}));

/** Host time as this window best knows it. */
export const hostNow = (): number => Date.now() + useAppStore.getState().offsetMs;

/** The one clock every ticking number reads (see Ticker). */
export const ticker = new Ticker(hostNow);

const offsets = new OffsetEstimator();
let lastSession = 'null';

/** Called by the transport, outside React. Unchanged parts keep their identity. */
export function applySnapshot(snapshot: MeetingSnapshot, receivedAt: number): void {
  const session = JSON.stringify(snapshot.session);
  const line = JSON.stringify(snapshot.nudgeLine);
  const prev = useAppStore.getState();
  const sessionChanged = session !== lastSession;
  lastSession = session;
  useAppStore.setState({
    session: sessionChanged ? snapshot.session : prev.session,
    nudgeLine: line === JSON.stringify(prev.nudgeLine) ? prev.nudgeLine : snapshot.nudgeLine,
    snapshotAt: snapshot.at,
    offsetMs: offsets.add(snapshot.at, receivedAt),
  });
  if (sessionChanged) ticker.follow(snapshot.session);
}

export function applyData(data: HostInfo): void {
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
