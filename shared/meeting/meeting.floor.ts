import type { EventOf } from './meeting.events';
import { currentItem } from './meeting.facts';
import { meetingElapsedMs } from './meeting.readings';
import { currentRound, isPresent, presentIds, rosterEntry, runningStretch } from './meeting.roster';
import type { MeetingState, RosterEntry } from './meeting.state';

/**
 * How the people events change a meeting's state, and the bookkeeping of talk that follows every event. The floor is
 * a moment (who, since when); talk is filed in stretches that close whenever the speaker or the bucket changes, so
 * each millisecond of talk is counted once, where it happened, and never while paused.
 */

function talkOf(s: MeetingState, id: string) {
  return (s.talk[id] ??= { ms: 0, turns: 0, longestMs: 0 });
}

function closeSpeech(s: MeetingState, at: number): void {
  const sp = s.speech;
  if (!sp) return;
  const ms = at - sp.from;
  s.speech = null;
  talkOf(s, sp.participantId).ms += ms;
  const by = (s.talkIn[sp.stretch] ??= {});
  by[sp.participantId] = (by[sp.participantId] ?? 0) + ms;
  const f = s.floor;
  if (f?.participantId === sp.participantId) {
    f.closedMs += ms;
    if (sp.stretch.startsWith('item:')) f.closedItemMs += ms;
  }
}

/** After any event: the talk running now is the floor holder's, in the stretch running now (or none). */
export function syncSpeech(s: MeetingState, at: number): void {
  const holder = s.floor?.participantId ?? null;
  const stretch = holder !== null && isPresent(s, holder) ? runningStretch(s) : null;
  const sp = s.speech;
  if (sp && sp.participantId === holder && sp.stretch === stretch) return;
  closeSpeech(s, at);
  if (holder !== null && stretch !== null) s.speech = { participantId: holder, stretch, from: at };
}

/** Nobody has the floor any more; the turn that ends counts towards its speaker's longest. */
export function endTurn(s: MeetingState, at: number): void {
  closeSpeech(s, at);
  const f = s.floor;
  if (!f) return;
  const t = talkOf(s, f.participantId);
  t.longestMs = Math.max(t.longestMs, f.closedMs);
  s.floor = null;
}

/** A new turn for this person (or none), off the speaking list; in a round it is their round turn. */
function giveFloor(s: MeetingState, participantId: string | null, at: number): void {
  endTurn(s, at);
  if (participantId === null) return;
  s.queue = s.queue.filter((id) => id !== participantId);
  s.floor = { index: s.turns++, participantId, from: at, closedMs: 0, closedItemMs: 0 };
  talkOf(s, participantId).turns += 1;
  s.trackingFromMs ??= meetingElapsedMs(s, at);
  const r = currentRound(s);
  if (r && r.round.order.includes(participantId) && !r.round.done.includes(participantId))
    r.round.done.push(participantId);
}

/** Rounds not begun yet take one turn more (or less) when someone joins (or leaves): people × time each. */
function shiftUnstartedRounds(s: MeetingState, people: 1 | -1): void {
  for (const item of s.plan.items)
    if (item.round && !s.rounds[item.id])
      item.budgetSec = Math.max(0, item.budgetSec + people * item.round.perPersonSec);
}

/**
 * After the position moved: leaving a round ends its turn; entering one begins it (the first time, with the people
 * here now, in roster order) and gives the floor to the first who has not had a turn.
 */
export function positionChanged(s: MeetingState, from: number, at: number): void {
  const left = s.plan.items[from];
  if (
    from !== s.position &&
    left?.round &&
    s.floor &&
    s.rounds[left.id]?.order.includes(s.floor.participantId)
  )
    endTurn(s, at);
  const item = currentItem(s);
  if (!item?.round) return;
  if (!s.rounds[item.id]) {
    const order = presentIds(s);
    s.rounds[item.id] = { order, done: [] };
    item.budgetSec = item.round.perPersonSec * order.length;
  }
  const round = s.rounds[item.id]!;
  const first = round.order.find((id) => !round.done.includes(id) && isPresent(s, id));
  if (first !== undefined) giveFloor(s, first, at);
}

