import WebSocket from 'ws';
import type {
  ContractError,
  HostCommandInputOf,
  HostCommandType,
  HostPush,
  HostResults,
  MeetingSnapshot,
} from '../../shared/contract/contract';

/** A test client over a real WebSocket: sends commands, awaits replies by id, and keeps every push it got. */
export class TestClient {
  readonly pushes: HostPush[] = [];
  private waiters: { match: (p: HostPush) => boolean; resolve: (p: HostPush) => void }[] = [];
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const push = JSON.parse(String(data)) as HostPush;
      this.pushes.push(push);
      this.waiters = this.waiters.filter((w) => (w.match(push) ? (w.resolve(push), false) : true));
    });
  }

  static connect(
    url: string,
    opts: { token?: string; origin?: string; headers?: Record<string, string> } = {},
  ): Promise<TestClient> {
    const full = opts.token ? `${url}?token=${encodeURIComponent(opts.token)}` : url;
    const ws = new WebSocket(full, {
      headers: { ...(opts.origin ? { Origin: opts.origin } : {}), ...opts.headers },
    });
    const client = new TestClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c));
        res.on('end', () =>
          reject(Object.assign(new Error(`HTTP ${res.statusCode}: ${body}`), { status: res.statusCode })),
        );
      });
      ws.once('error', reject);
    });
  }

  /** Resolves with the first push (already received or coming) that matches. */
  next(match: (p: HostPush) => boolean, timeoutMs = 5000, fromIndex = 0): Promise<HostPush> {
    const seen = this.pushes.slice(fromIndex).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a push')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  async request<T extends HostCommandType>(
    cmd: HostCommandInputOf<T>,
    timeoutMs = 5000,
  ): Promise<{ ok: true; result: HostResults[T] } | { ok: false; error: ContractError }> {
    const id = `r${this.nextId++}`;
    const from = this.pushes.length;
    this.ws.send(JSON.stringify({ id, cmd }));
    const reply = await this.next((p) => p.type === 'reply' && p.id === id, timeoutMs, from);
    return reply as never;
  }

  /** Like request, but fails the test on an error reply. */
  async ok<T extends HostCommandType>(cmd: HostCommandInputOf<T>): Promise<HostResults[T]> {
    const r = await this.request(cmd);
    if (!r.ok) throw new Error(`${cmd.type} refused: ${r.error.code} ${r.error.message}`);
    return r.result;
  }

  latestSnapshot(): MeetingSnapshot | null {
    for (let i = this.pushes.length - 1; i >= 0; i--) {
      const p = this.pushes[i]!;
      if (p.type === 'snapshot') return p.snapshot;
    }
    return null;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }

  /** Resolves when the server closes the socket, with its code and reason. */
  closed(): Promise<{ code: number; reason: string }> {
    return new Promise((resolve) =>
      this.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }
}
