import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../../shared/agenda/agenda.schema';
import { FakeTime } from '../../../e2e/support/fake.time';
import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { HostClock } from '../clock/host.clock';
import type { Host } from '../host';
import { HostError } from '../host.error';

const plan = meetingPlanSchema.parse({
  id: 'm1',
  title: 'Call',
  items: [{ id: 'a', title: 'A', budgetSec: 60 }],
});

/**
 * What happens after an event is on disk (M3), and in timers (M1): failures there are reported, never thrown at a
 * client or out of a timer, and the host goes on.
 */
describe('after the event is on disk, and in timers', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let host: Host;

  beforeEach(() => {
    tmp = tempDataDir();
    time = new FakeTime(1_700_000_000_250);
    ({ host } = openHost(tmp.dir, { clock: new HostClock(time), timers: time }));
  });
  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  const breakIndex = () => {
    (host as unknown as { history: { put(): void } }).history.put = () => {
      throw new Error('the index broke');
    };
  };

  it('answers a command whose event was journaled as a success though the index failed, and reports it (M3)', async () => {
    await host.dispatch({ type: 'meeting.create', plan, start: true });
    breakIndex();
    const r = await host.dispatch({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
    expect(r).toEqual({ events: 1, seq: 2 });
    expect(host.meeting.state!.offTopic).toBe(true);
    expect(host.problems).toContain('updating the history index failed: the index broke');
  });

  it('keeps ticking and nudging when a tick or a nudge fails, and says so once (M1)', async () => {
    await host.dispatch({ type: 'meeting.create', plan, start: true });
    let pushes = 0;
    host.subscribe(() => pushes++);
    breakIndex();
    // Ticks push snapshots; a listener that throws is a client's problem, not the host's.
    let greeted = 0;
    host.subscribe(() => {
      if (++greeted > 2) throw new Error('a client that throws');
    });
    const before = pushes;
    expect(() => time.advance(5000)).not.toThrow();
    expect(pushes - before).toBeGreaterThanOrEqual(4);
    // The item overruns at 60 s: the nudge is journaled though the index fails afterwards.
    expect(() => time.advance(60_000)).not.toThrow();
    expect(host.meeting.state!.nudges).toHaveLength(1);
    expect(host.problems.filter((p) => /index failed/.test(p))).toHaveLength(1);
  });

  it('maps a disk that refuses a write to `unavailable`, never `internal`', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    (host.settings as unknown as { store: { store: unknown } }).store = {
      ...host.settings['store'],
      get store() {
        return {};
      },
      set store(_v: unknown) {
        throw full;
      },
      path: host.settings.path,
    } as never;
    await expect(host.dispatch({ type: 'settings.update', patch: { theme: 'dark' } })).rejects.toMatchObject({
      error: { code: 'unavailable', key: 'diskFull' },
    });
    expect(host.settings.settings().theme).toBe('system');
    await expect(host.dispatch({ type: 'settings.update', patch: { theme: 'dark' } })).rejects.toBeInstanceOf(
      HostError,
    );
  });

  it('refuses an unknown setting, even one every object has (I1)', async () => {
    for (const name of ['constructor', '__proto__', 'hasOwnProperty', 'nope'])
      await expect(
        host.dispatch({ type: 'settings.update', patch: JSON.parse(`{"${name}": {"x": 1}}`) }),
      ).rejects.toMatchObject({ error: { code: 'badMessage' } });
    expect(host.settings.settings()).toEqual(host.info().settings);
  });
});
