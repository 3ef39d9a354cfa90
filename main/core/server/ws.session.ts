import type { RawData, WebSocket } from 'ws';
import {
  LARGE_COMMAND_TYPES,
  MAX_IMPORT_BYTES,
  MAX_MESSAGE_BYTES,
  type DeviceKind,
  type HostPush,
  type ReplyMessage,
} from '../../../shared/contract/contract';
import { contractError } from '../../../shared/contract/contract.errors';
import type { ErrorKey } from '../../../shared/contract/error.catalog';
import type { Logger } from '../log';
import { RateLimiter } from './rate.limit';

/** Who is on the other end of a socket: a holder of the install token, or a paired device of some kind. */
export type Caller = { kind: 'owner'; deviceId: string | null } | { kind: DeviceKind; deviceId: string };

export interface SessionHost {
  handle(raw: unknown): Promise<ReplyMessage | HostPush>;
  /** JSON.parse off the event loop (a large import), or in place when there is no worker. */
  parseLargeJson(bytes: Buffer): Promise<unknown>;
  readonly log: Logger;
}

export interface SessionLimits {
  perSecond: number;
  burst: number;
  /** Shared by every socket: many sockets cannot send more than one host can take. */
  hostLimiter: RateLimiter;
}

/** After this many refused messages in a row, a connection is closed: it is not a UI, it is a flood. */
const MAX_REFUSALS = 500;

const LARGE_COMMANDS: ReadonlySet<unknown> = new Set(LARGE_COMMAND_TYPES);
const NAMES_LARGE_COMMAND = new RegExp(
  `"type"\\s*:\\s*"(${LARGE_COMMAND_TYPES.map((t) => t.replace('.', '\\.')).join('|')})"`,
);

/** Does a large frame say, near its start, that it is an import? Only those are parsed at all. */
function looksLikeImport(bytes: Buffer): boolean {
  return NAMES_LARGE_COMMAND.test(bytes.subarray(0, 512).toString('latin1'));
}

/**
 * One socket's messages: rate-limited (per socket and across the host), refused by size before they are parsed
 * (only an import may be large), and refused outright for a view-only device; every refusal is an error reply.
 */
export function runSession(
  ws: WebSocket,
  caller: Caller,
  host: SessionHost,
  limits: SessionLimits,
  send: (push: HostPush) => void,
): void {
  const limiter = new RateLimiter(limits.perSecond, limits.burst, Date.now());
  let refusals = 0;
  const refuse = (push: HostPush) => {
    send(push);
    if (++refusals >= MAX_REFUSALS) ws.close(1008, 'too many bad or excess messages');
  };
  const error = (code: Parameters<typeof contractError>[0], key: ErrorKey, params = {}) =>
    contractError(code, key, params);
  const refuseFor = (json: unknown, code: Parameters<typeof contractError>[0], key: ErrorKey) => {
    const id = (json as { id?: unknown } | null)?.id;
    const e = error(code, key);
    return refuse(
      typeof id === 'string' && id.length > 0 && id.length <= 64
        ? { type: 'reply', id, ok: false, error: e }
        : { type: 'error', error: e },
    );
  };

  const onMessage = async (data: RawData, isBinary: boolean): Promise<void> => {
    const now = Date.now();
    if (!limiter.take(now) || !limits.hostLimiter.take(now))
      return refuse({ type: 'error', error: error('rateLimited', 'rateLimited', { max: limits.perSecond }) });
    if (isBinary) return refuse({ type: 'error', error: error('badMessage', 'binaryFrame') });
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    const large = bytes.length > MAX_MESSAGE_BYTES;
    // Checked before parsing: a frame that is too large for what it is costs nothing but this refusal.
    if (
      large &&
      (caller.kind === 'view' || !looksLikeImport(bytes) || bytes.length > MAX_IMPORT_BYTES * 1.25)
    )
      return refuse({
        type: 'error',
        error: error('tooLarge', 'messageTooLarge', { max: MAX_MESSAGE_BYTES, actual: bytes.length }),
      });
    let json: unknown;
    try {
      json = large ? await host.parseLargeJson(bytes) : JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      return refuse({
        type: 'error',
        error: error('badMessage', 'notJson', { detail: (e as Error).message }),
      });
    }
    const type = (json as { cmd?: { type?: unknown } } | null)?.cmd?.type;
    if (large && !LARGE_COMMANDS.has(type))
      return refuse({
        type: 'error',
        error: error('tooLarge', 'messageTooLarge', { max: MAX_MESSAGE_BYTES, actual: bytes.length }),
      });
    if (caller.kind === 'view') return refuseFor(json, 'unauthorized', 'viewOnly');
    if (caller.kind === 'control' && typeof type === 'string' && type.startsWith('devices.'))
      return refuseFor(json, 'unauthorized', 'localOnly');
    const reply = await host.handle(json);
    if (reply.type === 'reply' && reply.ok) refusals = 0;
    else refusals++;
    send(reply);
  };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    onMessage(data, isBinary).catch((e: unknown) => {
      host.log.error(`a WebSocket message failed: ${(e as Error).stack ?? String(e)}`);
      refuse({
        type: 'error',
        error: error('internal', 'internal', { command: 'message', detail: String(e) }),
      });
    });
  });
}
