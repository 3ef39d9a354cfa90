import type { AgendaItem, Audience, MeetingPlan } from '../agenda/agenda.schema';
import type { Occurrence, Person, Series, Weekday } from './calendar.types';
import { matchClient, type MatchMemory, type MatchSource } from './client.match';
import { editedPlan, eventPlan, type PlanEdits } from './event.plan';
import { stableId } from './stable.id';

/**
 * One event Tactful plans a meeting for: what the calendar said at the last sync, and, kept apart, what the user
 * changed — so a later sync moves the meeting with its event but never undoes the user's changes.
 */
export interface EventRecord {
  sourceId: string;
  synced: Occurrence;
  edits: PlanEdits;
  /** The meeting opened from it (it is then in history, and not offered again). */
  meetingId: string | null;
}

/** A planned meeting's name across syncs: its calendar and its event (an occurrence of a series has its own). */
export const recordKey = (sourceId: string, eventKey: string) => `${sourceId}/${eventKey}`;

/**
 * A calendar's fresh read merged into what was there: every event it holds now, each keeping the user's changes
 * and its meeting from before (matched by key, so a moved event keeps them); events it no longer holds are gone.
 * Other calendars' records are left as they are.
 */
export function mergeSynced(
  records: readonly EventRecord[],
  sourceId: string,
  incoming: readonly Occurrence[],
): EventRecord[] {
  const before = new Map(records.filter((r) => r.sourceId === sourceId).map((r) => [r.synced.key, r]));
  const others = records.filter((r) => r.sourceId !== sourceId);
  const fresh = incoming.map((o): EventRecord => {
    const had = before.get(o.key);
    return { sourceId, synced: o, edits: had?.edits ?? {}, meetingId: had?.meetingId ?? null };
  });
  return [...others, ...fresh].sort((a, b) => a.synced.start - b.synced.start);
}

/** A meeting planned from the calendar, as the dashboard lists it. */
export interface PlannedMeetingView {
  key: string;
  sourceId: string;
  uid: string;
  start: number;
  end: number;
  timeZone: string | null;
  title: string;
  clientId: string | null;
  /** How the client was found; `edited` when the user chose one for this meeting alone. */
  match: MatchSource | 'edited';
  items: AgendaItem[];
  capSec: number | null;
  chatAtEndSec: number;
  audience: Audience;
  /** The agenda came from a list in the description. */
  agendaFromList: boolean;
  /** What the user changed (a sync keeps these). */
  edited: (keyof PlanEdits)[];
  recurring: boolean;
  people: Person[];
  meetingId: string | null;
}

type ClientRef = { id: string; name: string; archived?: boolean };

/** What a record plans now: the event's meeting, the user's changes, and the client matched or confirmed. */
export function plannedView(
  r: EventRecord,
  clients: readonly ClientRef[],
  memory: MatchMemory,
  untitled: string,
): PlannedMeetingView {
  const o = r.synced;
  const base = eventPlan(o, untitled);
  const match = matchClient(o, clients, memory);
  const plan = editedPlan(base, r.edits, match.clientId, 'preview');
  return {
    key: recordKey(r.sourceId, o.key),
    sourceId: r.sourceId,
    uid: o.uid,
    start: o.start,
    end: o.end,
    timeZone: o.timeZone,
    title: plan.title,
    clientId: plan.clientId,
    match: r.edits.clientId !== undefined ? 'edited' : match.by,
    items: plan.items,
    capSec: plan.capSec,
    chatAtEndSec: plan.chatAtEndSec,
    audience: plan.audience,
    agendaFromList: base.agendaFromList && r.edits.items === undefined,
    edited: Object.keys(r.edits) as (keyof PlanEdits)[],
    recurring: o.recurring,
    people: [...(o.organizer ? [o.organizer] : []), ...o.attendees],
    meetingId: r.meetingId,
  };
}

/** The plan a meeting opens with, from the dashboard's view of it: its id is the event's, so it stays the same. */
export function planOf(v: PlannedMeetingView): MeetingPlan {
  return {
    id: `cal-${stableId(v.key)}`,
    title: v.title,
    clientId: v.clientId,
    kind: 'scheduled',
    audience: v.audience,
    capSec: v.capSec,
    chatAtEndSec: v.chatAtEndSec,
    items: v.items,
    hardTalk: null,
    rate: null,
    // Who is in it is picked at setup or added on the way: invitees are addresses, not the client's team.
    participants: [],
    turnLimitSec: null,
  };
}

/** A recurring event, offered as the standing call. */
export interface StandingCallView {
  uid: string;
  sourceId: string;
  title: string;
  frequency: string;
  interval: number;
  weekdays: Weekday[];
  localTime: string;
  timeZone: string | null;
  durationSec: number;
  clientId: string | null;
  next: number | null;
  /** The template it was saved as, if it was. */
  templateId: string;
  saved: boolean;
}

/** The template a standing call is saved as: named after it, its agenda from its description. */
export const standingTemplateId = (uid: string) => `cal-${stableId(uid)}`;

export function standingCallView(
  sourceId: string,
  s: Series,
  clients: readonly ClientRef[],
  memory: MatchMemory,
  savedTemplates: ReadonlySet<string>,
): StandingCallView {
  const templateId = standingTemplateId(s.uid);
  return {
    uid: s.uid,
    sourceId,
    title: s.title,
    frequency: s.frequency,
    interval: s.interval,
    weekdays: s.weekdays,
    localTime: s.localTime,
    timeZone: s.timeZone,
    durationSec: s.durationSec,
    clientId: matchClient(s, clients, memory).clientId,
    next: s.next,
    templateId,
    saved: savedTemplates.has(templateId),
  };
}
