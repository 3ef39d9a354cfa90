import { z } from 'zod';
import { agendaItemSchema, audiences, meetingKinds } from '../agenda/agenda.schema';
import { weekdays, type Person } from '../calendar/calendar.types';
import type { PlannedMeetingView, StandingCallView } from '../calendar/calendar.records';
import { matchSources } from '../calendar/client.match';
import { planEditsSchema } from '../calendar/event.plan';
import { locales } from '../phrases/phrase.types';
import { isTimeZone } from '../report/local.time';
import { templateSchema } from '../settings/template.schema';
import { digestPeriods, isoDateSchema, type WeekDigest } from '../week/week.digest';
import { ERROR_TEXT, type ErrorKey } from './error.catalog';

/**
 * The calendar and the week in the contract: subscribing to calendars and importing .ics files, the meetings they
 * plan, the week's digest and the note to the client. Spread into the command union and the result schemas.
 */

/** An .ics file sent to be imported may be this large (a 10,000-event calendar is about 5 MB). */
export const MAX_ICS_BYTES = 64 * 1024 * 1024;

const id = z.string().min(1).max(64);
const key = z.string().min(1).max(1000);
const timeZone = z.string().max(64).refine(isTimeZone, 'unknownTimeZone').default('UTC');

/** An address a calendar is fetched from: http(s), or webcal (which is https). */
export function isCalendarUrl(s: string): boolean {
  try {
    return ['http:', 'https:', 'webcal:'].includes(new URL(s.trim()).protocol);
  } catch {
    return false;
  }
}

const calendarUrl = z.string().trim().min(1).max(2000).refine(isCalendarUrl, 'calendarUrlInvalid');
const name = z.string().trim().max(100).default('');
/** The user's own address in that calendar (their declined events are left out); found on its own when it can be. */
const ownEmail = z.union([z.email(), z.literal('')]).default('');

export const calendarSourceKinds = ['caldav', 'icsUrl', 'icsFile'] as const;

export const calendarSubscriptionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('caldav'),
    name,
    serverUrl: calendarUrl,
    username: z.string().trim().min(1).max(200),
    /** Kept in the system keychain (the app) or a file only the user can read (headless); never sent back. */
    password: z.string().min(1).max(1000),
    email: ownEmail,
  }),
  /** A calendar's secret address ("…/basic.ics"): kept like a password, since it is one. */
  z.object({ kind: z.literal('icsUrl'), name, url: calendarUrl, email: ownEmail }),
]);

export type CalendarSubscription = z.infer<typeof calendarSubscriptionSchema>;

export const calendarCommandSchemas = [
  /** Add a CalDAV account or an .ics address; it is synced first, and refused (not added) if that fails. */
  z.object({ type: z.literal('calendar.subscribe'), source: calendarSubscriptionSchema }),
  /** Import an .ics file; its events are read again as days pass. */
  z.object({
    type: z.literal('calendar.import'),
    name: z.string().trim().min(1).max(200),
    content: z.string().max(MAX_ICS_BYTES),
    email: ownEmail,
  }),
  z.object({ type: z.literal('calendar.remove'), sourceId: id }),
  /** Sync one calendar now, or all of them. Off the meeting's path: a running meeting never waits for it. */
  z.object({ type: z.literal('calendar.sync'), sourceId: id.optional() }),
  /** The meetings calendars plan in the next days, and their standing calls. */
  z.object({ type: z.literal('calendar.upcoming'), days: z.number().int().min(1).max(62).optional() }),
  /** Change a planned meeting; `forget` goes back to the calendar's version of those fields. */
  z.object({
    type: z.literal('calendar.edit'),
    key,
    edits: planEditsSchema.default({}),
    forget: z
      .array(z.enum(['title', 'items', 'capSec', 'chatAtEndSec', 'audience', 'clientId']))
      .max(6)
      .default([]),
  }),
  /** Open a planned meeting (ready to start); refused while another meeting is open. */
  z.object({ type: z.literal('calendar.open'), key }),
  /** "Yes, that is the client" or "no, it is this one": remembered for the event, its people and their company. */
  z.object({ type: z.literal('calendar.match'), key, clientId: id.nullable() }),
  /** Save a recurring event as a template (the standing call). */
  z.object({ type: z.literal('calendar.template'), uid: key }),
  /** Whether a call with this client starting now would count as planned, and which meeting covers it. */
  z.object({ type: z.literal('calendar.kind'), clientId: id.nullable() }),
  /** A week (or month) with a client, or with everyone (null), and the trend before it. */
  z.object({
    type: z.literal('week.digest'),
    clientId: id.nullable(),
    period: z.enum(digestPeriods).default('week'),
    date: isoDateSchema,
    timeZone,
    previous: z.number().int().min(1).max(12).default(4),
  }),
  /** The status note for that week, in the client's language and form of address. */
  z.object({
    type: z.literal('week.note'),
    clientId: id,
    period: z.enum(digestPeriods).default('week'),
    date: isoDateSchema,
    timeZone,
  }),
] as const;

