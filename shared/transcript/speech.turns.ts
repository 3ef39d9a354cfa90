import type { Speech } from './transcript.schema';

/** A pause this short inside one person's run of cues is still their speaking: transcripts cut sentences apart. */
export const BRIDGE_MS = 2000;

/** One stretch of one person's speaking, in ms from the transcript's 00:00 (overlaps within it merged). */
export interface Talk {
  key: string;
  from: number;
  to: number;
}

/** One person's uninterrupted run: the stretches of speaking in it (pauses longer than BRIDGE_MS are not talk). */
export interface Turn {
  key: string;
  talk: Talk[];
  ms: number;
}

/**
 * The turns in a transcript, with each stretch of speech given to a person by `keyOf` (several of the transcript's
 * names may be one person). A turn is a run of one person's speech in order of start; another person's speech ends
 * it, even a "yes" over them, which is how a facilitator counts turns too. Inside a turn, overlapping and adjacent
 * stretches merge, and gaps up to BRIDGE_MS are bridged: splitting a cue in two changes nothing. No moment counts
 * twice for one person, even when their next turn began before their last one ended.
 */
export function turnsOf(speech: readonly Speech[], keyOf: (who: number | null) => string): Turn[] {
  const turns: Turn[] = [];
  /** How far each person's talk already reaches: a turn that overlaps their earlier one adds only what is new. */
  const reach = new Map<string, number>();
  let turn: Turn | null = null;
  for (const [who, from, to] of speech) {
    const key = keyOf(who);
    if (!turn || turn.key !== key) {
      turn = { key, talk: [], ms: 0 };
      turns.push(turn);
    }
    const last = turn.talk.at(-1);
    const start = Math.max(from, reach.get(key) ?? 0);
    if (last && from <= last.to + BRIDGE_MS) last.to = Math.max(last.to, to);
    else if (to > start) turn.talk.push({ key, from: start, to });
    reach.set(key, Math.max(reach.get(key) ?? 0, to));
  }
  for (const t of turns) t.ms = t.talk.reduce((n, s) => n + (s.to - s.from), 0);
  return turns;
}

/** Talk time, turns and the longest turn of one person. */
export interface PersonTalk {
  talkMs: number;
  turns: number;
  longestTurnMs: number;
}

/** Each person's totals over their turns. A turn with no length (a cue of 0 ms) still counts as a turn. */
export function totalsOf(turns: readonly Turn[]): Map<string, PersonTalk> {
  const out = new Map<string, PersonTalk>();
  for (const t of turns) {
    const p = out.get(t.key) ?? { talkMs: 0, turns: 0, longestTurnMs: 0 };
    p.talkMs += t.ms;
    p.turns += 1;
    p.longestTurnMs = Math.max(p.longestTurnMs, t.ms);
    out.set(t.key, p);
  }
  return out;
}
