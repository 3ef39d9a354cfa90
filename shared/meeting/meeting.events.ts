import { z } from 'zod';
import { agendaItemSchema, meetingPlanSchema } from '../agenda/agenda.schema';
import { safeIdSchema } from '../ids/safe.id';
import { participantSchema } from '../people/participant.schema';
import {
  offsetBases,
  offsetMsSchema,
  transcriptNamesPatchSchema,
  transcriptRecordSchema,
} from '../transcript/transcript.schema';
import { nudgeActions, situations, triggers } from './meeting.vocabulary';

const at = z.number().int().nonnegative();
const participantId = safeIdSchema;
const tier = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** Everything that can happen to a meeting. State is a pure replay of these; they are journaled as they happen. */
export const meetingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('planned'), at, plan: meetingPlanSchema }),
  z.object({ type: z.literal('started'), at }),
  /** index === items.length means the chat-at-end slot. */
  z.object({ type: z.literal('itemChanged'), at, index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('timeAdded'), at, itemId: safeIdSchema, sec: z.number().int() }),
  z.object({
    type: z.literal('itemAdded'),
    at,
    item: agendaItemSchema,
    index: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('offTopicStarted'), at }),
  z.object({ type: z.literal('offTopicStopped'), at }),
  z.object({ type: z.literal('paused'), at }),
  z.object({ type: z.literal('resumed'), at }),
  /**
   * The meeting is over. `interrupted`: it was not ended by the user but brought in from an export taken while it
   * ran, and closed at that moment, so it is never live on a computer where it is not running.
   */
  z.object({ type: z.literal('ended'), at, interrupted: z.literal(true).optional() }),
  /** Takes back the most recent timing event that is not yet taken back. */
  z.object({ type: z.literal('undone'), at }),
  /** New budgets for items not yet finished, and the items moved to the next meeting. */
  z.object({
    type: z.literal('rebalanced'),
    at,
    budgets: z.record(safeIdSchema, z.number().int().nonnegative()),
    deferred: z.array(safeIdSchema),
    chatAtEndSec: z.number().int().nonnegative().nullable().optional(),
    /** New time per person for rounds whose turns shrink (the rest of the round, the current turn included). */
    perPersonSec: z.record(safeIdSchema, z.number().int().positive()).optional(),
  }),
  z.object({
    type: z.literal('nudgeFired'),
    at,
    key: z.string(),
    subject: z.string(),
    trigger: z.enum(triggers),
    tier,
    situation: z.enum(situations),
    lineId: z.string().nullable(),
  }),
  z.object({ type: z.literal('nudgeLineChanged'), at, key: z.string(), lineId: z.string() }),
  z.object({ type: z.literal('nudgeSnoozed'), at, key: z.string(), untilAt: at }),
  z.object({ type: z.literal('nudgeDismissed'), at, key: z.string() }),
  z.object({ type: z.literal('nudgeActed'), at, key: z.string(), action: z.enum(nudgeActions) }),
  /** Free notes about the meeting: the whole text each time (last one wins). */
  z.object({ type: z.literal('notesEdited'), at, text: z.string().max(20_000) }),
  /** A commitment made during the call, to follow up on. */
  z.object({
    type: z.literal('followUpAdded'),
    at,
    id: safeIdSchema,
    text: z.string().min(1).max(500),
  }),
  z.object({
    type: z.literal('followUpChanged'),
    at,
    id: safeIdSchema,
    text: z.string().min(1).max(500).optional(),
    done: z.boolean().optional(),
  }),
  z.object({ type: z.literal('followUpRemoved'), at, id: safeIdSchema }),
  /** Someone arrived after the start, or came back after leaving (same id). */
  z.object({ type: z.literal('participantJoined'), at, participant: participantSchema }),
  /** Someone left the call: they lose the floor and their place in the queue. */
  z.object({ type: z.literal('participantLeft'), at, participantId }),
  /** The floor went to this person (a new turn), or to nobody (null). One speaker at a time. */
  z.object({ type: z.literal('floorGiven'), at, participantId: participantId.nullable() }),
  /** The engine handed the floor on in an automatic round when a turn's time was up. */
  z.object({ type: z.literal('roundAdvanced'), at, participantId: participantId.nullable() }),
  /** Someone put on the speaking list, at `index` (the end unless moved up). */
  z.object({ type: z.literal('queued'), at, participantId, index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('unqueued'), at, participantId }),
  z.object({ type: z.literal('queueMoved'), at, participantId, index: z.number().int().nonnegative() }),
  /** The meeting app seen on screen when the meeting ran (name only, never the window title). */
  z.object({ type: z.literal('appDetected'), at, app: z.string().max(64) }),
  /**
   * The call's transcript, as the host read it: who spoke when, never the words. It replaces an earlier one, with
   * the offset proposed for it (`basis` says why) and no answers about names yet.
   */
  z.object({
    type: z.literal('transcriptImported'),
    at,
    transcript: transcriptRecordSchema,
    offsetMs: offsetMsSchema,
    basis: z.enum(offsetBases),
  }),
  /** The user's answers about the transcript's names (null takes one back) and where its 00:00 falls. */
  z.object({
    type: z.literal('transcriptChanged'),
    at,
    names: transcriptNamesPatchSchema.optional(),
    offsetMs: offsetMsSchema.optional(),
  }),
  z.object({ type: z.literal('transcriptRemoved'), at }),
]);

export type MeetingEvent = z.infer<typeof meetingEventSchema>;
export type MeetingEventType = MeetingEvent['type'];
export type EventOf<T extends MeetingEventType> = Extract<MeetingEvent, { type: T }>;

/** Events an undo can take back: the user's own timing actions, not bookkeeping. */
export const UNDOABLE: ReadonlySet<MeetingEventType> = new Set<MeetingEventType>([
  'started',
  'itemChanged',
  'timeAdded',
  'itemAdded',
  'offTopicStarted',
  'offTopicStopped',
  'paused',
  'resumed',
  'ended',
  'rebalanced',
  'participantJoined',
  'participantLeft',
  'floorGiven',
  'roundAdvanced',
  'queued',
  'unqueued',
  'queueMoved',
]);
