import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TactfulBridge } from '../../../shared/contract/bridge';
import type { HostInfo, MeetingSnapshot } from '../../../shared/contract/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { initI18n } from '../i18n/i18n';
import { describeError, errorMessage } from '../i18n/error.text';
import { IpcTransport } from '../transport/ipc.transport';
import { WsTransport } from '../transport/ws.transport';
import { RequestError } from '../transport/transport';
import { draftToPlan, emptyDraft, newItem } from '../dashboard/meeting/setup.draft';
import { meeting, MIN, snapshotOf } from './support/meeting.fixture';
import { NO_CALENDARS } from '../../../shared/contract/calendar.contract';

const info: HostInfo = {
  settings: DEFAULT_SETTINGS,
  clients: [],
  templates: [],
  phrases: { edited: {}, added: [], removed: [] },
  problems: [],
  lanUrls: [],
  calendar: NO_CALENDARS,
  version: '0.2.0',
  detector: { available: false, status: 'off', reason: null, calls: [], prompt: null },
};

/** The preload's bridge, with pushes the test sends and replies it chooses. */
function fakeBridge(reply: (cmd: { type: string }) => unknown) {
  const listeners = { snapshot: [] as ((v: unknown) => void)[], info: [] as ((v: unknown) => void)[] };
  const bridge = {
    platform: 'linux',
    request: async (cmd: { type: string }) => reply(cmd),
    onSnapshot: (l: (v: unknown) => void) => (listeners.snapshot.push(l), () => undefined),
    onInfo: (l: (v: unknown) => void) => (listeners.info.push(l), () => undefined),
  } as unknown as TactfulBridge;
  return { bridge, push: (kind: 'snapshot' | 'info', v: unknown) => listeners[kind].forEach((l) => l(v)) };
}

function subscribed(bridge: TactfulBridge) {
  const got = { snapshots: [] as MeetingSnapshot[], infos: [] as HostInfo[] };
  new IpcTransport(bridge).subscribe({
    snapshot: (s) => got.snapshots.push(s),
    info: (i) => got.infos.push(i),
    status: () => undefined,
  });
  return got;
}

beforeAll(() => initI18n('en'));

describe('pushes and replies are checked on arrival', () => {
  afterEach(() => vi.restoreAllMocks());

  it('applies a snapshot and host info that fit the contract', () => {
    const { bridge, push } = fakeBridge(() => null);
    const got = subscribed(bridge);
    const snapshot = snapshotOf(meeting().do({ type: 'start' }).wait(MIN));
    push('snapshot', JSON.parse(JSON.stringify(snapshot)));
    push('info', JSON.parse(JSON.stringify(info)));
    expect(got.snapshots).toEqual([snapshot]);
    expect(got.infos).toEqual([info]);
  });

  it('drops a push that does not fit, saying where it went wrong', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { bridge, push } = fakeBridge(() => null);
    const got = subscribed(bridge);
    const snapshot = snapshotOf(meeting().do({ type: 'start' }));
    const broken = JSON.parse(JSON.stringify(snapshot));
    broken.view.agenda[0].state = 'finished';
    push('snapshot', broken);
    push('info', { ...info, detector: { ...info.detector, status: 'dreaming' } });
    push('snapshot', { ...snapshot, view: { ...snapshot.view, seq: -1 } });
    expect(got.snapshots).toEqual([]);
    expect(got.infos).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('view.agenda.0.state'),
      expect.stringContaining('detector.status'),
      expect.stringContaining('view.seq'),
    ]);
  });

  it('resolves with a result that fits, and rejects one that does not as a bad message', async () => {
    let result: unknown = { events: 1, seq: 4 };
    const { bridge } = fakeBridge(() => ({ type: 'reply', id: 'ipc', ok: true, result }));
    const t = new IpcTransport(bridge);
    await expect(t.request({ type: 'meeting.command', command: { type: 'next' } })).resolves.toEqual({
      events: 1,
      seq: 4,
    });
    result = { events: 'one' };
    const refused = await t.request({ type: 'meeting.command', command: { type: 'next' } }).catch((e) => e);
    expect(refused).toBeInstanceOf(RequestError);
    expect((refused as RequestError).error).toMatchObject({
      code: 'badMessage',
      key: 'badMessage',
      path: 'events',
    });
  });

  it('rejects with the host’s refusal, and a reply without the envelope as a bad message', async () => {
    const error = {
      code: 'notAllowed',
      key: 'notPossibleNow',
      params: { command: 'next', state: 'paused' },
      message: '"next" is not possible while the meeting is paused',
    };
    let reply: unknown = { type: 'reply', id: 'ipc', ok: false, error };
    const t = new IpcTransport(fakeBridge(() => reply).bridge);
    const refused = await t.request({ type: 'meeting.command', command: { type: 'next' } }).catch((e) => e);
    expect((refused as RequestError).error).toEqual(error);
    reply = 'yes';
    const bad = await t.request({ type: 'meeting.close' }).catch((e) => e);
    expect((bad as RequestError).error.code).toBe('badMessage');
  });
});

/**
 * A WebSocket that opens at once (or, while `FakeSocket.hostDown`, closes at once), records what is sent, and
 * delivers what the test makes the host say.
 */
