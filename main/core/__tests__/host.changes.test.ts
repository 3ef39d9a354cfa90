import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostPush } from '../../../shared/contract/contract';
import type { DetectedCall } from '../../../shared/detect/app.rules';
import { HostClock } from '../clock/host.clock';
import { HistoryIndex } from '../history/history.index';
import type { Host } from '../host';
import { FakeChild } from '../../../e2e/support/fake.detector';
import { FakeTime } from '../../../e2e/support/fake.time';
import { openHost } from '../../../e2e/support/host.harness';
import { plan } from '../../../e2e/support/sim';
import { tempDataDir } from '../../../e2e/support/temp.dir';

const zoom: DetectedCall = { appId: 'zoom', appName: 'Zoom', windowId: '0x1', title: 'Zoom Meeting' };

/** Each change of the meeting reaches clients once: one command, one batch, one snapshot, one index write. */
describe('one change, told once', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let host: Host;
  let child: FakeChild;
  let pushes: HostPush[];

  beforeEach(() => {
    tmp = tempDataDir();
    time = new FakeTime();
    ({ host } = openHost(tmp.dir, {
      clock: new HostClock(time),
      timers: time,
      spawnDetector: () => (child = new FakeChild()),
    }));
    child!.say({ type: 'status', status: 'running', reason: null });
    child!.say({ type: 'calls', calls: [zoom] });
    pushes = [];
    host.subscribe((p) => pushes.push(p));
    pushes.length = 0;
  });

  afterEach(() => {
    host.close();
    vi.restoreAllMocks();
    tmp.cleanup();
  });

  const snapshots = () => pushes.filter((p) => p.type === 'snapshot');

  it('starts a meeting while its call window is open: one snapshot, one index write, the app recorded', async () => {
    await host.dispatch({ type: 'meeting.create', plan: plan() });
    pushes.length = 0;
    const put = vi.spyOn(HistoryIndex.prototype, 'put');
    await host.dispatch({ type: 'meeting.command', command: { type: 'start' } });
    expect(snapshots()).toHaveLength(1);
    expect(put).toHaveBeenCalledTimes(1);
    expect(host.meeting.events!.map((e) => e.type)).toEqual(['planned', 'started', 'appDetected']);
    expect(host.meeting.state!.app).toBe('Zoom');
  });

  it('plans and starts in one command as one change', async () => {
    const put = vi.spyOn(HistoryIndex.prototype, 'put');
    await host.dispatch({ type: 'meeting.create', plan: plan(), start: true });
    expect(snapshots()).toHaveLength(1);
    expect(put).toHaveBeenCalledTimes(1);
    expect(host.snapshot().view).toMatchObject({ status: 'running', app: 'Zoom', seq: 3 });
  });

  it('folds an automatic rebalance into the command that caused it', async () => {
    // No overrun nudges: the only moment left to rebalance is the command itself.
    const quiet = {
      offTopic: [],
      itemOverrun: [],
      capNear: [],
      capPassed: [],
      chatOverrun: [],
      adhocLength: [],
    };
    await host.dispatch({
      type: 'settings.update',
      patch: { rebalance: { auto: true, minItemSec: 60 }, nudgeRules: quiet },
    });
    await host.dispatch({ type: 'meeting.create', plan: plan({ capSec: 1500 }), start: true });
    time.advance(20 * 60_000);
    pushes.length = 0;
    await host.dispatch({ type: 'meeting.command', command: { type: 'next' } });
    expect(host.meeting.events!.slice(-2).map((e) => e.type)).toEqual(['itemChanged', 'rebalanced']);
    expect(snapshots()).toHaveLength(1);
  });

  it('reads without writing: snapshots and info taken any number of times change nothing', async () => {
    await host.dispatch({ type: 'meeting.create', plan: plan(), start: true });
    const seq = host.meeting.seq;
    const infos = [host.info(), host.info()];
    expect(infos[0]).toEqual(infos[1]);
    expect(host.snapshot().view).toBe(host.snapshot().view);
    expect(host.meeting.seq).toBe(seq);
  });
});
