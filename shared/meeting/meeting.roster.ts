import type { AgendaItem } from '../agenda/agenda.schema';
import { currentItem } from './meeting.facts';
import type { MeetingState, RosterEntry, RoundState } from './meeting.state';

/** Facts about the people in a meeting that do not depend on the clock. */

export function rosterEntry(s: MeetingState, participantId: string): RosterEntry | undefined {
  return s.roster.find((r) => r.participant.id === participantId);
}

export function isPresent(s: MeetingState, participantId: string): boolean {
  return rosterEntry(s, participantId)?.present === true;
}

/** Ids of the people in the call now, in roster order. */
export function presentIds(s: MeetingState): string[] {
  return s.roster.filter((r) => r.present).map((r) => r.participant.id);
}

/** The current item when it is a round that has begun, with the round's state. */
export function currentRound(
  s: MeetingState,
): { item: AgendaItem & { round: NonNullable<AgendaItem['round']> }; round: RoundState } | null {
  const item = currentItem(s);
  if (!item?.round) return null;
  const round = s.rounds[item.id];
  return round ? { item: item as AgendaItem & { round: NonNullable<AgendaItem['round']> }, round } : null;
}

/** Who speaks next in the current round: the first in its order still here who has not had a turn. */
export function nextInRound(s: MeetingState): string | null {
  const r = currentRound(s);
  if (!r) return null;
  return r.round.order.find((id) => !r.round.done.includes(id) && isPresent(s, id)) ?? null;
}

/** Whether the floor holder is taking their turn in the current round (so the round's clock is theirs). */
export function holdsRoundTurn(s: MeetingState): boolean {
  const r = currentRound(s);
  return !!r && !!s.floor && r.round.order.includes(s.floor.participantId);
}

/** The stretch of the meeting running now, as talk is filed under it; null while paused or not running. */
export function runningStretch(s: MeetingState): string | null {
  if (s.status !== 'running') return null;
  if (s.offTopic) return `offTopic:${s.episodes.length - 1}`;
  const item = currentItem(s);
  if (item) return `item:${item.id}`;
  return s.position === s.plan.items.length ? 'chat' : null;
}

/**
 * Who has been quiet longest: in the call, never given the floor, and not holding it now; of those, the one in the
 * call the longest (then the first in the roster). Null while the floor has never been given, since until then
 * nobody's silence means anything.
 */
export function quietest(s: MeetingState): { participantId: string; sinceMs: number } | null {
  if (s.trackingFromMs === null) return null;
  let best: { participantId: string; sinceMs: number } | null = null;
  for (const r of s.roster) {
    const id = r.participant.id;
    if (!r.present || (s.talk[id]?.turns ?? 0) > 0 || s.floor?.participantId === id) continue;
    const sinceMs = Math.max(r.joinedMeetingMs, s.trackingFromMs);
    if (!best || sinceMs < best.sinceMs) best = { participantId: id, sinceMs };
  }
  return best;
}