type Handler<T extends keyof PeopleEvents> = (s: MeetingState, e: PeopleEvents[T], at: number) => void;
interface PeopleEvents {
  participantJoined: EventOf<'participantJoined'>;
  participantLeft: EventOf<'participantLeft'>;
  floorGiven: EventOf<'floorGiven'>;
  roundAdvanced: EventOf<'roundAdvanced'>;
  queued: EventOf<'queued'>;
  unqueued: EventOf<'unqueued'>;
  queueMoved: EventOf<'queueMoved'>;
}

/** Whether a people event can apply to this state (a damaged journal's cannot, and is skipped). */
export const PEOPLE_GUARDS: { [T in keyof PeopleEvents]: (s: MeetingState, e: PeopleEvents[T]) => boolean } =
  {
    participantJoined: (s, e) => {
      if (s.status === 'ended') return false;
      const entry = rosterEntry(s, e.participant.id);
      return entry ? !entry.present : true;
    },
    participantLeft: (s, e) => s.status !== 'ended' && isPresent(s, e.participantId),
    floorGiven: (s, e) =>
      (s.status === 'running' || s.status === 'paused') &&
      (e.participantId === null ? s.floor !== null : isPresent(s, e.participantId)),
    roundAdvanced: (s, e) =>
      s.status === 'running' &&
      currentRound(s) !== null &&
      (e.participantId === null || isPresent(s, e.participantId)),
    queued: (s, e) => isPresent(s, e.participantId) && !s.queue.includes(e.participantId),
    unqueued: (s, e) => s.queue.includes(e.participantId),
    queueMoved: (s, e) => s.queue.includes(e.participantId),
  };

export const PEOPLE_HANDLERS: { [T in keyof PeopleEvents]: Handler<T> } = {
  participantJoined: (s, e, at) => {
    const joinedMeetingMs = s.startedAt === null ? 0 : meetingElapsedMs(s, at);
    const entry: RosterEntry | undefined = rosterEntry(s, e.participant.id);
    if (entry) Object.assign(entry, { present: true, joinedMeetingMs });
    else s.roster.push({ participant: structuredClone(e.participant), present: true, joinedMeetingMs });
    talkOf(s, e.participant.id);
    const r = currentRound(s);
    if (r && !r.round.order.includes(e.participant.id)) {
      r.round.order.push(e.participant.id);
      r.item.budgetSec += r.item.round.perPersonSec;
    }
    shiftUnstartedRounds(s, 1);
  },
  participantLeft: (s, e, at) => {
    const id = e.participantId;
    rosterEntry(s, id)!.present = false;
    if (s.floor?.participantId === id) endTurn(s, at);
    s.queue = s.queue.filter((q) => q !== id);
    const r = currentRound(s);
    if (r && r.round.order.includes(id) && !r.round.done.includes(id)) {
      r.round.order = r.round.order.filter((o) => o !== id);
      r.item.budgetSec = Math.max(0, r.item.budgetSec - r.item.round.perPersonSec);
    }
    shiftUnstartedRounds(s, -1);
  },
  floorGiven: (s, e, at) => giveFloor(s, e.participantId, at),
  roundAdvanced: (s, e, at) => giveFloor(s, e.participantId, at),
  queued: (s, e) => {
    s.queue.splice(Math.min(e.index, s.queue.length), 0, e.participantId);
  },
  unqueued: (s, e) => {
    s.queue = s.queue.filter((id) => id !== e.participantId);
  },
  queueMoved: (s, e) => {
    const rest = s.queue.filter((id) => id !== e.participantId);
    rest.splice(Math.min(e.index, rest.length), 0, e.participantId);
    s.queue = rest;
  },
};
