import { z } from 'zod';
import { historyFilterSchema } from '../report/history.query';
import { isTimeZone } from '../report/local.time';
import { meetingPlanSchema } from '../agenda/agenda.schema';
import { safeIdSchema } from '../ids/safe.id';
import { lineTextSchema, userLineSchema } from '../phrases/phrase.overrides';
import { annotationCommandSchema, meetingCommandSchema } from '../meeting/meeting.commands';
import { clientSchema } from '../settings/client.schema';
import { settingsSchema } from '../settings/settings.schema';
import { templateSchema } from '../settings/template.schema';
import { offsetMsSchema, transcriptNamesPatchSchema } from '../transcript/transcript.schema';
import { deviceKinds } from './contract.schemas';
import { calendarCommandSchemas } from './calendar.contract';
import type {
  contractErrorSchema,
  deviceViewSchema,
  hostInfoSchema,
  hostResultSchemas,
  meetingSnapshotSchema,
  nudgeLineViewSchema,
  rebalanceOfferViewSchema,
} from './contract.schemas';

/** Messages bigger than this are refused with an error reply; an import may be larger (up to MAX_IMPORT_BYTES). */
export const MAX_MESSAGE_BYTES = 256 * 1024;
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * The commands that may be larger than MAX_MESSAGE_BYTES: an export being restored, a calendar file, a transcript.
 * The socket parses a large frame only when it names one of these near its start.
 */
export const LARGE_COMMAND_TYPES = ['history.import', 'calendar.import', 'transcript.import'] as const;
/** A transcript file: a three-hour call's is under 1 MB. */
export const MAX_TRANSCRIPT_BYTES = 8 * 1024 * 1024;

const id = safeIdSchema;
const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'unknownTimeZone').default('UTC');

type SettingsShape = typeof settingsSchema.shape;

/**
 * Some sections of the settings, each given whole. Not `settingsSchema.partial()`: zod fills a section's defaults
 * even inside `partial()`, so `{ theme: 'dark' }` would come out as every section, and reset the others.
 */
