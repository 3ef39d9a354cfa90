import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHost, type ChildHost } from './child.host';
import { rawRequest } from './raw.http';
import { TestClient } from './ws.client';

export interface HttpFuzzResult {
  requests: number;
  /** Answered with a status line. */
  answered: number;
  /** Closed by the server without an answer (what Node does with some malformed requests). */
  closedQuietly: number;
  /** No answer and not closed within the time allowed (Node's header timeout would close them later). */
  timedOut: number;
  /** 5xx answers: a request the host could not handle (must be 0). */
  serverErrors: number;
  /** The host exited, or its safety net caught an error (strict: it exits then): must be 0. */
  crashes: number;
  /** Health checks (a valid page and a valid socket) that failed between batches: must be 0. */
  healthFailures: number;
  statuses: Record<string, number>;
  /** The first lines the host logged about a request it could not handle, to find the bug. */
  errors: string[];
}

const JUNK_PARTS = [
  '%',
  '%2',
  '%zz',
  '%00',
  '%2e%2e',
  '%2f',
  '%5c',
  '%E0%A4%A',
  '%C0%AF',
  '%%',
  '..',
  '//',
  '\\',
];
const MORE_JUNK = ['[', ']', '@', ':', '?', '#', ' ', '\t', 'é', '\u0000', '\u00ff', 'ws', 'pair', 'token='];

/** Raw HTTP requests and upgrades, mostly malformed, some valid, built for one running host. */
export function httpRequestArbitrary(port: number, token: string): fc.Arbitrary<Buffer> {
  const cookieName = `tactful_device_${port}`;
  const junkText = fc.string({ unit: 'binary', maxLength: 40 });
  const path = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '/',
        '/ws',
        '/pair',
        '/pair?code=ABCDEFGH',
        '/index.html',
        '/assets/',
        '/no/such/page',
        `/?token=${token}`,
        `/.//evil.example/?token=${token}`,
        `//evil.example/?token=${token}`,
        `/ws?token=${token}`,
        '/ws?token=%',
        '/../../etc/passwd',
        '/%2e%2e/%2e%2e/etc/passwd',
      ),
    },
    {
      weight: 5,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...JUNK_PARTS, ...MORE_JUNK), junkText), { maxLength: 8 })
        .map((parts) => `/${parts.join('')}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '*',
        '',
        'http://evil.example/',
        'http://127.0.0.1/',
        '//[',
        'ws',
        `/${'a'.repeat(10_000)}`,
      ),
    },
    { weight: 1, arbitrary: junkText },
  );
  const method = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('GET', 'HEAD') },
    {
      weight: 2,
      arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'get', 'G ET', ''),
    },
    { weight: 1, arbitrary: junkText },
  );
  const version = fc.oneof(
    { weight: 8, arbitrary: fc.constant('HTTP/1.1') },
    {
      weight: 2,
      arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1 x', '', 'HTTP/11'),
    },
  );
  const cookie = fc.oneof(
    fc.constantFrom(
      'tactful_token=%',
      `${cookieName}=%`,
      `${cookieName}=AAAAAAAAAAAAAAAAAAAAAAAA; ${cookieName}=BBBBBBBBBBBBBBBBBBBBBBBB`,
      `${cookieName}=`,
      '=;;;=%;%=%%',
      `${cookieName}="quoted"`,
    ),
    junkText.map((v) => `${cookieName}=${v}`),
    junkText,
  );
  const header = fc.oneof(
    fc
      .constantFrom(`127.0.0.1:${port}`, `localhost:${port}`, 'evil.example', '', `[::1]:${port}`)
      .map((v) => `Host: ${v}`),
    cookie.map((v) => `Cookie: ${v}`),
    fc.constantFrom(
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Connection: keep-alive, Upgrade',
      'Upgrade: h2c',
    ),
    fc.constantFrom(
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Key: %',
      'Sec-WebSocket-Key: ',
    ),
    fc.constantFrom('Sec-WebSocket-Version: 13', 'Sec-WebSocket-Version: 8', 'Sec-WebSocket-Version: x'),
    fc.constantFrom(
      `Origin: http://127.0.0.1:${port}`,
      'Origin: null',
      'Origin: http://evil.example',
      'Origin: %',
    ),
    fc.constantFrom(`Authorization: Bearer ${token}`, 'Authorization: Bearer %', 'Authorization: Basic x'),
    fc.constantFrom(
      'Content-Length: 5',
      'Content-Length: -1',
      'Content-Length: x',
      'Transfer-Encoding: chunked',
    ),
    fc.tuple(fc.string({ maxLength: 20 }), junkText).map(([k, v]) => `${k}: ${v}`),
    junkText,
  );
  const random = fc
    .record({
      method,
      path,
      version,
      hostFirst: fc.boolean(),
      headers: fc.array(header, { maxLength: 8 }),
      eol: fc.constantFrom('\r\n', '\r\n', '\r\n', '\n', '\r'),
      body: fc.oneof(fc.constant(''), junkText),
      finished: fc.constantFrom(true, true, true, false),
    })
    .map((r) => {
      const head = [`${r.method} ${r.path} ${r.version}`.trimEnd()];
      if (r.hostFirst) head.push(`Host: 127.0.0.1:${port}`);
      head.push(...r.headers);
      return head.join(r.eol) + (r.finished ? `${r.eol}${r.eol}${r.body}` : '');
    });
  // Well-formed requests with hostile parts: they reach the routes, not only the parser.
  const host = fc.oneof(
    { weight: 6, arbitrary: fc.constant(`127.0.0.1:${port}`) },
    { weight: 1, arbitrary: fc.constantFrom(`localhost:${port}`, 'evil.example', `127.0.0.1:${port + 1}`) },
  );
  const formed = fc
    .record({
      method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST'),
      path,
      host,
      cookie: fc.option(cookie),
      origin: fc.option(fc.constantFrom(`http://127.0.0.1:${port}`, 'http://evil.example', 'null')),
    })
    .map((r) =>
      [
        `${r.method} ${r.path.replace(/[\s]/g, '')} HTTP/1.1`,
        `Host: ${r.host}`,
        ...(r.cookie === null ? [] : [`Cookie: ${r.cookie.replace(/[\r\n]/g, '')}`]),
        ...(r.origin === null ? [] : [`Origin: ${r.origin}`]),
        '',
        '',
      ].join('\r\n'),
    );
  const upgrade = fc
    .record({
      query: fc.constantFrom('', `?token=${token}`, `?token=${token}`, '?token=%', '?token=wrong', '?x=%'),
      host,
      cookie: fc.option(cookie),
      origin: fc.option(fc.constantFrom(`http://127.0.0.1:${port}`, 'http://evil.example', 'null', '%')),
      bearer: fc.option(fc.constantFrom(`Bearer ${token}`, 'Bearer %', 'Bearer ')),
      key: fc.constantFrom('dGhlIHNhbXBsZSBub25jZQ==', 'dGhlIHNhbXBsZSBub25jZQ==', '%', ''),
      version: fc.constantFrom('13', '13', '13', '8', 'x'),
      path: fc.constantFrom('/ws', '/ws', '/ws', '/ws/', '/%', '//[', '/wss'),
    })
    .map((r) =>
      [
        `GET ${r.path}${r.query} HTTP/1.1`,
        `Host: ${r.host}`,
        'Connection: Upgrade',
        'Upgrade: websocket',
        `Sec-WebSocket-Key: ${r.key}`,
        `Sec-WebSocket-Version: ${r.version}`,
        ...(r.cookie === null ? [] : [`Cookie: ${r.cookie.replace(/[\r\n]/g, '')}`]),
        ...(r.origin === null ? [] : [`Origin: ${r.origin}`]),
        ...(r.bearer === null ? [] : [`Authorization: ${r.bearer}`]),
        '',
        '',
      ].join('\r\n'),
    );
  const request = fc
    .oneof(
      { weight: 4, arbitrary: formed },
      { weight: 2, arbitrary: upgrade },
      { weight: 4, arbitrary: random },
    )
    .map((text) => Buffer.from(text, 'latin1'));
  // Now and then, a byte flipped or the request cut short: what a broken client or a hostile one sends.
  return fc.oneof(
    { weight: 9, arbitrary: request },
    {
      weight: 1,
      arbitrary: fc
        .tuple(request, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean())
        .map(([b, at, byte, cut]) => {
          const copy = Buffer.from(b);
          if (copy.length === 0) return copy;
          const i = at % copy.length;
          if (cut) return copy.subarray(0, i);
          copy[i] = byte;
          return copy;
        }),
    },
  );
}

