import { own } from '../ids/safe.id';
import { meetingElapsedMs } from '../meeting/meeting.readings';
import type { MeetingState } from '../meeting/meeting.state';
import { longestTurnMs, talkInMs, talkMs } from '../meeting/meeting.talk';

/** One person's airtime as the floor was given in the meeting. */
export interface PersonAirtime {
  participantId: string;
  name: string;
  org: string;
  talkMs: number;
  /** Of everyone's talk, 0..1 (0 when nobody talked). */
  share: number;
  turns: number;
  longestTurnMs: number;
  /** In the meeting and never given the floor. */
  silent: boolean;
}

/** Who talked how long in one stretch of the meeting: an agenda item, an off-topic episode, the chat at the end. */
export interface StretchAirtime {
  /** As the engine files talk: "item:<id>", "offTopic:<n>", "chat". */
  stretch: string;
  kind: 'item' | 'offTopic' | 'chat';
  /** The item (for an off-topic episode, the one it interrupted), or null for the chat. */
  itemId: string | null;
  /** The off-topic episode's number (from 0), else null. */
  episode: number | null;
  totalMs: number;
  /** Those who talked in it, most first. */
  talk: { participantId: string; ms: number }[];
}

/**
 * How even the talk was, in one figure a facilitator can read: the top speaker's share beside an equal share of
 * everyone in the meeting ("Marco 41 % — an equal share would be 17 %"); `ratio` is the one over the other.
 */
export interface AirtimeBalance {
  topId: string;
  topShare: number;
  equalShare: number;
  ratio: number;
}

/**
 * A meeting's airtime as the facilitator gave the floor ("tapped"). A transcript's airtime, when one is imported
 * (issue 15, part 8), is read beside it, person by person and stretch by stretch, with the same keys.
 */
export interface MeetingAirtime {
  source: 'tapped';
  totalTalkMs: number;
  /** Meeting time with nobody given the floor (pauses excluded). */
  unassignedMs: number;
  /** Everyone who was in the meeting, in roster order. */
  people: PersonAirtime[];
  /** Ids of those never given the floor. */
  silent: string[];
  /** Null with fewer than two people or no talk: there is nothing to balance. */
  balance: AirtimeBalance | null;
  /** Items in plan order, then off-topic episodes, then the chat: only those where someone talked. */
  stretches: StretchAirtime[];
}

const STRETCH = /^(item|offTopic|chat)(?::(.+))?$/;

/**
 * The airtime of a meeting at `at` (its end, once ended). Null while the floor was never given: nothing was tapped,
 * and zeros would read as silence.
 */
export function meetingAirtime(s: MeetingState, at: number): MeetingAirtime | null {
  if (s.trackingFromMs === null || s.roster.length === 0) return null;
  const ids = s.roster.map((r) => r.participant.id);
  const talk = ids.map((id) => talkMs(s, id, at));
  const total = talk.reduce((a, b) => a + b, 0);
  const people = s.roster.map((r, i): PersonAirtime => {
    const id = r.participant.id;
    const turns = own(s.talk, id)?.turns ?? 0;
    return {
      participantId: id,
      name: r.participant.name,
      org: r.participant.org,
      talkMs: talk[i]!,
      share: total === 0 ? 0 : talk[i]! / total,
      turns,
      longestTurnMs: longestTurnMs(s, id, at),
      silent: turns === 0,
    };
  });
  const top = people.reduce<PersonAirtime | null>((b, p) => (!b || p.talkMs > b.talkMs ? p : b), null);
  const equalShare = 1 / people.length;
  return {
    source: 'tapped',
    totalTalkMs: total,
    unassignedMs: Math.max(0, meetingElapsedMs(s, at) - total),
    people,
    silent: people.filter((p) => p.silent).map((p) => p.participantId),
    balance:
      top && total > 0 && people.length >= 2
        ? { topId: top.participantId, topShare: top.share, equalShare, ratio: top.share / equalShare }
        : null,
    stretches: stretches(s, ids, at),
  };
}

function stretches(s: MeetingState, ids: string[], at: number): StretchAirtime[] {
  const keys = new Set([...Object.keys(s.talkIn), ...(s.speech ? [s.speech.stretch] : [])]);
  const order = (k: string) => {
    const [, kind, rest] = STRETCH.exec(k) ?? [];
    if (kind === 'item') return s.plan.items.findIndex((i) => i.id === rest);
    if (kind === 'offTopic') return s.plan.items.length + Number(rest);
    return Number.MAX_SAFE_INTEGER;
  };
  return [...keys]
    .filter((k) => STRETCH.test(k))
    .sort((a, b) => order(a) - order(b))
    .flatMap((k): StretchAirtime[] => {
      const [, kind, rest] = STRETCH.exec(k)!;
      const talk = ids
        .map((participantId) => ({ participantId, ms: talkInMs(s, k, participantId, at) }))
        .filter((t) => t.ms > 0)
        .sort((a, b) => b.ms - a.ms);
      if (talk.length === 0) return [];
      const episode = kind === 'offTopic' ? Number(rest) : null;
      return [
        {
          stretch: k,
          kind: kind as StretchAirtime['kind'],
          itemId: kind === 'item' ? rest! : episode !== null ? (s.episodes[episode]?.itemId ?? null) : null,
          episode,
          totalMs: talk.reduce((a, t) => a + t.ms, 0),
          talk,
        },
      ];
    });
}
