import { z } from 'zod';
import {
  audiences,
  hardTalkSchema,
  meetingKinds,
  meetingPlanSchema,
  priorityValues,
} from '../agenda/agenda.schema';
import type { CallPrompt, DetectorInfo } from '../detect/call.prompt';
import { detectorReasons, detectorStatuses } from '../detect/detector.protocol';
import { meetingCommandSchema, type MeetingCommandType } from '../meeting/meeting.commands';
import type { Clocked } from '../meeting/meeting.clocked';
import type { AgendaRow, BarGeometry, MainCounterView, MeetingView } from '../meeting/meeting.view';
import type { FloorView, PeopleView, PersonRow, RoundView } from '../meeting/meeting.view.people';
import type { RoomView } from '../room/room.view';
import { nudgeActions, situations, tiers, triggers, type FollowUp } from '../meeting/meeting.vocabulary';
import { phraseOverridesSchema } from '../phrases/phrase.overrides';
import { locales } from '../phrases/phrase.types';
import type { ExportNote } from '../report/export/export.types';
import type { HistoryAggregate, TrendPoint } from '../report/history.query';
import type { DeferredItem, MeetingSummary } from '../report/meeting.summary';
import type { MeetingAirtime } from '../report/airtime';
import type { MeetingReport } from '../report/report.model';
import type { PersonHistory } from '../report/people.history';
import type { Suggestion } from '../report/suggestions';
import { clientSchema } from '../settings/client.schema';
import { settingsSchema } from '../settings/settings.schema';
import { templateSchema } from '../settings/template.schema';
import { calendarInfoSchema, calendarResultSchemas } from './calendar.contract';
import type { TranscriptAirtime } from '../transcript/transcript.airtime';
import {
  offsetBases,
  speakerTargetSchema,
  transcriptSources,
  transcriptTimings,
} from '../transcript/transcript.schema';
import { ERROR_TEXT, type ErrorKey } from './error.catalog';

/**
 * What the host sends, as zod schemas: clients parse every push and reply on arrival, as the host parses every
 * command. The contract's types are `z.infer` of these where the shape is the contract's own; where a type lives
 * with the domain (the view, the report), a compile-time check at the end keeps the two the same.
 */

const int = z.number().int();
const count = int.nonnegative();
const ms = z.number();
const at = z.number();
const id = z.string();

// ——— Errors ———

export const contractErrorCodes = [
  'badMessage',
  'notAllowed',
  'notFound',
  'invalid',
  'conflict',
  'unauthorized',
  'tooLarge',
  'rateLimited',
  /** Something outside Tactful is missing or refused (no display, the system kept focus elsewhere). */
  'unavailable',
  'internal',
] as const;

const errorKeys = Object.keys(ERROR_TEXT) as [ErrorKey, ...ErrorKey[]];

/** A refusal: what kind, which one (a key the UI translates, with its parameters), and in English for logs. */
export const contractErrorSchema = z.object({
  code: z.enum(contractErrorCodes),
  key: z.enum(errorKeys),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  /** Where in the message it went wrong, e.g. "cmd.plan.items.0.budgetSec". */
  path: z.string().optional(),
});

// ——— The meeting view ———

const meetingStatuses = ['planned', 'running', 'paused', 'ended'] as const;
const meetingCommandTypes = meetingCommandSchema.options.map((o) => o.shape.type.value) as [
  MeetingCommandType,
  ...MeetingCommandType[],
];

const clockedSchema = z.object({ ms, since: at.nullable() });

const barGeometrySchema = z.object({
  key: z.string(),
  startFraction: z.number(),
  startedAt: at.nullable(),
  msToFull: ms,
});

const agendaRowSchema = z.object({
  id,
  title: z.string(),
  state: z.enum(['current', 'done', 'deferred', 'upcoming']),
  spent: clockedSchema,
  budgetSec: count,
  fromSec: count.nullable(),
  over: z.boolean(),
});

const mainCounterSchema = z.union([
  z.object({ kind: z.enum(['item', 'chat']), elapsed: clockedSchema, budgetMs: ms, stopped: z.boolean() }),
  z.object({ kind: z.literal('total'), elapsed: clockedSchema }),
]);

