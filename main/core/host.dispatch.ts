import {
  clientMessageSchema,
  hostCommandSchema,
  type HostCommand,
  type HostCommandInput,
  type HostCommandInputOf,
  type HostCommandType,
  type HostPush,
  type HostResults,
  type ReplyMessage,
} from '../../shared/contract/contract';
import { contractError, zodToContractError } from '../../shared/contract/contract.errors';
import type { Handlers } from './host.handlers';
import { HostError, storageFailure } from './host.error';
import type { Logger } from './log';

/**
 * The one way a command reaches the services, for every client: the transports through `handle` (which also reads
 * the envelope and answers), the shell's tray and shortcuts through `dispatch`. The command is parsed and `before`
 * runs first (the clock check); a refusal rejects with a HostError, and so does a write the disk refused
 * (`unavailable`: full, read-only). Everything a command changes has happened when `dispatch` returns, before its
 * promise settles (an import goes on in steps, off the event loop where it can).
 */
export function makeDispatcher(handlers: Handlers, before: () => void, log: Logger) {
  function dispatch<T extends HostCommandType>(input: HostCommandInputOf<T>): Promise<HostResults[T]> {
    try {
      const parsed = hostCommandSchema.safeParse(input);
      if (!parsed.success) {
        const e = zodToContractError(parsed.error, 'badMessage', input);
        throw new HostError(e.code, e.key, e.params, e.path ? `cmd.${e.path}` : 'cmd');
      }
      before();
      const cmd = parsed.data;
      return Promise.resolve((handlers[cmd.type] as (c: HostCommand) => HostResults[T])(cmd)).catch(
        (e: unknown) => {
          throw storageFailure(e);
        },
      );
    } catch (e) {
      // A disk that refuses a write is a refusal the client can act on, not an internal error.
      return Promise.reject(storageFailure(e));
    }
  }

  /** Parses and runs one client message. Never rejects: every failure is an error reply that changed nothing. */
  async function handle(raw: unknown): Promise<ReplyMessage | HostPush> {
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const error = zodToContractError(parsed.error, 'badMessage', raw);
      return typeof id === 'string' && id.length > 0 && id.length <= 64
        ? { type: 'reply', id, ok: false, error }
        : { type: 'error', error };
    }
    const { id, cmd } = parsed.data;
    try {
      const result = await dispatch(cmd as HostCommandInput);
      return { type: 'reply', id, ok: true, result } as ReplyMessage;
    } catch (e) {
      if (e instanceof HostError) return { type: 'reply', id, ok: false, error: e.error };
      const type = String((cmd as { type?: unknown } | null)?.type);
      log.error(`command ${type} failed: ${(e as Error).stack ?? e}`);
      const error = contractError('internal', 'internal', { command: type, detail: (e as Error).message });
      return { type: 'reply', id, ok: false, error };
    }
  }

  return { dispatch, handle };
}