class FakeSocket extends EventTarget {
  static last: FakeSocket;
  static hostDown = false;
  readonly sent: { id: string; cmd: { type: string } }[] = [];
  constructor(readonly url: string) {
    super();
    FakeSocket.last = this;
    const event = FakeSocket.hostDown ? 'close' : 'open';
    queueMicrotask(() => this.dispatchEvent(new Event(event)));
  }
  /** The link drops (a laptop lid, the host restarting). */
  drop() {
    this.dispatchEvent(new Event('close'));
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {}
  say(message: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message) }));
  }
}

describe('the WebSocket transport checks what arrives too', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('applies fitting pushes, drops the others, and rejects a reply whose result does not fit', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = new WsTransport('ws://host/ws');
    const got: MeetingSnapshot[] = [];
    t.subscribe({ snapshot: (s) => got.push(s), info: () => undefined, status: () => undefined });
    const socket = FakeSocket.last;
    const snapshot = snapshotOf(meeting().do({ type: 'start' }));
    socket.say({ type: 'snapshot', snapshot });
    socket.say({ type: 'snapshot', snapshot: { ...snapshot, flipAt: 'soon' } });
    socket.say({ type: 'gossip' });
    expect(got).toEqual([snapshot]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('snapshot.flipAt');

    const good = t.request({ type: 'meeting.close' });
    await vi.waitFor(() => expect(socket.sent).toHaveLength(1));
    socket.say({ type: 'reply', id: socket.sent[0]!.id, ok: true, result: { meetingId: null } });
    await expect(good).resolves.toEqual({ meetingId: null });
    const bad = t.request({ type: 'meeting.close' });
    await vi.waitFor(() => expect(socket.sent).toHaveLength(2));
    socket.say({ type: 'reply', id: socket.sent[1]!.id, ok: true, result: { meetingId: 42 } });
    const refused = await bad.catch((e) => e);
    expect((refused as RequestError).error).toMatchObject({ code: 'badMessage', path: 'meetingId' });
    t.close();
  });

  it('never loses a command to a dropped link: it waits for the link a few seconds, else it is refused', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('WebSocket', FakeSocket);
      const t = new WsTransport('ws://host/ws');
      const statuses: string[] = [];
      t.subscribe({ snapshot: () => undefined, info: () => undefined, status: (x) => statuses.push(x) });
      await vi.advanceTimersByTimeAsync(0);
      // In flight when the link drops: refused at once, saying the host may or may not have done it.
      const inFlight = t
        .request({ type: 'meeting.command', command: { type: 'next' } })
        .catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(0);
      FakeSocket.hostDown = true;
      FakeSocket.last.drop();
      expect(((await inFlight) as RequestError).error).toMatchObject({ key: 'connectionLost' });
      expect(statuses.at(-1)).toBe('closed');

      // Made while the host is away: it waits, and is refused after five seconds.
      const late = t.request({ type: 'meeting.command', command: { type: 'next' } }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(((await late) as RequestError).error).toMatchObject({ key: 'notConnected' });

      // Made just before the host comes back: sent when the link opens.
      const soon = t.request({ type: 'meeting.close' });
      FakeSocket.hostDown = false;
      await vi.advanceTimersByTimeAsync(5_000);
      const socket = FakeSocket.last;
      expect(socket.sent.map((m) => m.cmd.type)).toEqual(['meeting.close']);
      socket.say({ type: 'reply', id: socket.sent[0]!.id, ok: true, result: { meetingId: null } });
      await expect(soon).resolves.toEqual({ meetingId: null });
      t.close();
    } finally {
      FakeSocket.hostDown = false;
      vi.useRealTimers();
    }
  });

  it('gives up on a request the host never answers, with a refusal the UI can word', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('WebSocket', FakeSocket);
      const t = new WsTransport('ws://host/ws');
      t.subscribe({ snapshot: () => undefined, info: () => undefined, status: () => undefined });
      const silent = t.request({ type: 'meeting.close' }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(9_000);
      expect(FakeSocket.last.sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1_500);
      const refused = (await silent) as RequestError;
      expect(refused.error).toMatchObject({ code: 'unavailable', key: 'hostTimeout' });
      const i18n = initI18n('ru');
      expect(describeError(refused, i18n.t)).toBe('Tactful не ответил вовремя; попробуйте ещё раз');
      await i18n.changeLanguage('en');
      t.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('refusals in the UI’s language', () => {
  it('words a schema’s refusal with its numbers, as the English catalog says it', () => {
    const long = 'x'.repeat(500);
    const r = draftToPlan({ ...emptyDraft(), title: long, items: [newItem('Budget', 600)] }, 'Call');
    expect(r.errors?.title).toEqual({ key: 'tooLong', params: { max: 200, actual: 500, field: 'title' } });
    const t = initI18n('en').t;
    expect(errorMessage(r.errors!.title!, t)).toBe('Keep it under 200 characters (it has 500)');
  });

  it('shows a placeholder name in braces, and translates the meeting’s state', async () => {
    const i18n = initI18n('en');
    expect(errorMessage({ key: 'unknownPlaceholder', params: { name: 'item' } }, i18n.t)).toBe(
      'There is no placeholder {item}',
    );
    await i18n.changeLanguage('de');
    expect(errorMessage({ key: 'unknownPlaceholder', params: { name: 'item' } }, i18n.t)).toContain('{item}');
    expect(
      describeError(
        new RequestError({
          code: 'notAllowed',
          key: 'notPossibleNow',
          params: { command: 'next', state: 'paused' },
          message: '',
        }),
        i18n.t,
      ),
    ).toContain('pausiert');
    await i18n.changeLanguage('en');
  });
});
