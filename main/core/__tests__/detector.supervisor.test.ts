import { describe, expect, it } from 'vitest';
import type { DetectedCall } from '../../../shared/detect/app.rules';
import type { HostToDetector } from '../../../shared/detect/detector.protocol';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { dismissCall, EMPTY_WATCH, watchCalls, type WatchContext } from '../detect/call.watch';
import { DetectorSupervisor, RESTART_DELAYS_MS } from '../detect/detector.supervisor';
import { parseWmctrl } from '../detect/window.system';
import { MemoryLogger } from '../log';
import { FakeChild } from '../../../e2e/support/fake.detector';
import { FakeTime } from '../../../e2e/support/fake.time';
import { plan as meetingPlan, Sim } from '../../../e2e/support/sim';

function harness() {
  const time = new FakeTime();
  const children: FakeChild[] = [];
  const log = new MemoryLogger();
  let changes = 0;
  const s = new DetectorSupervisor(
    () => {
      const c = new FakeChild();
      children.push(c);
      return c;
    },
    {
      timers: time,
      now: () => time.wall(),
      log,
      config: () => ({ rules: [], intervalMs: 1500 }),
      changed: () => changes++,
    },
  );
  return { s, time, children, log, changes: () => changes };
}

const zoom: DetectedCall = { appId: 'zoom', appName: 'Zoom', windowId: '0x1', title: 'Zoom Meeting' };