const settingsPatchSchema = z
  .object(
    Object.fromEntries(Object.entries(settingsSchema.shape).map(([k, s]) => [k, s.unwrap().optional()])) as {
      [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>>;
    },
  )
  .strict();

/** Requests a client (the overlay, the dashboard, a phone) sends to the host. Parsed with zod on arrival. */
export const hostCommandSchema = z.discriminatedUnion('type', [
  /** Plan a new meeting (and start it at once with `start`); refused while another one is open. The host fills in
   * the client's rate. */
  z.object({
    type: z.literal('meeting.create'),
    plan: meetingPlanSchema,
    start: z.boolean().default(false),
    /**
     * Started at once, and the user did not set its kind: the host decides whether it was planned (a calendar event
     * or a plan covers the moment, for that client) or an unscheduled call.
     */
    decideKind: z.boolean().default(false),
  }),
  /** Anything the engine decides: start, next, off-topic, pause, end, undo, snooze… */
  z.object({ type: z.literal('meeting.command'), command: meetingCommandSchema }),
  /** Drop a planned meeting that never started, or put an ended one away (its report stays in history). */
  z.object({ type: z.literal('meeting.close') }),
  /** Show a different line for the visible nudge. */
  z.object({ type: z.literal('nudge.anotherLine'), key: z.string().min(1).max(200) }),
  /** Put the visible line into the chat of the meeting's call window (typed or pasted by the detector). */
  z.object({ type: z.literal('nudge.typeIntoChat'), key: z.string().min(1).max(200) }),
  /**
   * Yes to "start timing this call": starts the planned meeting, or one like the client's last, or an unscheduled
   * call named with the UI's words.
   */
  z.object({
    type: z.literal('call.accept'),
    fallbackTitle: z.string().trim().min(1).max(200),
    fallbackItem: z.string().trim().min(1).max(200),
  }),
  /** No to the detector's question (start timing, or end the meeting whose call window closed). */
  z.object({ type: z.literal('call.dismiss') }),
  /** Change some settings; each section given replaces that section (the result is validated as a whole). */
  z.object({ type: z.literal('settings.update'), patch: settingsPatchSchema }),
  /** Create or replace a client (by id). */
  z.object({ type: z.literal('clients.save'), client: clientSchema }),
  /** Remove a client; one with meetings in history is archived instead, so history keeps its name. */
  z.object({ type: z.literal('clients.remove'), id }),
  z.object({ type: z.literal('templates.save'), template: templateSchema }),
  z.object({ type: z.literal('templates.remove'), id }),
  /** Change the text of any line (built-in or the user's own). */
  z.object({ type: z.literal('phrases.edit'), id: z.string().min(1).max(120), text: lineTextSchema }),
  z.object({ type: z.literal('phrases.add'), line: userLineSchema }),
  z.object({ type: z.literal('phrases.remove'), id: z.string().min(1).max(120) }),
  /** Back to the built-in text for these lines (or for all of them, and drop the user's own lines). */
  z.object({ type: z.literal('phrases.restore'), ids: z.array(z.string().max(120)).max(5000).optional() }),
  /** Meetings matching a filter, a page at a time, with totals and a trend over the whole match. */
  z.object({
    type: z.literal('history.query'),
    filter: historyFilterSchema.default({}),
    page: z.number().int().min(0).max(100_000).default(0),
    pageSize: z.number().int().min(1).max(500).default(50),
    bucket: z.enum(['week', 'month']).default('week'),
    timeZone: timeZoneSchema,
  }),
  z.object({ type: z.literal('history.report'), meetingId: id }),
  /** Follow-ups still open from a client's earlier meetings (or from meetings without a client). */
  z.object({ type: z.literal('history.followUps'), clientId: id.nullable() }),
  /** Items earlier meetings with a client deferred that no meeting has picked up yet, oldest first. */
  z.object({ type: z.literal('history.deferred'), clientId: id.nullable() }),
  /** What history suggests for a meeting being planned: item budgets, off-topic habits, unscheduled calls. */
  z.object({
    type: z.literal('history.suggest'),
    clientId: id.nullable(),
    title: z.string().max(200),
    items: z.array(z.string().max(200)).max(100),
  }),
  /** Notes and follow-ups on any meeting, open or past. */
  z.object({
    type: z.literal('meeting.annotate'),
    meetingId: id,
    command: annotationCommandSchema,
  }),
  z.object({
    type: z.literal('history.export'),
    format: z.enum(['csv', 'toggl', 'clockify', 'solidtime', 'kimai', 'ical', 'markdown', 'json']),
    /** These meetings, or every meeting matching the filter. */
    meetingIds: z.array(id).max(100_000).optional(),
    filter: historyFilterSchema.optional(),
    timeZone: timeZoneSchema,
    includeOffTopic: z.boolean().default(false),
    includeNotes: z.boolean().default(false),
  }),
  /** A JSON export, as text: meetings already here (same id) are skipped, so importing twice changes nothing. */
  z.object({ type: z.literal('history.import'), content: z.string().max(MAX_IMPORT_BYTES) }),
  /**
   * The transcript of an ended meeting's call, as the file's text (the host reads it and keeps who spoke when);
   * it replaces the one the meeting had. `timeZone` reads a local time in the file name. The host refuses a file
   * over MAX_TRANSCRIPT_BYTES in words; the schema's cap only stops what no file could be.
   */
  z.object({
    type: z.literal('transcript.import'),
    meetingId: id,
    fileName: z.string().max(255),
    content: z.string().max(2 * MAX_TRANSCRIPT_BYTES),
    timeZone: timeZoneSchema,
  }),
  /** Who the transcript's names stand for (null: match that name automatically again), and where 00:00 falls. */
  z.object({
    type: z.literal('transcript.change'),
    meetingId: id,
    names: transcriptNamesPatchSchema.optional(),
    offsetMs: offsetMsSchema.optional(),
  }),
  z.object({ type: z.literal('transcript.remove'), meetingId: id }),
  /** Phones and browsers paired with this host (only Tactful on this computer may ask, or forget one). */
  z.object({ type: z.literal('devices.list') }),
  /** Forgets a paired device: its token stops working and its open connections close. */
  z.object({ type: z.literal('devices.forget'), id }),
  /** A short-lived one-time pairing code: `control` to press the overlay's buttons, `view` to only watch. */
  z.object({ type: z.literal('devices.pair'), kind: z.enum(deviceKinds) }),
  // The calendar and the week (calendar.contract.ts).
  ...calendarCommandSchemas,
]);

/** The envelope of every client message; its command is parsed by the host's dispatcher, for every client alike. */
export const clientMessageSchema = z.object({
  /** Chosen by the client; the reply carries it back. */
  id: z.string().min(1).max(64),
  cmd: z.unknown(),
});

export type HostCommand = z.infer<typeof hostCommandSchema>;
/** What a client builds and sends: defaults may be left out, the host fills them in. */
export type HostCommandInput = z.input<typeof hostCommandSchema>;
export type HostCommandInputOf<T extends HostCommandType> = Extract<HostCommandInput, { type: T }>;
export type HostCommandType = HostCommand['type'];

export type HostCommandOf<T extends HostCommandType> = Extract<HostCommand, { type: T }>;

export type ContractErrorCode = z.infer<typeof contractErrorSchema>['code'];

/** A refusal: what kind, which one (a key the UI translates, with its parameters), and in English for logs. */
export type ContractError = z.infer<typeof contractErrorSchema>;

/** What each command answers with. */
export type HostResults = { [T in HostCommandType]: z.infer<(typeof hostResultSchemas)[T]> };

/** The visible nudge's line, filled in for the client's language, rate and name at the snapshot's moment. */
export type NudgeLineView = z.infer<typeof nudgeLineViewSchema>;

/** "Rebalance: −6 min across 3 items", when fitting the rest of the plan is worth offering now. */
export type RebalanceOfferView = z.infer<typeof rebalanceOfferViewSchema>;

/** The open meeting as the host sees it at `at`. */
export type MeetingSnapshot = z.infer<typeof meetingSnapshotSchema>;

/** A paired phone, tablet or browser. */
export type DeviceView = z.infer<typeof deviceViewSchema>;
export type DeviceKind = DeviceView['kind'];

/** Everything but the meeting: pushed on connect and whenever it changes. */
export type HostInfo = z.infer<typeof hostInfoSchema>;

export type ReplyMessage<T extends HostCommandType = HostCommandType> =
  | { type: 'reply'; id: string; ok: true; result: HostResults[T] }
  | { type: 'reply'; id: string; ok: false; error: ContractError };

/** Everything the host pushes to clients. */
export type HostPush =
  | { type: 'snapshot'; snapshot: MeetingSnapshot }
  | { type: 'info'; info: HostInfo }
  | ReplyMessage
  /** A message that could not be tied to a request (unparseable, or without an id). */
  | { type: 'error'; error: ContractError };