const personRowSchema = z.object({
  id,
  n: count,
  name: z.string(),
  org: z.string(),
  present: z.boolean(),
  talk: clockedSchema,
  turns: count,
  queued: count.nullable(),
});

const floorViewSchema = z.object({
  participantId: id.nullable(),
  turn: clockedSchema.nullable(),
  limitMs: ms.nullable(),
});

const roundViewSchema = z.object({
  itemId: id,
  perPersonSec: count,
  auto: z.boolean(),
  order: z.array(id),
  done: z.array(id),
  next: id.nullable(),
  turn: clockedSchema.nullable(),
});

const peopleViewSchema = z.object({
  rows: z.array(personRowSchema),
  floor: floorViewSchema,
  queue: z.array(id),
  notSpoken: z.array(id),
  tracking: z.boolean(),
  round: roundViewSchema.nullable(),
});

export const meetingViewSchema = z.object({
  id,
  seq: count,
  title: z.string(),
  clientId: id.nullable(),
  kind: z.enum(meetingKinds),
  audience: z.enum(audiences),
  status: z.enum(meetingStatuses),
  startedAt: at.nullable(),
  endedAt: at.nullable(),
  app: z.string().nullable(),
  hardTalk: hardTalkSchema.nullable(),
  header: z.object({
    title: z.string().nullable(),
    position: z.object({ n: count, total: count }).nullable(),
    next: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('item'), title: z.string() }),
        z.object({ kind: z.literal('chat') }),
      ])
      .nullable(),
  }),
  counter: mainCounterSchema.nullable(),
  primary: clockedSchema.nullable(),
  meeting: z.object({ elapsed: clockedSchema, paused: clockedSchema, capMs: ms.nullable() }),
  offTopic: z.object({ active: z.boolean(), episode: clockedSchema, total: clockedSchema, episodes: count }),
  currentItem: z.object({ id, title: z.string(), budgetSec: count }).nullable(),
  agenda: z.array(agendaRowSchema),
  chatRow: z.object({ budgetSec: count, current: z.boolean() }).nullable(),
  bars: z.object({ item: barGeometrySchema.nullable(), cap: barGeometrySchema.nullable() }),
  allowed: z.record(z.enum(meetingCommandTypes), z.boolean()),
  people: peopleViewSchema.nullable(),
});

// ——— Snapshots ———

/** The visible nudge's line, filled in for the client's language, rate and name at the snapshot's moment. */
export const nudgeLineViewSchema = z.object({
  key: z.string(),
  lineId: z.string().nullable(),
  text: z.string(),
  tier: z.literal(tiers),
  situation: z.enum(situations),
  locale: z.enum(locales),
});

/** "Rebalance: −6 min across 3 items", when fitting the rest of the plan is worth offering now. */
export const rebalanceOfferViewSchema = z.object({
  cutSec: z.number().nonnegative(),
  /** Items (and the chat slot) whose budget shrinks. */
  shrunk: count,
  /** Items moved to the next meeting. */
  deferred: count,
});

const roomViewSchema = z.object({
  id,
  seq: count,
  status: z.enum(meetingStatuses),
  item: z.object({ title: z.string(), n: count, total: count }).nullable(),
  counter: z
    .object({ kind: z.enum(['item', 'chat']), elapsed: clockedSchema, budgetMs: ms, stopped: z.boolean() })
    .nullable(),
  offTopic: z.boolean(),
  meeting: z.object({ elapsed: clockedSchema, capMs: ms.nullable() }),
  next: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('item'), title: z.string() }),
      z.object({ kind: z.literal('chat') }),
    ])
    .nullable(),
  floor: z.object({ name: z.string(), turn: clockedSchema, limitMs: ms.nullable() }).nullable(),
  queue: z.array(z.string()),
  round: z.object({ done: count, total: count, next: z.string().nullable() }).nullable(),
});

/** The open meeting as the host sees it at `at`. */
export const meetingSnapshotSchema = z.object({
  /** Host wall-clock time when this snapshot was taken. */
  at,
  view: meetingViewSchema.nullable(),
  nudge: nudgeLineViewSchema.nullable(),
  offer: rebalanceOfferViewSchema.nullable(),
  /** What a shared screen shows (the room view); the only part a view-only device is sent. */
  room: roomViewSchema.nullable(),
  /**
   * Host time at which the big counter next shows a new second (then every 1000 ms while nothing changes), or null
   * when nothing ticks. Clients flip on their own clock; this lets a probe measure how close they come.
   */
  flipAt: at.nullable(),
});