// ——— What the host sends back ———

const at = z.number();
const ms = z.number();
const count = z.number().int().nonnegative();

const personSchema = z.object({ email: z.string().nullable(), name: z.string().nullable() });

/** A refusal kept with a calendar (its last sync failed): the UI translates its key. */
const syncErrorSchema = z.object({
  key: z.enum(Object.keys(ERROR_TEXT) as [ErrorKey, ...ErrorKey[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const syncOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    sourceId: id,
    at,
    durationMs: ms,
    /** Events in the calendar, and meetings it plans in the window. */
    events: count,
    planned: count,
    skipped: z.object({ allDay: count, cancelled: count, declined: count, tooLong: count, broken: count }),
  }),
  z.object({ ok: z.literal(false), sourceId: id, at, durationMs: ms, error: syncErrorSchema }),
]);

export type SyncOutcome = z.infer<typeof syncOutcomeSchema>;

export const calendarSourceViewSchema = z.object({
  id,
  kind: z.enum(calendarSourceKinds),
  name: z.string(),
  /** Where it comes from, safe to show: the server, the address without its secret part, or the file's name. */
  location: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  syncing: z.boolean(),
  lastSync: syncOutcomeSchema.nullable(),
  /** The last sync that worked, when the latest did not: what the planned meetings still come from. */
  lastGood: at.nullable(),
});

/** The calendars, in the host's info: never a password or a secret address. */
export const calendarInfoSchema = z.object({
  sources: z.array(calendarSourceViewSchema),
  /** Bumped whenever planned meetings may have changed: ask `calendar.upcoming` again. */
  revision: count,
  /** Where passwords are kept: the system keychain, or a file only the user can read. */
  secrets: z.enum(['keychain', 'file']),
  horizonDays: count,
});

export type CalendarInfo = z.infer<typeof calendarInfoSchema>;

/** No calendars yet. */
export const NO_CALENDARS: CalendarInfo = { sources: [], revision: 0, secrets: 'file', horizonDays: 14 };

const plannedMeetingSchema = z.object({
  key: z.string(),
  sourceId: z.string(),
  uid: z.string(),
  start: at,
  end: at,
  timeZone: z.string().nullable(),
  title: z.string(),
  clientId: z.string().nullable(),
  match: z.enum([...matchSources, 'edited']),
  items: z.array(agendaItemSchema),
  capSec: count.nullable(),
  chatAtEndSec: count,
  audience: z.enum(audiences),
  agendaFromList: z.boolean(),
  edited: z.array(z.enum(['title', 'items', 'capSec', 'chatAtEndSec', 'audience', 'clientId'])),
  recurring: z.boolean(),
  people: z.array(personSchema),
  meetingId: z.string().nullable(),
});

const standingCallSchema = z.object({
  uid: z.string(),
  sourceId: z.string(),
  title: z.string(),
  frequency: z.string(),
  interval: count,
  weekdays: z.array(z.literal(weekdays)),
  localTime: z.string(),
  timeZone: z.string().nullable(),
  durationSec: count,
  clientId: z.string().nullable(),
  next: at.nullable(),
  templateId: z.string(),
  saved: z.boolean(),
});

const moneyTotal = z.object({ currency: z.string(), amountMinor: z.number().int() });

const digestSchema = z.object({
  period: z.enum(digestPeriods),
  start: z.string(),
  end: z.string(),
  from: at,
  to: at,
  clientId: z.string().nullable(),
  meetings: z.array(
    z.object({
      id,
      title: z.string(),
      startedAt: at,
      kind: z.enum(meetingKinds),
      plannedMs: ms,
      actualMs: ms,
      offTopicMs: ms,
      app: z.string().nullable(),
    }),
  ),
  totalMs: ms,
  onAgendaMs: ms,
  offTopicMs: ms,
  offTopicCost: z.array(moneyTotal),
  scheduled: z.object({ count, plannedMs: ms, actualMs: ms }),
  adhoc: z.object({ count, totalMs: ms, value: z.array(moneyTotal) }),
  openFollowUps: z.array(
    z.object({
      meetingId: z.string(),
      meetingTitle: z.string(),
      startedAt: at.nullable(),
      id: z.string(),
      text: z.string(),
    }),
  ),
  trend: z.array(
    z.object({
      start: z.string(),
      meetings: count,
      totalMs: ms,
      adhocCount: count,
      adhocMs: ms,
      offTopicMs: ms,
    }),
  ),
  change: z.object({ totalMs: ms, adhocCount: z.number(), offTopicMs: ms }).nullable(),
  suggestion: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('standingCall'), count, totalMs: ms, weekday: z.literal(weekdays) }),
      z.object({
        kind: z.literal('useStandingCall'),
        count,
        totalMs: ms,
        weekday: z.literal(weekdays),
        localTime: z.string(),
      }),
      z.object({ kind: z.literal('offTopic'), offTopicMs: ms, share: z.number(), cost: z.array(moneyTotal) }),
    ])
    .nullable(),
});

