import type { Clocked } from '../meeting/meeting.clocked';
import type { MeetingStatus } from '../meeting/meeting.state';
import type { MeetingView } from '../meeting/meeting.view';

/**
 * What the room view shows on a shared screen or a TV: where the meeting stands, who has the floor and for how long,
 * who is waiting, what comes next. Derived from the meeting's view and nothing else, and holding nothing a room
 * must not see: no client, no rate or cost, no lines, no notes, no plan card.
 */
export interface RoomView {
  id: string;
  seq: number;
  status: MeetingStatus;
  /** The current item (null in the chat at the end, before the start and after the end). */
  item: { title: string; n: number; total: number } | null;
  /** What the big clock counts: the current item or the chat at the end, against its budget. */
  counter: { kind: 'item' | 'chat'; elapsed: Clocked; budgetMs: number; stopped: boolean } | null;
  offTopic: boolean;
  meeting: { elapsed: Clocked; capMs: number | null };
  next: { kind: 'item'; title: string } | { kind: 'chat' } | null;
  /** Who has the floor, their turn so far, and the limit it runs against (null when nobody has it). */
  floor: { name: string; turn: Clocked; limitMs: number | null } | null;
  /** Names waiting to speak, first first. */
  queue: string[];
  round: { done: number; total: number; next: string | null } | null;
}

/** The room's part of a meeting's view (null when no meeting is open). Pure; computed once per change, like the view. */
export function roomView(v: MeetingView | null): RoomView | null {
  if (!v) return null;
  const people = v.people;
  const name = (id: string | null) => people?.rows.find((r) => r.id === id)?.name ?? null;
  const holder = name(people?.floor.participantId ?? null);
  const turn = people?.round?.turn ?? people?.floor.turn ?? null;
  const counter = v.counter && v.counter.kind !== 'total' ? v.counter : null;
  return {
    id: v.id,
    seq: v.seq,
    status: v.status,
    item:
      v.currentItem && v.header.position
        ? { title: v.currentItem.title, n: v.header.position.n, total: v.header.position.total }
        : null,
    counter: counter
      ? { kind: counter.kind, elapsed: counter.elapsed, budgetMs: counter.budgetMs, stopped: counter.stopped }
      : null,
    offTopic: v.offTopic.active,
    meeting: { elapsed: v.meeting.elapsed, capMs: v.meeting.capMs },
    next: v.header.next,
    floor: holder !== null && turn ? { name: holder, turn, limitMs: people!.floor.limitMs } : null,
    queue: (people?.queue ?? []).map((id) => name(id) ?? '').filter(Boolean),
    round: people?.round
      ? { done: people.round.done.length, total: people.round.order.length, next: name(people.round.next) }
      : null,
  };
}