// ——— Host info ———

const callPromptSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('start'),
    appId: z.string(),
    appName: z.string(),
    plannedTitle: z.string().nullable(),
    clientId: id.nullable(),
    clientName: z.string().nullable(),
    source: z.enum(['title', 'lastInApp', 'none']),
  }),
  z.object({ kind: z.literal('ended'), appId: z.string(), appName: z.string() }),
]);

const detectorInfoSchema = z.object({
  available: z.boolean(),
  status: z.enum(detectorStatuses),
  reason: z.enum(detectorReasons).nullable(),
  calls: z.array(z.object({ appId: z.string(), appName: z.string() })),
  prompt: callPromptSchema.nullable(),
});

/** Everything but the meeting: pushed on connect and whenever it changes. */
export const hostInfoSchema = z.object({
  settings: settingsSchema,
  /** The meeting-app detector: its state, which apps have a call open, and what to ask the user. */
  detector: detectorInfoSchema,
  clients: z.array(clientSchema),
  templates: z.array(templateSchema),
  phrases: phraseOverridesSchema,
  /** Things the host had to repair or could not read, in words for the user. */
  problems: z.array(z.string()),
  /** Addresses a phone or a second screen can open, with the token, when LAN access is on. */
  lanUrls: z.array(z.string()),
  /** The calendars Tactful plans meetings from (calendar.contract.ts). */
  calendar: calendarInfoSchema,
  version: z.string(),
});

// ——— Paired devices ———

export const deviceKinds = ['control', 'view'] as const;

/** A phone, tablet or browser paired with this host: `control` may press the overlay's buttons, `view` only watches. */
export const deviceViewSchema = z.object({
  id,
  name: z.string(),
  kind: z.enum(deviceKinds),
  pairedAt: at,
  lastSeenAt: at.nullable(),
  /**
   * This computer's own browser, which opened the link with the install token Tactful printed: from this computer it
   * may do what the app may (pair and forget devices), since it held the token; from elsewhere it only controls.
   */
  thisComputer: z.boolean().default(false),
});

// ——— Pushes ———

const replySchema = z.discriminatedUnion('ok', [
  z.object({ type: z.literal('reply'), id: z.string(), ok: z.literal(true), result: z.unknown() }),
  z.object({ type: z.literal('reply'), id: z.string(), ok: z.literal(false), error: contractErrorSchema }),
]);

/**
 * Everything the host pushes. A reply's result is checked by its command's schema (`hostResultSchemas`) once the
 * client knows which request it answers.
 */
export const hostPushSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: meetingSnapshotSchema }),
  z.object({ type: z.literal('info'), info: hostInfoSchema }),
  replySchema,
  /** A message that could not be tied to a request (unparseable, or without an id). */
  z.object({ type: z.literal('error'), error: contractErrorSchema }),
]);

/** A reply's envelope alone, for transports that get one reply per request (IPC). */
export const replyMessageSchema = replySchema;

// ——— Results ———

const moneySchema = z.object({ amountMinor: int, currency: z.string() });
const moneyTotalSchema = z.object({ currency: z.string(), amountMinor: int });
const rateSchema = z.object({ hourlyRateMinor: int, currency: z.string() });

const followUpSchema = z.object({
  id,
  text: z.string(),
  done: z.boolean(),
  createdAt: at,
  doneAt: at.nullable(),
});

const deferredItemSchema = z.object({
  id,
  title: z.string(),
  budgetSec: count,
  priority: z.enum(priorityValues),
  notes: z.string().optional(),
});

