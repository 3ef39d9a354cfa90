import { create } from 'zustand';
import type {
  HostInfo,
  MeetingSnapshot,
  NudgeLineView,
  RebalanceOfferView,
} from '../../../shared/contract/contract';
import type { MeetingView } from '../../../shared/meeting/meeting.view';
import type { RoomView } from '../../../shared/room/room.view';
import { Ticker } from '../clock/ticker';
import type { ConnectionStatus, Transport } from '../transport/transport';
import { OffsetEstimator } from './clock.offset';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

/**
 * Everything this window knows, in one store: what the host last pushed, and what belongs to this window only. The
 * store holds snapshots, not ticks: clock leaves read the view with the ticker's time. Its actions are plain
 * functions (here and in actions.ts), outside the state.
 */
export interface AppState {
  connection: { status: ConnectionStatus; kind: Transport['kind'] | null };
  /**
   * The open meeting as the host computed it, or null. `view`, `nudge` and `offer` keep their identity while their
   * content is unchanged, so the once-a-second pushes re-render nothing that does not change.
   */
  view: MeetingView | null;
  /** The line to show now, if any. */
  nudge: NudgeLineView | null;
  /** The rebalance worth offering at the latest push, if any. */
  offer: RebalanceOfferView | null;
  /** What the room view shows (all a view-only device is sent). */
  room: RoomView | null;
  /** Host clock minus this clock, in ms. */
  offsetMs: number;
  /** Settings, clients, templates, phrases, the detector: everything but the meeting. */
  info: HostInfo | null;
  overlayExpanded: boolean;
  toasts: Toast[];
}

export const initialState: AppState = {
  connection: { status: 'connecting', kind: null },
  view: null,
  nudge: null,
  offer: null,
  room: null,
  offsetMs: 0,
  info: null,
  overlayExpanded: false,
  toasts: [],
};

export const useAppStore = create<AppState>()(() => initialState);

/** Host time as this window best knows it. */
export const hostNow = (): number => Date.now() + useAppStore.getState().offsetMs;

/** The one clock every ticking number reads (see Ticker). */
export const ticker = new Ticker(hostNow);

const offsets = new OffsetEstimator();

/** The same meeting at the same point of its journal: the view (or the room's part of it) is the same. */
function sameView<V extends { id: string; seq: number }>(a: V | null, b: V | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && a.seq === b.seq);
}

function sameNudge(a: NudgeLineView | null, b: NudgeLineView | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.key === b.key &&
      a.lineId === b.lineId &&
      a.text === b.text &&
      a.tier === b.tier &&
      a.situation === b.situation &&
      a.locale === b.locale)
  );
}

function sameOffer(a: RebalanceOfferView | null, b: RebalanceOfferView | null): boolean {
  return (
    a === b ||
    (a !== null && b !== null && a.cutSec === b.cutSec && a.shrunk === b.shrunk && a.deferred === b.deferred)
  );
}

/** Called by the transport, outside React. Unchanged parts keep their identity. */
export function applySnapshot(snapshot: MeetingSnapshot, receivedAt: number): void {
  const prev = useAppStore.getState();
  const view = sameView(prev.view, snapshot.view) ? prev.view : snapshot.view;
  const room = sameView(prev.room, snapshot.room) ? prev.room : snapshot.room;
  useAppStore.setState({
    view,
    room,
    nudge: sameNudge(prev.nudge, snapshot.nudge) ? prev.nudge : snapshot.nudge,
    offer: sameOffer(prev.offer, snapshot.offer) ? prev.offer : snapshot.offer,
    offsetMs: offsets.add(snapshot.at, receivedAt),
  });
  // A view-only screen has no view: its clocks follow the room's own counter.
  if (view !== prev.view || room !== prev.room)
    ticker.follow(view ?? (room ? { primary: room.counter?.elapsed ?? room.meeting.elapsed } : null));
}

export function applyInfo(info: HostInfo): void {
  useAppStore.setState({ info });
}

export function applyStatus(status: ConnectionStatus, kind: Transport['kind']): void {
  useAppStore.setState({ connection: { status, kind } });
}

/** Feeds one transport into the store; returns the unsubscribe. */
export function connectStore(transport: Transport): () => void {
  return transport.subscribe({
    snapshot: applySnapshot,
    info: applyInfo,
    status: (s) => applyStatus(s, transport.kind),
  });
}
