import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { parseAgendaText } from '../../shared/agenda/agenda.paste';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { buildArchive } from '../../shared/report/export/json.archive';
import type { HostPush } from '../../shared/contract/contract';
import type { Host } from '../../main/core/host';
import { HostError } from '../../main/core/host.error';
import { openHost, startServer } from './host.harness';
import { tempDataDir } from './temp.dir';

/** A real export of one short meeting, made by the exporter itself. */
const validArchive = (meetingId: string) =>
  buildArchive(
    [
      {
        id: meetingId,
        journal: [
          {
            type: 'planned',
            at: 1_790_000_000_000,
            plan: meetingPlanSchema.parse({
              id: meetingId,
              title: 'T',
              items: [{ id: 'a', title: 'A', budgetSec: 60 }],
            }),
          },
          { type: 'started', at: 1_790_000_001_000 },
          { type: 'ended', at: 1_790_000_061_000 },
        ],
      },
    ],
    [],
    1_790_000_100_000,
    'fuzz',
  ).content;

/** Valid messages, one or more per command: the seeds that mutations start from. */
const CORPUS: unknown[] = [
  {
    type: 'meeting.create',
    plan: { id: 'm1', title: 'Call', items: [{ id: 'a', title: 'A', budgetSec: 600 }] },
  },
  { type: 'meeting.command', command: { type: 'start' } },
  { type: 'meeting.command', command: { type: 'addTime', itemId: 'a', sec: 60 } },
  { type: 'meeting.command', command: { type: 'toggleOffTopic' } },
  { type: 'meeting.command', command: { type: 'addFollowUp', id: 'f1', text: 'Send it' } },
  { type: 'meeting.command', command: { type: 'rebalance', minItemSec: 120 } },
  { type: 'meeting.close' },
  { type: 'nudge.anotherLine', key: 'offTopic:0#1' },
  { type: 'nudge.typeIntoChat', key: 'offTopic:0#1' },
  { type: 'call.accept', fallbackTitle: 'Call', fallbackItem: 'Talk' },
  { type: 'call.dismiss' },
  { type: 'settings.update', patch: { theme: 'dark' } },
  { type: 'settings.update', patch: { rebalance: { minItemSec: 60, auto: true } } },
  { type: 'clients.save', client: { id: 'c1', name: 'Anna', hourlyRateMinor: 6000, currency: 'EUR' } },
  { type: 'clients.remove', id: 'c1' },
  { type: 'templates.save', template: { id: 't1', name: 'Weekly', items: [{ title: 'A', budgetSec: 300 }] } },
  { type: 'templates.remove', id: 't1' },
  { type: 'phrases.edit', id: 'en.chattyClient.1.neutral.0', text: 'Shall we?' },
  {
    type: 'phrases.add',
    line: { locale: 'en', situation: 'chattyClient', tier: 1, register: 'neutral', text: 'Hm.' },
  },
  { type: 'phrases.remove', id: 'user.1' },
  { type: 'phrases.restore' },
  { type: 'history.query', filter: { clientId: 'c1' }, timeZone: 'Europe/Rome' },
  { type: 'history.report', meetingId: 'm1' },
  { type: 'history.followUps', clientId: null },
  { type: 'history.deferred', clientId: 'c1' },
  { type: 'history.suggest', clientId: null, title: 'Call', items: ['A'] },
  { type: 'meeting.annotate', meetingId: 'm1', command: { type: 'editNotes', text: 'x' } },
  { type: 'history.export', format: 'csv', meetingIds: ['m1'], timeZone: 'UTC' },
  { type: 'devices.list' },
  { type: 'devices.pair', kind: 'view' },
  { type: 'devices.forget', id: 'd0123456789ab' },
];

type Path = (string | number)[];
function leaves(v: unknown, path: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [path];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [path, ...keys.flatMap((k) => leaves((v as Record<string | number, unknown>)[k], [...path, k]))];
}
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  if (remove) delete o[path.at(-1)!];
  else o[path.at(-1)!] = value;
  return copy;
}

CORPUS.push({ type: 'history.import', content: validArchive('fuzz-import') });

/** A frame to send: JSON text (most of them), text that is not JSON, or binary. */
export type Frame = { text: string } | { binary: Buffer };