/** One meeting in history, as the index caches it and queries return it. */
export const meetingSummarySchema = z.object({
  id,
  title: z.string(),
  clientId: id.nullable(),
  kind: z.enum(meetingKinds),
  audience: z.enum(audiences),
  app: z.string().nullable(),
  status: z.enum(meetingStatuses),
  interrupted: z.boolean(),
  createdAt: at,
  startedAt: at.nullable(),
  endedAt: at.nullable(),
  scheduledMs: ms,
  actualMs: ms,
  onAgendaMs: ms,
  offTopicMs: ms,
  chatMs: ms,
  pausedMs: ms,
  overrunMs: ms,
  offTopicCostMinor: int.nullable(),
  currency: z.string().nullable(),
  items: z.array(z.object({ title: z.string(), plannedMs: ms, actualMs: ms })),
  nudges: z.object({ shown: count, actedOn: count }),
  rate: rateSchema.nullable(),
  followUps: z.array(z.object({ id, text: z.string(), done: z.boolean() })),
  hasNotes: z.boolean(),
  deferred: z.array(deferredItemSchema),
  carried: z.array(z.string()),
  airtime: z
    .object({
      totalTalkMs: ms,
      people: z.array(z.object({ name: z.string(), talkMs: ms, turns: count })),
    })
    .nullable(),
});

const historyAggregateSchema = z.object({
  meetings: count,
  totalMs: ms,
  onAgendaMs: ms,
  offTopicMs: ms,
  chatMs: ms,
  offTopicCost: z.array(moneyTotalSchema),
  adhoc: z.object({ meetings: count, totalMs: ms, cost: z.array(moneyTotalSchema) }),
  overran: count,
  averageOverrunMs: ms,
  nudges: z.object({ shown: count, actedOn: count }),
  apps: z.record(z.string(), z.number()),
});

const trendPointSchema = z.object({
  start: z.string(),
  meetings: count,
  totalMs: ms,
  onAgendaMs: ms,
  offTopicMs: ms,
  adhocMs: ms,
});

const airtimeSchema = z.object({
  source: z.literal('tapped'),
  totalTalkMs: ms,
  unassignedMs: ms,
  people: z.array(
    z.object({
      participantId: id,
      name: z.string(),
      org: z.string(),
      talkMs: ms,
      share: z.number(),
      turns: count,
      longestTurnMs: ms,
      silent: z.boolean(),
    }),
  ),
  silent: z.array(id),
  balance: z
    .object({ topId: id, topShare: z.number(), equalShare: z.number(), ratio: z.number() })
    .nullable(),
  stretches: z.array(
    z.object({
      stretch: z.string(),
      kind: z.enum(['item', 'offTopic', 'chat']),
      itemId: id.nullable(),
      episode: count.nullable(),
      totalMs: ms,
      talk: z.array(z.object({ participantId: id, ms })),
    }),
  ),
});

const airtimePlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemId: id }),
  z.object({ kind: z.literal('offTopic'), episode: count }),
  z.object({ kind: z.literal('chat') }),
  z.object({ kind: z.literal('paused') }),
  z.object({ kind: z.literal('outside') }),
]);

const airtimeFiguresSchema = z.object({ talkMs: ms, share: z.number(), turns: count, longestTurnMs: ms });

const transcriptAirtimeSchema = z.object({
  fileName: z.string(),
  source: z.enum(transcriptSources),
  timing: z.enum(transcriptTimings),
  cues: count,
  importedAt: at,
  spanMs: ms,
  offset: z.object({ ms, proposedMs: ms, basis: z.enum(offsetBases) }),
  names: z.array(
    z.object({
      name: z.string(),
      target: speakerTargetSchema.nullable(),
      how: z.enum(['user', 'same', 'firstName']).nullable(),
      candidates: z.array(z.string()),
    }),
  ),
  rows: z.array(
    z.object({
      key: z.string(),
      person: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('participant'), id, name: z.string() }),
        z.object({ kind: z.literal('you') }),
        z.object({ kind: z.literal('speaker'), name: z.string() }),
        z.object({ kind: z.literal('none') }),
      ]),
      names: z.array(z.string()),
      unmatched: z.boolean(),
      ...airtimeFiguresSchema.shape,
      tapped: airtimeFiguresSchema.nullable(),
    }),
  ),
  places: z.array(
    z.object({
      place: airtimePlaceSchema,
      talk: z.record(z.string(), ms),
      totalMs: ms,
      tapped: z.record(z.string(), ms),
    }),
  ),
  unmatched: count,
  totalTalkMs: ms,
  tapped: z.boolean(),
});