async function healthy(h: ChildHost): Promise<boolean> {
  const page = await rawRequest(h.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\n\r\n`);
  if (page.status !== 200 && page.status !== 503) return false;
  try {
    const c = await TestClient.connect(h.wsUrl, { token: h.token });
    const ok = (await c.request({ type: 'history.query' })).ok;
    await c.close();
    return ok;
  } catch {
    return false;
  }
}

/**
 * Random and mutated raw HTTP requests and upgrades against the built host (`node out/main/serve.js`, strict), over
 * real sockets, `concurrency` at a time: the host must answer or close each, never with a 5xx, never exit, and
 * still serve a page and a socket between batches.
 */
export async function fuzzHttp(
  count: number,
  opts: { seed?: number; concurrency?: number } = {},
): Promise<HttpFuzzResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tactful-httpfuzz-'));
  const h = await spawnHost(dataDir, [], process.env, { built: true });
  const r: HttpFuzzResult = {
    requests: 0,
    answered: 0,
    closedQuietly: 0,
    timedOut: 0,
    serverErrors: 0,
    crashes: 0,
    healthFailures: 0,
    statuses: {},
    errors: [],
  };
  try {
    const requests = fc.sample(httpRequestArbitrary(h.port, h.token), {
      numRuns: count,
      seed: opts.seed ?? 13,
    });
    const concurrency = opts.concurrency ?? 32;
    const batch = 1000;
    for (let from = 0; from < requests.length; from += batch) {
      const slice = requests.slice(from, from + batch);
      let next = 0;
      const worker = async () => {
        while (next < slice.length) {
          const bytes = slice[next++]!;
          const a = await rawRequest(h.port, bytes, 2000, 100);
          r.requests++;
          if (a.status !== null) {
            r.answered++;
            r.statuses[a.status] = (r.statuses[a.status] ?? 0) + 1;
            if (a.status >= 500 && a.status !== 503) r.serverErrors++;
          } else if (a.timedOut) r.timedOut++;
          else r.closedQuietly++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      if (h.proc.exitCode !== null || h.unexpected().length > 0) {
        r.crashes++;
        break;
      }
      if (!(await healthy(h))) r.healthFailures++;
    }
  } finally {
    try {
      await h.stop();
    } catch {
      r.crashes = Math.max(r.crashes, 1);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  r.errors = h.stderr.filter((l) => /failed|error/.test(l)).slice(0, 10);
  return r;
}