const mutated = fc
  .tuple(fc.constantFrom(...CORPUS), fc.nat(), fc.nat(4), fc.jsonValue({ maxDepth: 3 }))
  .map(([cmd, pick, how, value]) => {
    const paths = leaves(cmd).filter((p) => p.length > 0);
    const path = paths[pick % paths.length] ?? ['type'];
    const cmd2 =
      how === 0
        ? setAt(cmd, path, undefined, true)
        : how === 1
          ? setAt(cmd, path, value)
          : how === 2
            ? setAt(cmd, path, -1e308)
            : how === 3
              ? setAt(cmd, path, 'x'.repeat(5000))
              : setAt(cmd, path, [[[[{}]]]]);
    return { id: `f${pick}`, cmd: cmd2 };
  });

export const frameArbitrary: fc.Arbitrary<Frame> = fc.oneof(
  // Valid ones too, so meetings, clients and history exist for the bad ones to (not) damage.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...CORPUS), fc.nat())
      .map(([cmd, n]) => ({ text: JSON.stringify({ id: `v${n}`, cmd }) })),
  },
  { weight: 6, arbitrary: mutated.map((m) => ({ text: JSON.stringify(m) })) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => ({ text: JSON.stringify(v) ?? 'null' })) },
  {
    weight: 1,
    arbitrary: fc.record({ id: fc.string(), cmd: fc.jsonValue() }).map((m) => ({ text: JSON.stringify(m) })),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ binary: Buffer.from(b) })) },
  {
    weight: 1,
    arbitrary: fc.constant({
      text: `{"id":"big","cmd":{"type":"history.query","pad":"${'y'.repeat(300 * 1024)}"}}`,
    }),
  },
);

export interface FuzzResult {
  messages: number;
  accepted: number;
  rejected: number;
  /** Rejections without a code and a message a person can read: must be 0. */
  unclearRejections: number;
  /** Handler failures ("internal" errors) and messages that got no answer at all: must be 0. */
  crashes: number;
  /** Rejected messages after which stored data differed: must be 0. */
  changedByRejected: number;
  /** Times the server closed a socket on purpose (too many refusals in a row, an oversized frame). */
  socketsClosed: number;
}

/** What a rejected message must leave as it was: settings, clients, templates, lines, the meeting, history. */
function stored(host: Host): string {
  const d = host.info();
  return JSON.stringify([
    d.settings,
    d.clients,
    d.templates,
    d.phrases,
    host.meeting.seq,
    readdirSync(join(host.ctx.dataDir, 'meetings')).sort(),
  ]);
}

/**
 * Random and mutated messages over a real WebSocket to a real host, one at a time: each must be answered, every
 * refusal must say what was wrong, and nothing stored may change because of one.
 */
export async function fuzzMessages(count: number, seed = 7): Promise<FuzzResult> {
  const tmp = tempDataDir();
  // The rate limit is tested elsewhere; here it would only turn every message into "too many".
  const srv = await startServer(tmp.dir, {
    rate: { perSecond: 1e9, burst: 1e9 },
    hostRate: { perSecond: 1e9, burst: 1e9 },
  });
  const r: FuzzResult = {
    messages: 0,
    accepted: 0,
    rejected: 0,
    unclearRejections: 0,
    crashes: 0,
    changedByRejected: 0,
    socketsClosed: 0,
  };
  let ws: WebSocket | null = null;
  let waiter: ((p: HostPush | 'closed') => void) | null = null;
  const connect = async () => {
    ws = new WebSocket(`${srv.wsUrl}?token=${srv.token}`);
    ws.on('message', (d) => {
      const p = JSON.parse(String(d)) as HostPush;
      if (p.type === 'reply' || p.type === 'error') waiter?.(p);
    });
    ws.on('close', () => waiter?.('closed'));
    await new Promise((res, rej) => (ws!.once('open', res), ws!.once('error', rej)));
  };
  try {
    await connect();
    for (const frame of fc.sample(frameArbitrary, { numRuns: count, seed })) {
      const before = stored(srv.host);
      const answer = new Promise<HostPush | 'closed' | 'timeout'>((res) => {
        waiter = res;
        setTimeout(() => res('timeout'), 5000);
      });
      if ('binary' in frame) ws!.send(frame.binary, { binary: true });
      else ws!.send(frame.text);
      r.messages++;
      const p = await answer;
      waiter = null;
      if (p === 'timeout') r.crashes++;
      else if (p === 'closed') {
        r.socketsClosed++;
        await connect();
      } else if (p.type === 'reply' && p.ok) r.accepted++;
      else {
        r.rejected++;
        const error = p.type === 'reply' && !p.ok ? p.error : p.type === 'error' ? p.error : null;
        if (!error || !error.code || !(error.message?.trim().length > 3)) r.unclearRejections++;
        if (error?.code === 'internal') r.crashes++;
        if (stored(srv.host) !== before) r.changedByRejected++;
      }
    }
  } finally {
    (ws as WebSocket | null)?.terminate();
    await srv.close();
    tmp.cleanup();
  }
  return r;
}