const meetingReportSchema = z.object({
  meetingId: id,
  title: z.string(),
  clientId: id.nullable(),
  kind: z.enum(meetingKinds),
  audience: z.enum(audiences),
  app: z.string().nullable(),
  ended: z.boolean(),
  interrupted: z.boolean(),
  startedAt: at.nullable(),
  endedAt: at.nullable(),
  scheduledMs: ms,
  actualMs: ms,
  pausedMs: ms,
  onAgendaMs: ms,
  offTopicMs: ms,
  chatMs: ms,
  onAgendaShare: z.number(),
  overrunMs: ms,
  offTopicCost: moneySchema.nullable(),
  items: z.array(
    z.object({
      id,
      title: z.string(),
      plannedMs: ms,
      finalBudgetMs: ms,
      rebalancedFromMs: ms.nullable(),
      actualMs: ms,
      deltaMs: ms,
      deferred: z.boolean(),
    }),
  ),
  episodes: z.array(z.object({ from: at, to: at, ms, itemId: id.nullable(), cost: moneySchema.nullable() })),
  timeline: z.array(
    z.object({
      kind: z.enum(['item', 'offTopic', 'chat', 'paused']),
      itemId: id.nullable(),
      from: at,
      to: at,
    }),
  ),
  airtime: airtimeSchema.nullable(),
  nudges: z.array(
    z.object({
      key: z.string(),
      trigger: z.enum(triggers),
      situation: z.enum(situations),
      tier: z.literal(tiers),
      firedAt: at,
      lineId: z.string().nullable(),
      outcomes: z.array(z.enum([...nudgeActions, 'dismissed', 'snoozed'])),
    }),
  ),
  nudgeCounts: z.object({
    shown: count,
    actedOn: count,
    copied: count,
    typed: count,
    dismissed: count,
    snoozed: count,
  }),
  transcript: transcriptAirtimeSchema.nullable(),
});

const suggestionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('itemBudget'),
    item: z.string(),
    overran: count,
    of: count,
    medianOverMs: ms,
    plannedSec: count,
    suggestedSec: count,
  }),
  z.object({
    kind: z.literal('offTopicAverage'),
    averageMs: ms,
    meetings: count,
    cost: moneySchema.nullable(),
  }),
  z.object({
    kind: z.literal('adhocCalls'),
    count,
    totalMs: ms,
    days: count,
    cost: moneySchema.nullable(),
  }),
  z.object({ kind: z.literal('meetingOverrun'), overran: count, of: count, medianOverMs: ms }),
]);

const exportNoteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rows'), count }),
  z.object({ kind: z.literal('timeZone'), timeZone: z.string() }),
  z.object({ kind: z.literal('utc') }),
  z.object({
    kind: z.literal('clockifyFormat'),
    target: z.enum(['clockify', 'solidtimeKimai']),
    dateFormat: z.string(),
    timeFormat: z.string(),
    durationFormat: z.string(),
  }),
]);

const earlier = { meetingId: id, meetingTitle: z.string(), startedAt: at.nullable() };

const personHistorySchema = z.object({
  key: z.string(),
  name: z.string(),
  meetings: count,
  talkMs: ms,
  share: z.number(),
  recent: z.array(z.number()),
});

