import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  MAX_IMPORT_BYTES,
  MAX_MESSAGE_BYTES,
  type HostPush,
  type ReplyMessage,
} from '../../../shared/contract/contract';
import { contractError } from '../../../shared/contract/contract.errors';
import type { Logger } from '../log';
import { requestToken, tokenCookie, tokenMatches } from './auth';
import { lanAddresses } from './lan';
import { RateLimiter } from './rate.limit';
import { SECURITY_HEADERS, serveStatic } from './static.files';

/** What the server needs of the host. */
export interface ServedHost {
  handle(raw: unknown): Promise<ReplyMessage | HostPush>;
  subscribe(listener: (push: HostPush) => void): () => void;
  /** The per-install secret every socket must present. */
  token(): string;
  lanEnabled(): boolean;
  setLanUrls(urls: string[]): void;
  readonly log: Logger;
}

export interface ServerOptions {
  port: number;
  /** The built renderer (out/renderer), or null to serve only the API. */
  staticDir: string | null;
  /** Messages per second a connection may send, and the burst it may send at once. */
  rate?: { perSecond: number; burst: number };
}

/** Frames above this are cut off by the socket itself: only an import may come near it. */
const HARD_PAYLOAD_LIMIT = MAX_IMPORT_BYTES + 64 * 1024;
/** A client this far behind (slow network) misses snapshots until it catches up: the next one carries everything. */
const MAX_BUFFERED = 4 * 1024 * 1024;
/** After this many refused messages in a row, a connection is closed: it is not a UI, it is a flood. */
const MAX_REFUSALS = 500;

/**
 * The WebSocket and HTTP side of the host: serves the UI, and speaks the contract to browsers and phones.
 * Binds 127.0.0.1 unless LAN access is on; every socket needs the per-install token and, from a browser, an
 * Origin of this server's own.
 */
export class TactfulServer {
  private readonly http: Server;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: HARD_PAYLOAD_LIMIT });
  private readonly serialized = new WeakMap<HostPush, string>();
  private port = 0;
  private lan = false;
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly host: ServedHost,
    private readonly opts: ServerOptions,
  ) {
    this.http = createServer((req, res) => this.onRequest(req, res));
    this.http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
  }

  async start(): Promise<void> {
    this.lan = this.host.lanEnabled();
    await this.listen(this.opts.port);
    this.host.setLanUrls(this.lanUrls());
    // Turning LAN access on or off in settings re-binds at once.
    this.unwatch = this.host.subscribe((push) => {
      if (push.type === 'info' && push.info.settings.lan.enabled !== this.lan)
        void this.setLan(push.info.settings.lan.enabled);
    });
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, this.lan ? '0.0.0.0' : '127.0.0.1', () => {
        this.http.off('error', reject);
        this.port = (this.http.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private async setLan(enabled: boolean): Promise<void> {
    this.lan = enabled;
    // close() stops listening at once; its callback waits for open sockets, which stay connected on purpose.
    this.http.close();
    await this.listen(this.port);
    this.host.setLanUrls(this.lanUrls());
    this.host.log.info(enabled ? `LAN access on: ${this.lanUrls().join(', ')}` : 'LAN access off');
  }

  get address(): { port: number; url: string; lan: boolean } {
    return {
      port: this.port,
      url: `http://127.0.0.1:${this.port}/?token=${this.host.token()}`,
      lan: this.lan,
    };
  }

  lanUrls(): string[] {
    if (!this.lan) return [];
    return lanAddresses().map((ip) => `http://${ip}:${this.port}/?token=${this.host.token()}`);
  }

  private allowedOrigins(): Set<string> {
    const hosts = ['127.0.0.1', 'localhost', '[::1]', ...(this.lan ? lanAddresses() : [])];
    return new Set(hosts.map((h) => `http://${h}:${this.port}`));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    const given = url.searchParams.get('token');
    if (given !== null) {
      // First visit with the printed link: keep the token in a cookie and take it out of the address bar.
      if (!tokenMatches(given, this.host.token())) {
        res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
        res.end('This link has a wrong or old token. Use the link Tactful printed when it started.\n');
        return;
      }
      url.searchParams.delete('token');
      res
        .writeHead(302, {
          Location: url.pathname + url.search,
          'Set-Cookie': tokenCookie(given),
          ...SECURITY_HEADERS,
        })
        .end();
      return;
    }
    serveStatic(this.opts.staticDir, url.pathname, res);
  }

  private reject(socket: Duplex, status: number, text: string): void {
    socket.end(
      `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ws') return this.reject(socket, 404, 'Not Found');
    const origin = req.headers.origin;
    // Browsers always send Origin: a page from anywhere else must not drive the meeting. Tools send none.
    if (origin !== undefined && !this.allowedOrigins().has(origin))
      return this.reject(socket, 403, `Forbidden: origin ${origin} is not allowed`);
    if (!tokenMatches(requestToken(req, url), this.host.token()))
      return this.reject(socket, 401, 'Unauthorized: missing or wrong token');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  private send(ws: WebSocket, push: HostPush): void {
    if (ws.readyState !== ws.OPEN) return;
    if (push.type === 'snapshot' && ws.bufferedAmount > MAX_BUFFERED) return;
    let text = this.serialized.get(push);
    if (text === undefined) {
      text = JSON.stringify(push);
      this.serialized.set(push, text);
    }
    ws.send(text);
  }

  private onConnection(ws: WebSocket): void {
    const { perSecond, burst } = this.opts.rate ?? { perSecond: 30, burst: 60 };
    const limiter = new RateLimiter(perSecond, burst, Date.now());
    let refusals = 0;
    const unsubscribe = this.host.subscribe((push) => this.send(ws, push));
    const refuse = (push: HostPush) => {
      this.send(ws, push);
      if (++refusals >= MAX_REFUSALS) ws.close(1008, 'too many bad or excess messages');
    };
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!limiter.take(Date.now()))
        return refuse({
          type: 'error',
          error: contractError('rateLimited', 'rateLimited', { max: perSecond }),
        });
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      if (isBinary) return refuse({ type: 'error', error: contractError('badMessage', 'binaryFrame') });
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8'));
      } catch (e) {
        return refuse({
          type: 'error',
          error: contractError('badMessage', 'notJson', { detail: (e as Error).message }),
        });
      }
      // Only an import may be larger than an ordinary message (the socket caps it at HARD_PAYLOAD_LIMIT): an
      // export being restored, or a transcript, whose own limit the host states in words.
      const type = (json as { cmd?: { type?: unknown } } | null)?.cmd?.type;
      const isImport = type === 'history.import' || type === 'transcript.import';
      if (bytes.length > MAX_MESSAGE_BYTES && !isImport)
        return refuse({
          type: 'error',
          error: contractError('tooLarge', 'messageTooLarge', {
            max: MAX_MESSAGE_BYTES,
            actual: bytes.length,
          }),
        });
      void this.host.handle(json).then((reply) => {
        if (reply.type === 'reply' && reply.ok) refusals = 0;
        else refusals++;
        this.send(ws, reply);
      });
    });
    ws.on('close', unsubscribe);
    ws.on('error', (e) => this.host.log.warn(`a WebSocket client failed: ${e.message}`));
  }

  async close(): Promise<void> {
    this.unwatch?.();
    for (const ws of this.wss.clients) ws.close(1001, 'Tactful is shutting down');
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((r) => this.http.close(() => r()));
  }
}
