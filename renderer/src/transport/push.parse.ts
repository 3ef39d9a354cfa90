import type { z } from 'zod';
import type { HostCommandType, HostPush, HostResults } from '../../../shared/contract/contract';
import { contractError } from '../../../shared/contract/contract.errors';
import type { hostPushSchema } from '../../../shared/contract/contract.schemas';
import { hostResultSchemas, replyMessageSchema } from '../../../shared/contract/contract.schemas';
import { RequestError } from './transport';

/** Where a message went wrong, as the zod path and message of its first issue. */
function firstIssue(error: z.ZodError): { path: string; detail: string } {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return { path, detail: `${path || '(message)'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * A push checked against its schema: the parsed value, or null when it does not fit the contract. Such a push is
 * dropped (never applied) and logged with where it went wrong.
 */
export function parsePush<T>(schema: z.ZodType<T>, raw: unknown, what: string): T | null {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const { detail } = firstIssue(r.error);
  console.warn(`Tactful: dropped a ${what} push that does not fit the contract at ${detail}`);
  return null;
}

/** The error a request rejects with when its reply does not fit the contract. */
export function badReply(error: z.ZodError, where: string): RequestError {
  const { path, detail } = firstIssue(error);
  return new RequestError(
    contractError('badMessage', 'badMessage', { detail: `${where} ${detail}` }, path || undefined),
  );
}

/** A reply checked against the envelope and the command's result schema: its result, or the error it rejects with. */
export function settleReply<T extends HostCommandType>(type: T, raw: unknown): HostResults[T] {
  const reply = replyMessageSchema.safeParse(raw);
  if (!reply.success) throw badReply(reply.error, `reply to ${type}`);
  if (!reply.data.ok) throw new RequestError(reply.data.error);
  const result = hostResultSchemas[type].safeParse(reply.data.result);
  if (!result.success) throw badReply(result.error, `result of ${type}`);
  return result.data as HostResults[T];
}

/** Every push the host can build is one the schema accepts (a reply's result is checked per command): else no build. */
type Holds<T extends true> = T;
type _PushesFitTheSchema = Holds<HostPush extends z.output<typeof hostPushSchema> ? true : false>;