/** What each command answers with, checked when the reply arrives (HostResults, keyed by command, is built from it). */
export const hostResultSchemas = {
  'meeting.create': z.object({ meetingId: id }),
  /** `seq`: the journal position of the last event written, durable before this reply was sent. */
  'meeting.command': z.object({ events: count, seq: count }),
  'meeting.close': z.object({ meetingId: id.nullable() }),
  'nudge.anotherLine': z.object({ lineId: z.string() }),
  'nudge.typeIntoChat': z.object({ method: z.enum(['typed', 'pasted']) }),
  'call.accept': z.object({ meetingId: id }),
  'call.dismiss': z.record(z.string(), z.never()),
  'settings.update': z.object({ settings: settingsSchema }),
  'clients.save': z.object({ client: clientSchema }),
  'clients.remove': z.object({ archived: z.boolean() }),
  'templates.save': z.object({ template: templateSchema }),
  'templates.remove': z.object({ removed: z.boolean() }),
  'phrases.edit': z.object({ id: z.string() }),
  'phrases.add': z.object({ id: z.string() }),
  'phrases.remove': z.object({ id: z.string() }),
  'phrases.restore': z.object({ restored: count }),
  'history.query': z.object({
    meetings: z.array(meetingSummarySchema),
    total: count,
    aggregate: historyAggregateSchema,
    trend: z.array(trendPointSchema),
    /** Who spoke how much across the meetings matched, most share first. */
    people: z.array(personHistorySchema),
  }),
  'history.report': z.object({
    report: meetingReportSchema,
    plan: meetingPlanSchema,
    clientName: z.string().nullable(),
    notes: z.string(),
    followUps: z.array(followUpSchema),
    suggestions: z.array(suggestionSchema),
    /** This meeting's people across it and the client's group meetings just before it. */
    people: z.array(personHistorySchema),
  }),
  'history.followUps': z.object({
    followUps: z.array(z.object({ ...earlier, id, text: z.string() })),
  }),
  'history.deferred': z.object({ deferred: z.array(z.object({ ...earlier, item: deferredItemSchema })) }),
  'history.suggest': z.object({ suggestions: z.array(suggestionSchema) }),
  'meeting.annotate': z.object({ events: count }),
  'history.export': z.object({
    filename: z.string(),
    mime: z.string(),
    content: z.string(),
    notes: z.array(exportNoteSchema),
  }),
  'history.import': z.object({ added: count, skipped: count, clientsAdded: count }),
  'transcript.import': z.object({
    source: z.enum(transcriptSources),
    speakers: count,
    cues: count,
    /** Names that match no one, or several people: the user is asked about them. */
    unmatched: count,
    offset: z.object({ ms, basis: z.enum(offsetBases) }),
  }),
  'transcript.change': z.object({ events: count }),
  'transcript.remove': z.object({ events: count }),
  'devices.list': z.object({ devices: z.array(deviceViewSchema) }),
  'devices.forget': z.object({ forgotten: z.boolean() }),
  /** A one-time code and the links that carry it (this computer's, and the network's while LAN access is on). */
  'devices.pair': z.object({ code: z.string(), expiresAt: at, urls: z.array(z.string()) }),
  // The calendar and the week (calendar.contract.ts).
  ...calendarResultSchemas,
} satisfies Record<string, z.ZodType>;

// ——— The schemas and the domain's own types describe the same values (checked when compiling) ———

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/** Each line fails to compile when the schema and the type it stands for drift apart. */
type _SchemasMatchTypes = [
  Holds<Same<z.output<typeof clockedSchema>, Clocked>>,
  Holds<Same<z.output<typeof barGeometrySchema>, BarGeometry>>,
  Holds<Same<z.output<typeof agendaRowSchema>, AgendaRow>>,
  Holds<Same<z.output<typeof mainCounterSchema>, MainCounterView>>,
  Holds<Same<z.output<typeof personRowSchema>, PersonRow>>,
  Holds<Same<z.output<typeof floorViewSchema>, FloorView>>,
  Holds<Same<z.output<typeof roundViewSchema>, RoundView>>,
  Holds<Same<z.output<typeof peopleViewSchema>, PeopleView>>,
  Holds<Same<z.output<typeof meetingViewSchema>, MeetingView>>,
  Holds<Same<z.output<typeof roomViewSchema>, RoomView>>,
  Holds<Same<z.output<typeof callPromptSchema>, CallPrompt>>,
  Holds<Same<z.output<typeof detectorInfoSchema>, DetectorInfo>>,
  Holds<Same<z.output<typeof followUpSchema>, FollowUp>>,
  Holds<Same<z.output<typeof deferredItemSchema>, DeferredItem>>,
  Holds<Same<z.output<typeof meetingSummarySchema>, MeetingSummary>>,
  Holds<Same<z.output<typeof historyAggregateSchema>, HistoryAggregate>>,
  Holds<Same<z.output<typeof trendPointSchema>, TrendPoint>>,
  Holds<Same<z.output<typeof airtimeSchema>, MeetingAirtime>>,
  Holds<Same<z.output<typeof transcriptAirtimeSchema>, TranscriptAirtime>>,
  Holds<Same<z.output<typeof meetingReportSchema>, MeetingReport>>,
  Holds<Same<z.output<typeof suggestionSchema>, Suggestion>>,
  Holds<Same<z.output<typeof personHistorySchema>, PersonHistory>>,
  Holds<Same<z.output<typeof exportNoteSchema>, ExportNote>>,
];
