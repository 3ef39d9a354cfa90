import type { Episode, Segment } from '../meeting/meeting.state';
import type { MeetingAirtime } from '../report/airtime';
import type { MeetingTranscript } from './meeting.transcript';
import { matchNames, type NameMatch, type Roster } from './name.match';
import { totalsOf, turnsOf } from './speech.turns';
import { placeKey, talkByPlace, type AirtimePlace, type PlaceSpan } from './transcript.align';
import type { OffsetBasis, TranscriptSource, TranscriptTiming } from './transcript.schema';

/** Whom a row of the airtime table is about. */
export type AirtimePerson =
  | { kind: 'participant'; id: string; name: string }
  | { kind: 'you' }
  /** A transcript name that is no one on the list: not answered yet, or "someone else". */
  | { kind: 'speaker'; name: string }
  /** Speech before the transcript named anyone. */
  | { kind: 'none' };

/** One person's airtime by one count: talk, its share of all talk so counted, turns, the longest turn. */
export interface AirtimeFigures {
  talkMs: number;
  /** Of all talk counted the same way, 0..1. */
  share: number;
  turns: number;
  longestTurnMs: number;
}

export interface AirtimeRow extends AirtimeFigures {
  key: string;
  person: AirtimePerson;
  /** The transcript's names this row gathers ("Marco" and "Marco Rossi (Acme)" may be one person). */
  names: string[];
  /** A name the user still has to say who it is. */
  unmatched: boolean;
  /** The same person's airtime as tapped during the meeting (participants only, when the floor was tracked). */
  tapped: AirtimeFigures | null;
}

export interface AirtimePlaceRow {
  place: AirtimePlace;
  /** Transcript talk per row key. */
  talk: Record<string, number>;
  totalMs: number;
  /** Tapped talk per row key (participants), when the floor was tracked. */
  tapped: Record<string, number>;
}

/** A meeting's airtime as its transcript recorded it, aligned to the meeting's own timeline. */
export interface TranscriptAirtime {
  fileName: string;
  source: TranscriptSource;
  timing: TranscriptTiming;
  cues: number;
  importedAt: number;
  /** From the first speech to the end of the last, in the transcript's own time. */
  spanMs: number;
  offset: { ms: number; proposedMs: number; basis: OffsetBasis };
  names: NameMatch[];
  /** Most talk first; speech no one was named for last. */
  rows: AirtimeRow[];
  /** Agenda items in plan order, off-topic episodes, the chat, pauses, and outside the meeting; only where talk was. */
  places: AirtimePlaceRow[];
  /** Names still waiting for the user's answer. */
  unmatched: number;
  totalTalkMs: number;
  /** Whether the floor was tracked in the meeting, so tapped figures stand beside the transcript's. */
  tapped: boolean;
}

/** What the timeline alignment needs of the meeting. */
export interface MeetingTimeline {
  startedAt: number | null;
  itemIds: readonly string[];
  segments: readonly Segment[];
  episodes: readonly Pick<Episode, 'from'>[];
}

function rowFor(m: NameMatch, roster: Roster): { key: string; person: AirtimePerson } {
  const t = m.target;
  if (t?.kind === 'participant') {
    const p = roster.participants.find((x) => x.id === t.id);
    // A participant since removed from the roster keeps their row under the transcript's name.
    if (p) return { key: `p:${p.id}`, person: { kind: 'participant', id: p.id, name: p.name } };
  }
  if (t?.kind === 'you') return { key: 'you', person: { kind: 'you' } };
  return { key: `s:${m.name}`, person: { kind: 'speaker', name: m.name } };
}

/** The timeline as places: each segment, its off-topic episode found by when it started. */
function spansOf(t: MeetingTimeline): PlaceSpan[] {
  let episode = -1;
  return t.segments.map((s) => {
    while (episode + 1 < t.episodes.length && t.episodes[episode + 1]!.from <= s.from) episode++;
    const place: AirtimePlace =
      s.kind === 'item'
        ? { kind: 'item', itemId: s.itemId ?? '' }
        : s.kind === 'offTopic'
          ? { kind: 'offTopic', episode: Math.max(0, episode) }
          : { kind: s.kind };
    return { place, from: s.from, to: s.to };
  });
}

const blankRow = (key: string, person: AirtimePerson): AirtimeRow => ({
  key,
  person,
  names: [],
  unmatched: false,
  talkMs: 0,
  share: 0,
  turns: 0,
  longestTurnMs: 0,
  tapped: null,
});