describe('the detector supervisor', () => {
  it('configures the detector it starts and follows what it reports', () => {
    const { s, children } = harness();
    s.start();
    expect(children[0]!.sent).toEqual([{ type: 'config', rules: [], intervalMs: 1500 }]);
    expect(s.status).toBe('starting');
    children[0]!.say({ type: 'status', status: 'running', reason: null });
    children[0]!.say({ type: 'calls', calls: [zoom] });
    expect(s.status).toBe('running');
    expect(s.calls).toEqual([zoom]);
  });

  it('ignores a message it does not understand, and says so in the log', () => {
    const { s, children, log } = harness();
    s.start();
    children[0]!.say({ type: 'calls', calls: [{ appId: 'zoom' }] });
    children[0]!.say('garbage');
    expect(s.calls).toEqual([]);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('restarts a detector that dies, waiting longer after each quick death, and again after a healthy minute', () => {
    const { s, time, children } = harness();
    s.start();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      children.at(-1)!.die(139);
      expect(s.status).toBe('restarting');
      expect(s.reason).toBe('crashed');
      const before = children.length;
      let waited = 0;
      while (children.length === before) {
        time.advance(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([...RESTART_DELAYS_MS, RESTART_DELAYS_MS.at(-1)!]);
    // Healthy for a minute: the next death is forgiven quickly again.
    time.advance(60_000);
    children.at(-1)!.die(1);
    time.advance(RESTART_DELAYS_MS[0]!);
    expect(children).toHaveLength(9);
    expect(s.restarts).toBe(8);
  });

  it('answers a typing request with the detector’s result, or with a failure when it dies or stays silent', async () => {
    const { s, time, children } = harness();
    s.start();
    const first = s.typeLine({ windowId: '0x1', text: 'hi', chatKeys: [], send: false });
    const req = children[0]!.sent.at(-1) as Extract<HostToDetector, { type: 'typeLine' }>;
    expect(req).toMatchObject({ type: 'typeLine', windowId: '0x1', text: 'hi', send: false });
    children[0]!.say({ type: 'typed', id: req.id, ok: true, method: 'typed', error: null });
    expect(await first).toMatchObject({ ok: true, method: 'typed' });

    const dying = s.typeLine({ windowId: '0x1', text: 'hi', chatKeys: [], send: false });
    children[0]!.die(null);
    expect(await dying).toMatchObject({ ok: false, error: { code: 'failed' } });

    time.advance(RESTART_DELAYS_MS[0]!);
    const silent = s.typeLine({ windowId: '0x1', text: 'hi', chatKeys: [], send: false });
    time.advance(8000);
    expect(await silent).toMatchObject({ ok: false, error: { message: /did not answer/ } });
  });

  it('kills the detector and forgets its calls when turned off', () => {
    const { s, children, time } = harness();
    s.start();
    children[0]!.say({ type: 'calls', calls: [zoom] });
    s.stop();
    expect(children[0]!.killed).toBe(true);
    expect(s.status).toBe('off');
    expect(s.calls).toEqual([]);
    // A late exit of the killed process does not bring it back.
    children[0]!.die(null);
    time.advance(60_000);
    expect(children).toHaveLength(1);
  });
});

describe('window lists from wmctrl', () => {
  it('keeps titles whole, spaces and all', () => {
    expect(
      parseWmctrl('0x0060000c  0 vm Zoom Meeting\n0x0040000c -1 N/A Meet – abc-defg-hij - Google Chrome\n\n'),
    ).toEqual([
      { id: '0x0060000c', title: 'Zoom Meeting' },
      { id: '0x0040000c', title: 'Meet – abc-defg-hij - Google Chrome' },
    ]);
  });
});

describe('what to ask about a call', () => {
  const plan = meetingPlan({ clientId: 'c1', items: [{ id: 'a', title: 'A', budgetSec: 600 }] });
  const planned = new Sim(plan).state;
  const running = new Sim(plan).wait(1000).do({ type: 'start' }).state;
  const ctx = (calls: DetectedCall[], meeting: MeetingState | null = running): WatchContext => ({
    calls,
    meeting,
    offerStart: true,
    offerEnd: true,
    clients: [{ id: 'c1', name: 'Giulia' } as never],
    history: [],
    calendar: [],
    now: 0,
  });
  /** A watch as the host keeps it: each look commits what to remember. */
  const watch = () => {
    let memo = EMPTY_WATCH;
    return {
      look: (c: WatchContext) => {
        const r = watchCalls(c, memo);
        memo = r.next;
        return r.prompt;
      },
      dismiss: (c: WatchContext) => void (memo = dismissCall(c, memo)),
    };
  };

  it('offers to start a planned meeting when its call begins', () => {
    expect(watch().look(ctx([zoom], planned))).toMatchObject({
      kind: 'start',
      plannedTitle: 'Weekly call',
      clientName: 'Giulia',
    });
  });

  it('only answers: reading the question twice without keeping the answer changes nothing', () => {
    const first = watchCalls(ctx([zoom]), EMPTY_WATCH);
    expect(watchCalls(ctx([zoom]), EMPTY_WATCH)).toEqual(first);
    expect(EMPTY_WATCH).toEqual({ meetingCall: null, endDismissed: false, dismissedStarts: new Set() });
  });

  it('asks once per call window: waved away, it stays away until another window comes', () => {
    const w = watch();
    w.dismiss(ctx([zoom], null));
    expect(w.look(ctx([zoom], null))).toBeNull();
    const other = { ...zoom, windowId: '0x2' };
    expect(w.look(ctx([zoom, other], null))).toMatchObject({ kind: 'start' });
    // The first window closed and came back: a new call, asked about again.
    w.look(ctx([], null));
    expect(w.look(ctx([zoom], null))).toMatchObject({ kind: 'start' });
  });

  it('asks to end a meeting whose call window closed, but only once it has seen that window', () => {
    const w = watch();
    expect(w.look(ctx([]))).toBeNull();
    expect(w.look(ctx([zoom]))).toBeNull();
    expect(w.look(ctx([]))).toEqual({ kind: 'ended', appId: 'zoom', appName: 'Zoom' });
    w.dismiss(ctx([]));
    expect(w.look(ctx([]))).toBeNull();
    // The call came back (the app reconnected) and went again: ask again.
    w.look(ctx([{ ...zoom, windowId: '0x9' }]));
    expect(w.look(ctx([]))).toMatchObject({ kind: 'ended' });
    // Pausing answers it too.
    const paused = new Sim(plan).wait(1000).do({ type: 'start' }).wait(1000).do({ type: 'pause' }).state;
    expect(w.look(ctx([], paused))).toBeNull();
  });

  it('asks nothing when the user turned the questions off', () => {
    const off = (c: WatchContext) => ({ ...c, offerStart: false, offerEnd: false });
    const w = watch();
    expect(w.look(off(ctx([zoom], null)))).toBeNull();
    w.look(off(ctx([zoom])));
    expect(w.look(off(ctx([])))).toBeNull();
  });
});
