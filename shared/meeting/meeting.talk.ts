import { own } from '../ids/safe.id';
import { clampNow } from './meeting.readings';
import type { MeetingState } from './meeting.state';

/**
 * Readings of who talked, at a moment `now`: closed talk plus the one stretch open now, so reading them often cannot
 * drift. Talk runs while the meeting runs (an item, off-topic, the chat), never while it is paused.
 */

/** Milliseconds of the talk running now (0 when nobody talks or the meeting does not run). */
function openTalkMs(s: MeetingState, now: number): number {
  return s.speech ? clampNow(s, now) - s.speech.from : 0;
}

/** Everything this person said so far. */
export function talkMs(s: MeetingState, participantId: string, now: number): number {
  const open = s.speech?.participantId === participantId ? openTalkMs(s, now) : 0;
  return (own(s.talk, participantId)?.ms ?? 0) + open;
}

/** What they said within one stretch ("item:<id>", "offTopic:<n>", "chat"). */
export function talkInMs(s: MeetingState, stretch: string, participantId: string, now: number): number {
  const sp = s.speech;
  const open = sp?.participantId === participantId && sp.stretch === stretch ? openTalkMs(s, now) : 0;
  const by = own(s.talkIn, stretch);
  return (by ? (own(by, participantId) ?? 0) : 0) + open;
}

/** The current turn's talk so far, or null when nobody has the floor. */
export function turnMs(s: MeetingState, now: number): number | null {
  const f = s.floor;
  if (!f) return null;
  return f.closedMs + (s.speech?.participantId === f.participantId ? openTalkMs(s, now) : 0);
}

/** The current turn's talk in the item's own time (what a round measures), or null when nobody has the floor. */
export function turnItemMs(s: MeetingState, now: number): number | null {
  const f = s.floor;
  if (!f) return null;
  const sp = s.speech;
  const open =
    sp?.participantId === f.participantId && sp.stretch.startsWith('item:') ? openTalkMs(s, now) : 0;
  return f.closedItemMs + open;
}

/** Their longest turn, the one running now included. */
export function longestTurnMs(s: MeetingState, participantId: string, now: number): number {
  const ended = own(s.talk, participantId)?.longestMs ?? 0;
  return s.floor?.participantId === participantId ? Math.max(ended, turnMs(s, now) ?? 0) : ended;
}
