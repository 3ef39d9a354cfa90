import { epochOfLocal } from '../report/local.time';
import type { OffsetBasis } from './transcript.schema';
import type { Talk } from './speech.turns';

/** A file name's moment further than this from the meeting's start is another day's (or a renamed file). */
const PLAUSIBLE_MS = 6 * 60 * 60 * 1000;

/** Zoom names a cloud recording's files by its start, in UTC: "GMT20260115-140002_Recording.transcript.vtt". */
const ZOOM_NAME = /GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/u;
/** Teams, and many recorders, by local time: "Weekly sync-20260115_140002-Meeting Recording.vtt". */
const LOCAL_NAME = /(?<!\d)(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?!\d)/u;

export interface OffsetProposal {
  offsetMs: number;
  basis: OffsetBasis;
}

/**
 * Where the transcript's 00:00 (when recording started) falls, as an offset from the meeting's start: read from
 * the file name when it carries the recording's start (in UTC for Zoom, otherwise in the user's zone), else 0 —
 * recording started with the meeting. The user adjusts it when that is not so.
 */
export function proposeOffset(fileName: string, meetingStartedAt: number, timeZone: string): OffsetProposal {
  const zoom = ZOOM_NAME.exec(fileName);
  const local = zoom ? null : LOCAL_NAME.exec(fileName);
  const m = zoom ?? local;
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const parts = { year, month, day, hour, minute, second };
    const at = zoom ? Date.UTC(year, month - 1, day, hour, minute, second) : epochOfLocal(parts, timeZone);
    const offsetMs = at - meetingStartedAt;
    if (Number.isFinite(offsetMs) && Math.abs(offsetMs) <= PLAUSIBLE_MS)
      return { offsetMs, basis: 'fileName' };
  }
  return { offsetMs: 0, basis: 'meetingStart' };
}

/** Where in the meeting a moment falls: an agenda item, an off-topic episode, the chat at the end, a pause. */
export type AirtimePlace =
  | { kind: 'item'; itemId: string }
  | { kind: 'offTopic'; episode: number }
  | { kind: 'chat' }
  | { kind: 'paused' }
  /** Before the meeting started or after it ended (the recording ran longer). */
  | { kind: 'outside' };

/** One stretch of the meeting's timeline, in wall-clock ms. */
export interface PlaceSpan {
  place: AirtimePlace;
  from: number;
  to: number;
}

export function placeKey(p: AirtimePlace): string {
  switch (p.kind) {
    case 'item':
      return `item:${p.itemId}`;
    case 'offTopic':
      return `offTopic:${p.episode}`;
    default:
      return p.kind;
  }
}

/**
 * How much each person spoke in each place: every stretch of talk, moved onto the meeting's clock by `shiftMs`,
 * cut where the timeline changes. Talk outside the spans is 'outside'. Both lists are in order, so this is one
 * sweep: a three-hour transcript against a long timeline stays linear.
 */
export function talkByPlace(
  talk: readonly Talk[],
  spans: readonly PlaceSpan[],
  shiftMs: number,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const add = (place: string, key: string, ms: number) => {
    if (ms <= 0) return;
    let byKey = out.get(place);
    if (!byKey) out.set(place, (byKey = new Map()));
    byKey.set(key, (byKey.get(key) ?? 0) + ms);
  };
  const sorted = [...talk].sort((a, b) => a.from - b.from);
  let first = 0;
  for (const t of sorted) {
    const from = t.from + shiftMs;
    const to = t.to + shiftMs;
    while (first < spans.length && spans[first]!.to <= from) first++;
    let covered = 0;
    for (let i = first; i < spans.length && spans[i]!.from < to; i++) {
      const s = spans[i]!;
      const ms = Math.min(to, s.to) - Math.max(from, s.from);
      if (ms > 0) {
        add(placeKey(s.place), t.key, ms);
        covered += ms;
      }
    }
    add('outside', t.key, to - from - covered);
  }
  return out;
}
