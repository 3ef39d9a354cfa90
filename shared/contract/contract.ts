import { z } from 'zod';
import { meetingPlanSchema } from '../agenda/agenda.schema';
import { sessionCommandSchema } from '../session/session.commands';
import type { SessionState } from '../session/session.state';

/** Requests a client (the overlay, the dashboard, a phone) sends to the host. Parsed with zod on arrival. */
export const hostCommandSchema = z.discriminatedUnion('type', [
  /** Plan a new meeting; refused while another one runs. */
  z.object({ type: z.literal('session.create'), plan: meetingPlanSchema }),
  /** Anything the engine decides: start, next, off-topic, pause, end, undo, snooze… */
  z.object({ type: z.literal('session.command'), command: sessionCommandSchema }),
  /** Drop a planned meeting that never started, or put an ended one away (its report stays in history). */
  z.object({ type: z.literal('session.close') }),
  /** Show a different line for the visible nudge. */
  z.object({ type: z.literal('nudge.anotherLine'), key: z.string().min(1) }),
]);

export const MAX_MESSAGE_BYTES = 256 * 1024;

export const clientMessageSchema = z.object({
  /** Chosen by the client; the reply carries it back. */
  id: z.string().min(1).max(64),
  cmd: hostCommandSchema,
});

export type HostCommand = z.infer<typeof hostCommandSchema>;
export type HostCommandType = HostCommand['type'];
export type HostCommandOf<T extends HostCommandType> = Extract<HostCommand, { type: T }>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type ContractErrorCode =
  | 'badMessage'
  | 'notAllowed'
  | 'notFound'
  | 'invalid'
  | 'unauthorized'
  | 'tooLarge'
  | 'rateLimited'
  | 'internal';

export interface ContractError {
  code: ContractErrorCode;
  message: string;
  /** Where in the message it went wrong, e.g. "cmd.plan.items.0.budgetSec". */
  path?: string;
}

/** What each command answers with. */
export interface HostResults {
  'session.create': { meetingId: string };
  'session.command': { events: number };
  'session.close': { meetingId: string | null };
  'nudge.anotherLine': { lineId: string };
}

/** The running meeting as the host sees it at `at`: clients derive every number from it with their own clock. */
export interface SessionSnapshot {
  /** Host wall-clock time when this snapshot was taken. */
  at: number;
  session: SessionState | null;
  /** The visible nudge's line, filled in for the client's language, rate and name at `at`. */
  nudgeLine: { key: string; lineId: string | null; text: string } | null;
}

export type ReplyMessage<T extends HostCommandType = HostCommandType> =
  | { type: 'reply'; id: string; ok: true; result: HostResults[T] }
  | { type: 'reply'; id: string; ok: false; error: ContractError };

/** Everything the host pushes to clients. */
export type HostPush =
  | { type: 'snapshot'; snapshot: SessionSnapshot }
  | ReplyMessage
  /** A message that could not be tied to a request (unparseable, or without an id). */
  | { type: 'error'; error: ContractError };
