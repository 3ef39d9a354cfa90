import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_IMPORT_BYTES, type HostPush } from '../../../shared/contract/contract';
import type { DeviceRegistry } from '../devices/device.registry';
import { deviceName, TooManyDevices } from '../devices/device.registry';
import { cookieValues, deviceCookie, deviceCookieName, presentedToken, tokenMatches } from './auth';
import { lanAddress } from './lan';
import { RateLimiter } from './rate.limit';
import { decodedPath, hostAllowed, localPath, safeUrl } from './request.url';
import { SECURITY_HEADERS, serveStatic } from './static.files';
import { forViewOnly } from './view.only';
import { runSession, type Caller, type SessionHost } from './ws.session';

/** Where the host can be reached: its port on 127.0.0.1, and the LAN address while LAN access is on. */
export interface ServedAddresses {
  port: number;
  lan: string | null;
}

/** What the server needs of the host. */
export interface ServedHost extends SessionHost {
  subscribe(listener: (push: HostPush) => void): () => void;
  /** The per-install secret: the printed link, and tools. */
  token(): string;
  lanSetting(): { enabled: boolean; address?: string | undefined };
  setAddresses(addresses: ServedAddresses): void;
  readonly devices: Pick<DeviceRegistry, 'authenticate' | 'redeem' | 'add' | 'seen' | 'on' | 'off'>;
}

export interface ServerOptions {
  port: number;
  /** The built renderer (out/renderer), or null to serve only the API. */
  staticDir: string | null;
  /** LAN access for this run only (`--lan`): never written to settings. */
  lan?: boolean;
  /** Messages per second a connection may send, and the burst it may send at once. */
  rate?: { perSecond: number; burst: number };
  /** The same for every connection together. */
  hostRate?: { perSecond: number; burst: number };
}

/**
 * Frames above this are cut off by the socket itself: only an import may come near it (its content, as a JSON
 * string inside the message, grows by the escaping of its quotes).
 */
export const HARD_PAYLOAD_LIMIT = Math.ceil(MAX_IMPORT_BYTES * 1.25);
/** A client this far behind (slow network) misses snapshots until it catches up: the next one carries everything. */
const MAX_BUFFERED = 4 * 1024 * 1024;
const MAX_CONNECTIONS = 1024;
const MAX_SOCKETS = 128;
const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

type Listener = 'local' | 'lan';

/**
 * The WebSocket and HTTP side of the host: serves the UI, pairs devices, and speaks the contract to browsers and
 * phones. Listens on 127.0.0.1, and on one LAN address while LAN access is on. Every request must name this server
 * in its Host header; every socket needs a credential (the install token, or a paired device's cookie) and, from a
 * browser, an Origin of this server's own. Nothing a request holds can throw out of here: it gets a 4xx.
 */
