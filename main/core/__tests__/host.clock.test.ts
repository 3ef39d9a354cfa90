import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingPlanSchema } from '../../../shared/agenda/agenda.schema';
import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { readView } from '../../../e2e/support/sim';
import { HostClock } from '../clock/host.clock';
import type { Host } from '../host';
import { FakeTime } from '../../../e2e/support/fake.time';
import { openHost } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';

const MIN = 60_000;
const plan = meetingPlanSchema.parse({
  id: 'm1',
  title: 'Call',
  items: [
    { id: 'a', title: 'A', budgetSec: 600 },
    { id: 'b', title: 'B', budgetSec: 600 },
  ],
});

describe('host timing with a fake clock', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let host: Host;
  let log: ReturnType<typeof openHost>['log'];

  beforeEach(() => {
    tmp = tempDataDir();
    time = new FakeTime(1_700_000_000_250);
    ({ host, log } = openHost(tmp.dir, { clock: new HostClock(time), timers: time }));
  });

  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  const cmd = (command: MeetingCommand) => {
    const d = host.meeting.command(command);
    if (!d.ok) throw new Error(d.error.key);
  };
  /** What a client reads off the latest snapshot. */
  const view = () => {
    const s = host.snapshot();
    return readView(s.view!, s.at);
  };

  it('arms one nudge timer for the exact due moment, and ticks on second boundaries', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    // The tick waits for the next whole second; the overrun nudge is due exactly 10 minutes in.
    expect(time.pending()).toEqual([750, 10 * MIN]);
    time.advance(10 * MIN - 1);
    expect(host.meeting.state!.nudges).toHaveLength(0);
    time.advance(1);
    expect(host.meeting.state!.nudges.map((n) => n.key)).toEqual(['item:a#1']);
    expect(host.meeting.state!.nudges[0]!.firedAt - host.meeting.state!.startedAt!).toBe(10 * MIN);
  });

  it('tells clients when the big counter flips: a whole second after the start, then every second', () => {
    host.meeting.create(plan);
    expect(host.snapshot().flipAt).toBeNull();
    cmd({ type: 'start' });
    const startedAt = host.meeting.state!.startedAt!;
    time.advance(300);
    expect(host.snapshot().flipAt).toBe(startedAt + 1000);
    time.advance(5000);
    expect(host.snapshot().flipAt).toBe(startedAt + 6000);
    // Off-topic: the episode's counter is the one on screen, counted from its own start.
    cmd({ type: 'toggleOffTopic' });
    const offAt = host.clock.now();
    time.advance(1200);
    expect(host.snapshot().flipAt).toBe(offAt + 2000);
  });

  it('brings a snoozed card back when the snooze ends, without firing anything twice', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    cmd({ type: 'toggleOffTopic' });
    time.advance(2 * MIN);
    const key = host.meeting.state!.nudges[0]!.key;
    cmd({ type: 'snoozeNudge', key, sec: 60 });
    expect(host.snapshot().nudge).toBeNull();
    time.advance(MIN);
    expect(host.snapshot().nudge?.key).toBe(key);
    time.advance(1);
    expect(host.meeting.state!.nudges).toHaveLength(1);
  });

  it('counts time the computer slept as meeting time by default (the call went on)', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(5 * MIN);
    time.jumpWall(20 * MIN); // suspended: the wall clock moved, the monotonic one did not
    time.advance(1000);
    const v = view();
    expect(v.meeting.elapsedMs).toBe(25 * MIN + 1000);
    expect(v.meeting.pausedMs).toBe(0);
    expect(log.lines.some((l) => /moved ahead 1200 s/.test(l.message))).toBe(true);
  });

  it('turns time asleep into a pause when the user asked for that', () => {
    host.settings.updateSettings({ sleepCountsAsPaused: true });
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(5 * MIN);
    time.jumpWall(20 * MIN);
    time.advance(1000);
    const v = view();
    expect(v.status).toBe('running');
    expect(v.meeting.pausedMs).toBeGreaterThanOrEqual(20 * MIN);
    expect(v.meeting.elapsedMs).toBeLessThanOrEqual(5 * MIN + 1000);
    expect(v.meeting.elapsedMs + v.meeting.pausedMs).toBe(25 * MIN + 1000);
  });

  it('keeps a running meeting’s time when the clock is set back an hour, and re-anchors after it', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(5 * MIN);
    time.jumpWall(-60 * MIN);
    time.advance(5 * MIN);
    expect(view().meeting.elapsedMs).toBe(10 * MIN);
    expect(log.lines.filter((l) => /went back 3600 s/.test(l.message))).toHaveLength(1);
    cmd({ type: 'end' });
    host.meeting.close();
    expect(Math.abs(host.clock.now() - time.wall())).toBeLessThan(5);
  });

  it('follows a clock set forward, never showing negative time', () => {
    host.meeting.create(plan);
    cmd({ type: 'start' });
    time.advance(MIN);
    time.jumpWall(60 * MIN);
    time.advance(1000);
    const v = view();
    expect(v.meeting.elapsedMs).toBe(61 * MIN + 1000);
    for (const i of v.items) expect(i.elapsedMs).toBeGreaterThanOrEqual(0);
  });
});
