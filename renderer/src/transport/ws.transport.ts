import type {
  HostCommandInputOf,
  HostCommandType,
  HostInfo,
  HostResults,
  MeetingSnapshot,
} from '../../../shared/contract/contract';
import { contractError } from '../../../shared/contract/contract.errors';
import { hostPushSchema } from '../../../shared/contract/contract.schemas';
import { parsePush, settleReply } from './push.parse';
import { RequestError, type ConnectionStatus, type Transport } from './transport';

type Handlers = Parameters<Transport['subscribe']>[0];

const TIMEOUT_MS = 10_000;
/**
 * How long a command waits for a link that is reconnecting. A click on "Next" is meant for now: sent a few seconds
 * late it still is, sent a minute late it is not, so after this it is refused and the person told.
 */
const RECONNECT_WAIT_MS = 5_000;

interface Pending {
  type: HostCommandType;
  resolve: (v: never) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The WebSocket transport for browsers and phones. Reconnects with backoff when the host goes away (a restart, a
 * laptop lid). A request made while it reconnects waits a few seconds for the link and is then sent or refused; one
 * in flight when the link drops is refused at once (the host may or may not have done it): none is silently lost.
 */
export class WsTransport implements Transport {
  readonly kind = 'ws' as const;
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<string, Pending>();
  private readonly handlers = new Set<Handlers>();
  private backoff = 500;
  private closed = false;
  private readonly waiting = new Set<() => void>();
  private status: ConnectionStatus = 'connecting';
  private last: { snapshot?: [MeetingSnapshot, number]; info?: HostInfo } = {};

  constructor(private readonly url: string) {
    this.connect();
  }

  private setStatus(s: ConnectionStatus): void {
    this.status = s;
    for (const h of this.handlers) h.status(s);
    if (s === 'open') for (const go of [...this.waiting]) go();
  }

  /** Resolves when the link is open, or rejects with a refusal the UI can word after RECONNECT_WAIT_MS. */
  private linkOpen(command: HostCommandType): Promise<void> {
    if (this.status === 'open') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        this.waiting.delete(go);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.delete(go);
        reject(new RequestError(contractError('unavailable', 'notConnected', { command })));
      }, RECONNECT_WAIT_MS);
      this.waiting.add(go);
    });
  }

  private connect(): void {
    this.setStatus('connecting');
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.backoff = 500;
      this.setStatus('open');
    });
    ws.addEventListener('message', (e) => this.onMessage(String(e.data)));
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.setStatus('closed');
      // Sent, never answered: the host may or may not have done it, so say exactly that.
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        this.pending.delete(id);
        p.reject(new RequestError(contractError('unavailable', 'connectionLost', { command: p.type })));
      }
      if (this.closed) return;
      setTimeout(() => this.connect(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 5000);
    });
  }

  private onMessage(text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      console.warn('Tactful: dropped a push that is not JSON');
      return;
    }
    // A reply settles its request whatever it holds: one that does not fit the contract rejects it.
    const reply = raw as { type?: unknown; id?: unknown };
    if (reply?.type === 'reply' && typeof reply.id === 'string') return this.settle(reply.id, raw);
    const push = parsePush(hostPushSchema, raw, typeof reply?.type === 'string' ? reply.type : 'unknown');
    if (!push) return;
    if (push.type === 'snapshot') {
      this.last.snapshot = [push.snapshot, Date.now()];
      for (const h of this.handlers) h.snapshot(push.snapshot, this.last.snapshot[1]);
    } else if (push.type === 'info') {
      this.last.info = push.info;
      for (const h of this.handlers) h.info(push.info);
    } else if (push.type === 'error') {
      console.warn('Tactful host:', push.error.message);
    }
  }

  private settle(id: string, raw: unknown): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    try {
      p.resolve(settleReply(p.type, raw) as never);
    } catch (e) {
      p.reject(e as Error);
    }
  }

  async request<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
    await this.linkOpen(cmd.type);
    const id = `w${this.nextId++}`;
    return new Promise<HostResults[T]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new RequestError(contractError('unavailable', 'hostTimeout', { command: cmd.type })));
      }, TIMEOUT_MS);
      this.pending.set(id, { type: cmd.type, resolve: resolve as (v: never) => void, reject, timer });
      this.ws?.send(JSON.stringify({ id, cmd }));
    });
  }

  subscribe(handlers: Handlers): () => void {
    this.handlers.add(handlers);
    handlers.status(this.status);
    if (this.last.info) handlers.info(this.last.info);
    if (this.last.snapshot) handlers.snapshot(...this.last.snapshot);
    return () => this.handlers.delete(handlers);
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
  }
}

/** The socket URL for the page's own host: same origin, path /ws (the token travels in the cookie). */
export function hostSocketUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