export class TactfulServer {
  private readonly local: Server;
  private lanServer: Server | null = null;
  private lanIp: string | null = null;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: HARD_PAYLOAD_LIMIT });
  private readonly serialized = new WeakMap<HostPush, string>();
  private readonly serializedRemote = new WeakMap<HostPush, string>();
  private readonly serializedView = new WeakMap<HostPush, string>();
  private readonly sockets = new Map<WebSocket, { caller: Caller; via: Listener }>();
  private readonly hostLimiter: RateLimiter;
  private port = 0;
  private lanChange: Promise<void> = Promise.resolve();
  private unwatch: (() => void) | null = null;
  private readonly onForgotten = (id: string) => {
    for (const [ws, { caller }] of this.sockets)
      if (caller.deviceId === id) ws.close(1008, 'this device was forgotten');
  };

  constructor(
    private readonly host: ServedHost,
    private readonly opts: ServerOptions,
  ) {
    const { perSecond, burst } = opts.hostRate ?? { perSecond: 300, burst: 600 };
    this.hostLimiter = new RateLimiter(perSecond, burst, Date.now());
    this.local = this.makeServer('local');
  }

  private makeServer(which: Listener): Server {
    const server = createServer((req, res) => this.onRequest(req, res, which));
    server.maxConnections = MAX_CONNECTIONS;
    server.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head, which));
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
      if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
      const status =
        err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    });
    return server;
  }

  async start(): Promise<void> {
    await listen(this.local, this.opts.port, '127.0.0.1');
    this.port = (this.local.address() as AddressInfo).port;
    this.host.devices.on('forgotten', this.onForgotten);
    await this.applyLan();
    // This computer's address is known from now on, LAN or not: pairing links are made from it.
    this.host.setAddresses({ port: this.port, lan: this.lanIp });
    // Turning LAN access on or off in settings (or choosing another interface) takes effect at once.
    this.unwatch = this.host.subscribe((push) => {
      if (push.type === 'info') this.lanChange = this.lanChange.then(() => this.applyLan());
    });
  }

  /** Opens, moves or closes the LAN listener to match the settings (or `--lan`). */
  private async applyLan(): Promise<void> {
    const setting = this.host.lanSetting();
    const wanted = this.opts.lan || setting.enabled ? lanAddress(setting.address) : null;
    if (wanted === this.lanIp && (wanted === null) === (this.lanServer === null)) return;
    if (this.lanServer) {
      const old = this.lanServer;
      this.lanServer = null;
      this.lanIp = null;
      for (const [ws, { via }] of this.sockets) if (via === 'lan') ws.terminate();
      old.closeAllConnections();
      await new Promise<void>((r) => old.close(() => r()));
    }
    if (wanted) {
      const server = this.makeServer('lan');
      try {
        await listen(server, this.port, wanted);
        this.lanServer = server;
        this.lanIp = wanted;
        this.host.log.info(`LAN access on at http://${wanted}:${this.port} (pair a device from Settings)`);
      } catch (e) {
        this.host.log.warn(`LAN access could not start on ${wanted}: ${(e as Error).message}`);
      }
    } else if (this.opts.lan || setting.enabled) {
      this.host.log.warn('LAN access is on, but this computer has no network address to offer');
    }
    this.host.setAddresses({ port: this.port, lan: this.lanIp });
  }

  get address(): { port: number; url: string; lan: string | null } {
    return {
      port: this.port,
      url: `http://127.0.0.1:${this.port}/?token=${this.host.token()}`,
      lan: this.lanIp,
    };
  }

  /** Host names a request to this listener may carry. */
  private hosts(which: Listener): string[] {
    return which === 'local' ? LOCAL_HOSTS : this.lanIp ? [this.lanIp] : [];
  }

  private allowedOrigins(): Set<string> {
    const hosts = [...LOCAL_HOSTS, ...(this.lanIp ? [this.lanIp] : [])];
    return new Set(hosts.map((h) => `http://${h}:${this.port}`));
  }

  private text(res: ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end(`${text}\n`);
  }

  private onRequest(req: IncomingMessage, res: ServerResponse, which: Listener): void {
    try {
      this.route(req, res, which);
    } catch (e) {
      this.host.log.error(`a request failed: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) this.text(res, 500, 'Tactful could not answer this request.');
      else res.destroy();
    }
  }

  private route(req: IncomingMessage, res: ServerResponse, which: Listener): void {
    const url = safeUrl(req);
    if (!url) return this.text(res, 400, 'Bad request.');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    if (!hostAllowed(req.headers.host, this.hosts(which), this.port))
      return this.text(res, req.headers.host ? 421 : 400, 'This server does not answer for that host name.');
    const path = decodedPath(url);
    if (path === null) return this.text(res, 400, 'Bad request: the path is not readable.');
    if (url.pathname === '/pair') return this.pair(req, res, url);
    const given = url.searchParams.get('token');
    if (given !== null) {
      // The printed link: this browser becomes a paired device, and the token leaves the address bar.
      if (!tokenMatches(given, this.host.token()))
        return this.text(
          res,
          401,
          'This link has a wrong or old token. Use the link Tactful printed when it started.',
        );
      url.searchParams.delete('token');
      const known = this.device(req);
      const headers: Record<string, string> = { Location: localPath(url), ...SECURITY_HEADERS };
      if (!known) {
        // On this computer, the same browser opening the link again gets its entry back, not a second one.
        const local = which === 'local' && isLoopbackAddress(req.socket.remoteAddress);
        const added = this.paired(res, () =>
          this.host.devices.add('control', deviceName(req.headers['user-agent']), local, local),
        );
        if (!added) return;
        const { token } = added;
        headers['Set-Cookie'] = deviceCookie(this.port, token);
      }
      res.writeHead(302, headers).end();
      return;
    }
    serveStatic(this.opts.staticDir, path, res);
  }

  /** A pairing link (the QR code): a one-time code becomes this device's own token, in its cookie. */
  private pair(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const code = (url.searchParams.get('code') ?? '').trim().toUpperCase();
    const paired = code
      ? this.paired(res, () => this.host.devices.redeem(code, deviceName(req.headers['user-agent'])))
      : null;
    if (paired === undefined) return;
    if (!paired)
      return this.text(
        res,
        401,
        'This pairing code is wrong, used or expired. Open Settings in Tactful and scan the new code.',
      );
    res
      .writeHead(302, {
        // A view-only device is a screen for the room: it opens on the room view.
        Location: paired.device.kind === 'view' ? '/#/room' : '/',
        'Set-Cookie': deviceCookie(this.port, paired.token),
        ...SECURITY_HEADERS,
      })
      .end();
  }

  /** Runs a pairing; a full device list is answered (409, what to do) and gives undefined. */
  private paired<T>(res: ServerResponse, pair: () => T): T | undefined {
    try {
      return pair();
    } catch (e) {
      if (!(e instanceof TooManyDevices)) throw e;
      this.text(res, 409, `${e.message}.`);
      return undefined;
    }
  }

  private reject(socket: Duplex, status: number, text: string): void {
    if (!socket.writable) return void socket.destroy();
    socket.end(
      `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, which: Listener): void {
    // A client that resets mid-handshake must not become an unhandled 'error'.
    socket.on('error', () => socket.destroy());
    try {
      const url = safeUrl(req);
      if (!url) return this.reject(socket, 400, 'Bad Request');
      if (url.pathname !== '/ws') return this.reject(socket, 404, 'Not Found');
      if (!hostAllowed(req.headers.host, this.hosts(which), this.port))
        return this.reject(socket, 421, 'Misdirected Request');
      const origin = req.headers.origin;
      // Browsers always send Origin: a page from anywhere else must not drive the meeting. Tools send none.
      if (origin !== undefined && !this.allowedOrigins().has(origin))
        return this.reject(socket, 403, 'Forbidden: origin not allowed');
      const caller = this.caller(req, url);
      if (!caller) return this.reject(socket, 401, 'Unauthorized: missing or wrong token');
      if (this.sockets.size >= MAX_SOCKETS)
        return this.reject(socket, 503, 'Service Unavailable: too many connections');
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, caller, which));
    } catch (e) {
      this.host.log.error(`an upgrade failed: ${(e as Error).stack ?? String(e)}`);
      this.reject(socket, 400, 'Bad Request');
    }
  }

  /** The install token (a tool, the printed link), or a paired device's cookie; null when neither is valid. */
  private caller(req: IncomingMessage, url: URL): Caller | null {
    const token = presentedToken(req, url);
    if (token !== null)
      return tokenMatches(token, this.host.token()) ? { kind: 'owner', deviceId: null } : null;
    const device = this.device(req);
    if (!device) return null;
    // The browser that came in with the install token, on this computer, still holds what the token gave it.
    if (device.thisComputer && isLoopbackAddress(req.socket.remoteAddress))
      return { kind: 'owner', deviceId: device.id };
    return { kind: device.kind, deviceId: device.id };
  }

  /** The paired device whose token one of the request's device cookies holds, if any. */
  private device(req: IncomingMessage) {
    for (const token of cookieValues(req.headers.cookie, deviceCookieName(this.port))) {
      const device = this.host.devices.authenticate(token);
      if (device) return device;
    }
    return null;
  }

  private send(ws: WebSocket, caller: Caller, push: HostPush): void {
    if (ws.readyState !== ws.OPEN) return;
    if (push.type === 'snapshot' && ws.bufferedAmount > MAX_BUFFERED) return;
    if (caller.kind === 'view') {
      // A room screen sees the room view and nothing else; every view-only socket gets the same text.
      let text = this.serializedView.get(push);
      if (text === undefined) {
        text = JSON.stringify(forViewOnly(push));
        this.serializedView.set(push, text);
      }
      return ws.send(text);
    }
    // Pairing links are for the computer's own screen: a paired device is not shown how to pair more.
    const remote = caller.kind !== 'owner' && push.type === 'info';
    const cache = remote ? this.serializedRemote : this.serialized;
    let text = cache.get(push);
    if (text === undefined) {
      text = JSON.stringify(remote ? { ...push, info: { ...push.info, lanUrls: [] } } : push);
      cache.set(push, text);
    }
    ws.send(text);
  }

  private onConnection(ws: WebSocket, caller: Caller, via: Listener): void {
    this.sockets.set(ws, { caller, via });
    if (caller.deviceId) this.host.devices.seen(caller.deviceId);
    const send = (push: HostPush) => this.send(ws, caller, push);
    const unsubscribe = this.host.subscribe(send);
    const { perSecond, burst } = this.opts.rate ?? { perSecond: 30, burst: 60 };
    runSession(ws, caller, this.host, { perSecond, burst, hostLimiter: this.hostLimiter }, send);
    ws.on('close', () => {
      unsubscribe();
      this.sockets.delete(ws);
    });
    ws.on('error', (e) => this.host.log.warn(`a WebSocket client failed: ${e.message}`));
  }

  async close(): Promise<void> {
    this.unwatch?.();
    this.host.devices.off('forgotten', this.onForgotten);
    await this.lanChange;
    for (const ws of this.wss.clients) ws.close(1001, 'Tactful is shutting down');
    this.wss.close();
    for (const s of [this.local, this.lanServer]) {
      if (!s) continue;
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }
}

function listen(server: Server, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function isLoopbackAddress(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
