import type { Clocked } from './meeting.clocked';
import { currentRound, holdsRoundTurn, nextInRound } from './meeting.roster';
import type { MeetingState } from './meeting.state';
import { talkMs, turnItemMs, turnMs } from './meeting.talk';

/** One person as screens show them: their digit key, whether they are in the call, their talk so far. */
export interface PersonRow {
  id: string;
  /** 1-based, in roster order: keys 1–9 give them the floor. */
  n: number;
  name: string;
  org: string;
  present: boolean;
  talk: Clocked;
  turns: number;
  /** 1-based place on the speaking list, or null. */
  queued: number | null;
}

/** Who has the floor, for how long, and the limit it is measured against. */
export interface FloorView {
  participantId: string | null;
  /** The current turn's talk (null when nobody has the floor). */
  turn: Clocked | null;
  /** The turn limit, or the round's time per person while a round turn runs; null for none. */
  limitMs: number | null;
}

export interface RoundView {
  itemId: string;
  perPersonSec: number;
  auto: boolean;
  order: string[];
  /** Those who have had their turn (the current speaker included). */
  done: string[];
  next: string | null;
  /** The current round turn in the item's own time, or null when nobody is taking one. */
  turn: Clocked | null;
}

export interface PeopleView {
  rows: PersonRow[];
  floor: FloorView;
  /** Ids on the speaking list, first to speak first. */
  queue: string[];
  /** Ids of those in the call who have not had the floor yet. */
  notSpoken: string[];
  /** The floor has been given at least once: who has not spoken means something. */
  tracking: boolean;
  round: RoundView | null;
}

/** The people part of the view, anchored at the latest event like every figure of it. Null with nobody in the plan. */
export function peopleView(s: MeetingState): PeopleView | null {
  if (s.roster.length === 0) return null;
  const at = s.lastAt;
  const talking = s.speech?.participantId ?? null;
  const rows = s.roster.map((r, i): PersonRow => ({
    id: r.participant.id,
    n: i + 1,
    name: r.participant.name,
    org: r.participant.org,
    present: r.present,
    talk: { ms: talkMs(s, r.participant.id, at), since: talking === r.participant.id ? at : null },
    turns: s.talk[r.participant.id]?.turns ?? 0,
    queued: s.queue.includes(r.participant.id) ? s.queue.indexOf(r.participant.id) + 1 : null,
  }));
  const f = s.floor;
  const running = !!f && talking === f.participantId;
  const r = currentRound(s);
  const inRound = holdsRoundTurn(s);
  const roundRunning = inRound && running && s.speech!.stretch.startsWith('item:');
  return {
    rows,
    floor: {
      participantId: f?.participantId ?? null,
      turn: f ? { ms: turnMs(s, at)!, since: running ? at : null } : null,
      limitMs: inRound
        ? r!.item.round.perPersonSec * 1000
        : s.plan.turnLimitSec === null
          ? null
          : s.plan.turnLimitSec * 1000,
    },
    queue: [...s.queue],
    notSpoken: rows.filter((p) => p.present && p.turns === 0).map((p) => p.id),
    tracking: s.turns > 0,
    round: r
      ? {
          itemId: r.item.id,
          perPersonSec: r.item.round.perPersonSec,
          auto: r.item.round.auto,
          order: [...r.round.order],
          done: [...r.round.done],
          next: nextInRound(s),
          turn: inRound ? { ms: turnItemMs(s, at)!, since: roundRunning ? at : null } : null,
        }
      : null,
  };
}
