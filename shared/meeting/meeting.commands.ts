import { z } from 'zod';
import { agendaItemSchema, MAX_DURATION_SEC } from '../agenda/agenda.schema';
import type { ErrorKey, ErrorParams } from '../contract/error.catalog';
import { safeIdSchema } from '../ids/safe.id';
import { participantSchema } from '../people/participant.schema';
import type { MeetingEvent } from './meeting.events';
import type { OffsetBasis, TranscriptNamesPatch, TranscriptRecord } from '../transcript/transcript.schema';
import { nudgeActions } from './meeting.vocabulary';

/** A nudge, as the engine named it ("offTopic:0#1"). */
const nudgeKey = z.string().min(1).max(200);

/** Notes and follow-ups: the commands that may change a meeting's record before, during and after it. */
const annotationSchemas = [
  z.object({
    type: z.literal('editNotes'),
    text: z.string().max(20_000, 'notesTooLong'),
  }),
  z.object({
    type: z.literal('addFollowUp'),
    id: safeIdSchema,
    text: z.string().trim().min(1, 'followUpNeedsText').max(500),
  }),
  z.object({
    type: z.literal('updateFollowUp'),
    id: safeIdSchema,
    text: z.string().trim().min(1, 'followUpNeedsText').max(500).optional(),
    done: z.boolean().optional(),
  }),
  z.object({ type: z.literal('removeFollowUp'), id: safeIdSchema }),
] as const;

export const annotationCommandSchema = z.discriminatedUnion('type', annotationSchemas);
export type AnnotationCommand = z.infer<typeof annotationCommandSchema>;

const participantId = safeIdSchema;

/** Who is in the call, who has the floor, and who waits to speak. */
const peopleSchemas = [
  /** A late joiner (a new id), or someone coming back (the id of one who left). */
  z.object({ type: z.literal('joinParticipant'), participant: participantSchema }),
  z.object({ type: z.literal('leaveParticipant'), participantId }),
  /** Gives the floor to this person, or to nobody (null). */
  z.object({ type: z.literal('giveFloor'), participantId: participantId.nullable() }),
  z.object({ type: z.literal('queueAdd'), participantId, index: z.number().int().nonnegative().optional() }),
  z.object({ type: z.literal('queueRemove'), participantId }),
  z.object({ type: z.literal('queueMove'), participantId, index: z.number().int().nonnegative() }),
  /** The floor to the first person on the speaking list. */
  z.object({ type: z.literal('queueNext') }),
  /** The floor to the next person in the current round. */
  z.object({ type: z.literal('roundNext') }),
] as const;

/** What a user can ask of a running meeting. Parsed at every boundary before the engine sees it. */
export const meetingCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('goto'), index: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('addTime'),
    itemId: safeIdSchema,
    sec: z
      .number()
      .int()
      .refine((n) => n !== 0, 'addZero')
      .refine((n) => Math.abs(n) <= MAX_DURATION_SEC, 'addTooMuch'),
  }),
  z.object({
    type: z.literal('addItem'),
    item: agendaItemSchema,
    index: z.number().int().nonnegative().optional(),
  }),
  z.object({ type: z.literal('toggleOffTopic') }),
  z.object({ type: z.literal('togglePause') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('undo') }),
  z.object({
    type: z.literal('snoozeNudge'),
    key: nudgeKey,
    sec: z.number().int().min(1).max(3600),
  }),
  z.object({ type: z.literal('dismissNudge'), key: nudgeKey }),
  z.object({ type: z.literal('nudgeActed'), key: nudgeKey, action: z.enum(nudgeActions) }),
  z.object({ type: z.literal('changeLine'), key: nudgeKey, lineId: z.string().min(1).max(120) }),
  z.object({ type: z.literal('rebalance'), minItemSec: z.number().int().min(0).max(MAX_DURATION_SEC) }),
  ...peopleSchemas,
  ...annotationSchemas,
]);

export type MeetingCommand = z.infer<typeof meetingCommandSchema>;

/**
 * A transcript on an ended meeting's record. Not a client's command, so no schema: the host reads the file and
 * builds `importTranscript` itself, and passes the user's (parsed) answers on as `changeTranscript`.
 */
export type TranscriptCommand =
  | { type: 'importTranscript'; transcript: TranscriptRecord; offsetMs: number; basis: OffsetBasis }
  | { type: 'changeTranscript'; names?: TranscriptNamesPatch; offsetMs?: number }
  | { type: 'removeTranscript' };

/** Everything the engine decides: the running meeting's commands and the record's transcript. */
export type EngineCommand = MeetingCommand | TranscriptCommand;
export type MeetingCommandType = MeetingCommand['type'];
export type CommandOf<T extends MeetingCommandType> = Extract<MeetingCommand, { type: T }>;

export type CommandErrorCode = 'notAllowed' | 'notFound' | 'invalid';
/** Why the engine refused a command: a key of the error catalog and its parameters. */
export interface CommandError {
  code: CommandErrorCode;
  key: ErrorKey;
  params: ErrorParams;
}

/** The events a command causes, or why it cannot be done now. */
export type Decision = { ok: true; events: MeetingEvent[] } | { ok: false; error: CommandError };
