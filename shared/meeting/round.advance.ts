import { apply } from './meeting.apply';
import type { MeetingEvent } from './meeting.events';
import { currentRound, holdsRoundTurn, nextInRound } from './meeting.roster';
import type { MeetingState } from './meeting.state';

/**
 * When an automatic round hands the floor on by itself: the moment the current speaker's round turn reaches the time
 * each person has, counted in the item's own time (off-topic and pauses hold it). Null when nothing will: a round by
 * key, nobody taking a round turn, the item's clock stopped — or a handover that was due before the latest undo,
 * which the user took back: that speaker keeps the floor until someone moves it.
 */
export function roundAdvanceAt(s: MeetingState): number | null {
  if (s.status !== 'running' || !holdsRoundTurn(s)) return null;
  const r = currentRound(s)!;
  const sp = s.speech;
  if (!r.item.round.auto || !sp || sp.stretch !== `item:${r.item.id}`) return null;
  const due = sp.from + r.item.round.perPersonSec * 1000 - s.floor!.closedItemMs;
  if (s.lastUndoAt !== null && due <= s.lastUndoAt) return null;
  return due;
}

/**
 * The handovers due by `now`, each at its own moment (after a restart, several may be: each person still gets their
 * time), ending with the floor to nobody after the last speaker.
 */
export function dueRoundAdvances(state: MeetingState, now: number): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  let s = state;
  for (let due = roundAdvanceAt(s); due !== null && due <= now; due = roundAdvanceAt(s)) {
    const e: MeetingEvent = {
      type: 'roundAdvanced',
      at: Math.max(due, s.lastAt),
      participantId: nextInRound(s),
    };
    events.push(e);
    s = apply(s, e);
  }
  return events;
}
