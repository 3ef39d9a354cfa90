import { z } from 'zod';
import { agendaItemSchema, MAX_DURATION_SEC } from '../agenda/agenda.schema';
import { nudgeActions } from '../nudges/nudge.types';

/** What a user can ask of a running meeting. Parsed at every boundary before the engine sees it. */
export const meetingCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('goto'), index: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('addTime'),
    itemId: z.string().min(1),
    sec: z
      .number()
      .int()
      .refine((n) => n !== 0, 'adding zero seconds does nothing')
      .refine((n) => Math.abs(n) <= MAX_DURATION_SEC, 'at most 12 hours at once'),
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
    key: z.string().min(1),
    sec: z.number().int().min(1).max(3600),
  }),
  z.object({ type: z.literal('dismissNudge'), key: z.string().min(1) }),
  z.object({ type: z.literal('nudgeActed'), key: z.string().min(1), action: z.enum(nudgeActions) }),
  z.object({ type: z.literal('changeLine'), key: z.string().min(1), lineId: z.string().min(1) }),
  z.object({ type: z.literal('rebalance'), minItemSec: z.number().int().min(0).max(MAX_DURATION_SEC) }),
  z.object({
    type: z.literal('editNotes'),
    text: z.string().max(20_000, 'notes can be at most 20,000 characters'),
  }),
  z.object({
    type: z.literal('addFollowUp'),
    id: z.string().min(1).max(64),
    text: z.string().trim().min(1, 'a follow-up needs some text').max(500),
  }),
  z.object({
    type: z.literal('updateFollowUp'),
    id: z.string().min(1).max(64),
    text: z.string().trim().min(1, 'a follow-up needs some text').max(500).optional(),
    done: z.boolean().optional(),
  }),
  z.object({ type: z.literal('removeFollowUp'), id: z.string().min(1).max(64) }),
]);

export type MeetingCommand = z.infer<typeof meetingCommandSchema>;
export type MeetingCommandType = MeetingCommand['type'];
export type CommandOf<T extends MeetingCommandType> = Extract<MeetingCommand, { type: T }>;

export const sessionCommandTypes = meetingCommandSchema.options.map((o) => o.shape.type.value);

export type CommandErrorCode = 'notAllowed' | 'notFound' | 'invalid';
export interface CommandError {
  code: CommandErrorCode;
  message: string;
}