export interface ImportFuzzResult {
  agendaTexts: number;
  agendaThrows: number;
  archives: number;
  archivesAccepted: number;
  /** Refused archives after which history or settings differed: must be 0. */
  archivesChangedByRefusal: number;
  archivesUnclear: number;
  settingsFiles: number;
  /** Hosts that could not open over a damaged settings file, or lost a meeting doing so: must be 0. */
  settingsFailures: number;
}

/** Pasted agenda text, JSON exports and damaged settings files: nothing throws, nothing stored is lost. */
export async function fuzzImports(count: number, seed = 11): Promise<ImportFuzzResult> {
  const r: ImportFuzzResult = {
    agendaTexts: 0,
    agendaThrows: 0,
    archives: 0,
    archivesAccepted: 0,
    archivesChangedByRefusal: 0,
    archivesUnclear: 0,
    settingsFiles: 0,
    settingsFailures: 0,
  };
  for (const text of fc.sample(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.string(), { maxLength: 30 }).map((l) => l.join('\n')),
    ),
    { numRuns: count, seed },
  )) {
    r.agendaTexts++;
    try {
      parseAgendaText(text);
    } catch {
      r.agendaThrows++;
    }
  }

  const tmp = tempDataDir();
  const { host } = openHost(tmp.dir);
  try {
    const archives = fc.sample(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        fc.tuple(fc.nat(), fc.nat(2000)).map(([i, cut]) => {
          const text = validArchive(`imp-${i % 50}`);
          // Torn, or with one character changed.
          return i % 2
            ? text.slice(0, cut % text.length)
            : text.slice(0, cut % text.length) + '#' + text.slice((cut % text.length) + 1);
        }),
        fc.nat(50).map((i) => validArchive(`imp-${i}`)),
      ),
      { numRuns: Math.max(50, Math.floor(count / 4)), seed: seed + 1 },
    );
    for (const content of archives) {
      r.archives++;
      const before = stored(host);
      try {
        await host.dispatch({ type: 'history.import', content });
        r.archivesAccepted++;
      } catch (e) {
        const message = (e as Error).message;
        if (!message || message.length < 4 || !(e instanceof HostError)) r.archivesUnclear++;
        if (stored(host) !== before) r.archivesChangedByRefusal++;
      }
    }
  } finally {
    host.close();
    tmp.cleanup();
  }

  // Damaged settings files: the host opens, repairs what it can, and keeps every meeting.
  const files = fc.sample(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc
        .record({ settings: fc.jsonValue(), clients: fc.jsonValue(), __internal__: fc.jsonValue() })
        .map((v) => JSON.stringify(v)),
    ),
    { numRuns: Math.max(20, Math.floor(count / 20)), seed: seed + 2 },
  );
  const dir = tempDataDir();
  try {
    {
      const { host: h } = openHost(dir.dir);
      await h.dispatch({ type: 'history.import', content: validArchive('keep') });
      h.close();
    }
    for (const content of files) {
      r.settingsFiles++;
      writeFileSync(join(dir.dir, 'config.json'), content);
      try {
        const { host: h } = openHost(dir.dir);
        const kept = await h.dispatch({ type: 'history.query' });
        if (!kept.meetings.some((m) => m.id === 'keep')) r.settingsFailures++;
        h.close();
        JSON.parse(readFileSync(join(dir.dir, 'config.json'), 'utf8'));
      } catch {
        r.settingsFailures++;
      }
    }
  } finally {
    dir.cleanup();
  }
  return r;
}