/** Each participant's tapped figures under their row key. */
function tappedFigures(tapped: MeetingAirtime): Map<string, AirtimeFigures> {
  return new Map(
    tapped.people.map((p) => [
      `p:${p.participantId}`,
      { talkMs: p.talkMs, share: p.share, turns: p.turns, longestTurnMs: p.longestTurnMs },
    ]),
  );
}

/** Tapped talk per stretch (the engine's keys are placeKey's) and row key. */
function tappedPlaces(tapped: MeetingAirtime | null): Map<string, Record<string, number>> {
  return new Map(
    (tapped?.stretches ?? []).map((st) => [
      st.stretch,
      Object.fromEntries(st.talk.map((t) => [`p:${t.participantId}`, t.ms])),
    ]),
  );
}

/**
 * Who spoke how much, as the transcript recorded it: per person (the transcript's names matched to the roster),
 * and per place in the meeting once its 00:00 is put `offsetMs` after the meeting's start; beside each participant,
 * what was tapped during the meeting (the report's own airtime, when the floor was tracked). Every participant has a
 * row, spoken or not.
 */
export function transcriptAirtime(
  t: MeetingTranscript,
  roster: Roster,
  timeline: MeetingTimeline,
  tapped: MeetingAirtime | null = null,
): TranscriptAirtime {
  const { record } = t;
  const names = matchNames(record.speakers, roster, t.names);
  const rows = new Map<string, AirtimeRow>();
  for (const p of roster.participants)
    rows.set(`p:${p.id}`, blankRow(`p:${p.id}`, { kind: 'participant', id: p.id, name: p.name }));
  const keys = names.map((m) => {
    const { key, person } = rowFor(m, roster);
    const row = rows.get(key) ?? blankRow(key, person);
    row.names.push(m.name);
    row.unmatched ||= m.target === null;
    rows.set(key, row);
    return key;
  });
  const turns = turnsOf(record.speech, (who) => (who === null ? 'none' : keys[who]!));
  const totals = totalsOf(turns);
  if (totals.has('none')) rows.set('none', blankRow('none', { kind: 'none' }));
  const totalTalkMs = [...totals.values()].reduce((n, p) => n + p.talkMs, 0);
  const tappedRows = tapped ? tappedFigures(tapped) : new Map<string, AirtimeFigures>();
  const tappedByPlace = tappedPlaces(tapped);
  for (const row of rows.values()) {
    const p = totals.get(row.key);
    if (p) Object.assign(row, p, { share: totalTalkMs === 0 ? 0 : p.talkMs / totalTalkMs });
    if (tapped && row.person.kind === 'participant')
      row.tapped = tappedRows.get(row.key) ?? { talkMs: 0, share: 0, turns: 0, longestTurnMs: 0 };
  }
  const sorted = [...rows.values()].sort(
    (a, b) => Number(a.key === 'none') - Number(b.key === 'none') || b.talkMs - a.talkMs,
  );
  const places: AirtimePlaceRow[] = [];
  if (timeline.startedAt !== null) {
    const byPlace = talkByPlace(
      turns.flatMap((x) => x.talk),
      spansOf(timeline),
      timeline.startedAt + t.offsetMs,
    );
    const order: AirtimePlace[] = [
      ...timeline.itemIds.map((itemId): AirtimePlace => ({ kind: 'item', itemId })),
      ...timeline.episodes.map((_, episode): AirtimePlace => ({ kind: 'offTopic', episode })),
      { kind: 'chat' },
      { kind: 'paused' },
      { kind: 'outside' },
    ];
    for (const place of order) {
      const key = placeKey(place);
      const talk = Object.fromEntries(byPlace.get(key) ?? []);
      const tappedHere = tappedByPlace.get(key) ?? {};
      const totalMs = Object.values(talk).reduce((n, ms) => n + ms, 0);
      if (totalMs > 0 || Object.keys(tappedHere).length > 0)
        places.push({ place, talk, totalMs, tapped: tappedHere });
    }
  }
  const first = record.speech[0]![1];
  const last = record.speech.reduce((n, s) => Math.max(n, s[2]), 0);
  return {
    fileName: record.fileName,
    source: record.source,
    timing: record.timing,
    cues: record.cues,
    importedAt: t.importedAt,
    spanMs: last - first,
    offset: { ms: t.offsetMs, proposedMs: t.proposal.offsetMs, basis: t.proposal.basis },
    names,
    rows: sorted,
    places,
    unmatched: names.filter((m) => m.target === null).length,
    totalTalkMs,
    tapped: tapped !== null,
  };
}
