import { normalizeText } from './history.query';
import type { MeetingSummary } from './meeting.summary';

/** One person across meetings: how often they were in one where the floor was given, and how much they spoke. */
export interface PersonHistory {
  /** Their name as history matches it (case and accents aside): the same name is the same person. */
  key: string;
  /** As last written. */
  name: string;
  meetings: number;
  talkMs: number;
  /** Of all the talk in the meetings they were in, 0..1. */
  share: number;
  /** Their share in each of those meetings, newest first (at most the last `recent`). */
  recent: number[];
}

/**
 * Who spoke how much across `meetings` (newest first, as history lists them), most share first: "Marco took 41 % of
 * the talk in the last 6 team calls". Meetings where the floor was never given do not count.
 */
export function peopleHistory(meetings: readonly MeetingSummary[], recent = 6): PersonHistory[] {
  const byKey = new Map<string, PersonHistory & { ofMs: number }>();
  for (const m of meetings) {
    const a = m.airtime;
    if (!a) continue;
    for (const p of a.people) {
      const key = normalizeText(p.name);
      let h = byKey.get(key);
      if (!h) {
        h = { key, name: p.name, meetings: 0, talkMs: 0, share: 0, recent: [], ofMs: 0 };
        byKey.set(key, h);
      }
      h.meetings++;
      h.talkMs += p.talkMs;
      h.ofMs += a.totalTalkMs;
      if (h.recent.length < recent) h.recent.push(a.totalTalkMs === 0 ? 0 : p.talkMs / a.totalTalkMs);
    }
  }
  return [...byKey.values()]
    .map(({ ofMs, ...h }) => ({ ...h, share: ofMs === 0 ? 0 : h.talkMs / ofMs }))
    .sort((a, b) => b.share - a.share || b.talkMs - a.talkMs);
}