const draftSchema = z.object({ locale: z.enum(locales), subject: z.string(), body: z.string() });

export const calendarResultSchemas = {
  'calendar.subscribe': z.object({ sourceId: id, sync: syncOutcomeSchema }),
  'calendar.import': z.object({ sourceId: id, sync: syncOutcomeSchema }),
  'calendar.remove': z.object({ removed: z.boolean() }),
  'calendar.sync': z.object({ results: z.array(syncOutcomeSchema) }),
  'calendar.upcoming': z.object({
    meetings: z.array(plannedMeetingSchema),
    standingCalls: z.array(standingCallSchema),
    revision: count,
  }),
  'calendar.edit': z.object({ meeting: plannedMeetingSchema }),
  'calendar.open': z.object({ meetingId: id }),
  'calendar.match': z.object({ meeting: plannedMeetingSchema }),
  'calendar.template': z.object({ template: templateSchema }),
  'calendar.kind': z.object({
    kind: z.enum(meetingKinds),
    meeting: z.object({ key: z.string(), title: z.string(), start: at, end: at }).nullable(),
  }),
  'week.digest': z.object({
    digest: digestSchema,
    standingCall: standingCallSchema.nullable(),
    next: z.object({ title: z.string(), start: at }).nullable(),
  }),
  'week.note': z.object({ draft: draftSchema }),
} satisfies Record<(typeof calendarCommandSchemas)[number]['shape']['type']['value'], z.ZodType>;

// ——— The schemas and the domain's own types describe the same values (checked when compiling) ———

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

type _CalendarSchemasMatchTypes = [
  Holds<Same<z.output<typeof personSchema>, Person>>,
  Holds<Same<z.output<typeof plannedMeetingSchema>, PlannedMeetingView>>,
  Holds<Same<z.output<typeof standingCallSchema>, StandingCallView>>,
  Holds<Same<z.output<typeof digestSchema>, WeekDigest>>,
];
