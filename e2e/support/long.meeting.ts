import Conf from 'conf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import type { MeetingCommand } from '../../shared/meeting/meeting.commands';
import { HostClock } from '../../main/core/clock/host.clock';
import { FakeTime } from './fake.time';
import { Host } from '../../main/core/host';
import { MemoryLogger } from '../../main/core/log';
import { TactfulServer } from '../../main/core/server/tactful.server';
import type { ConfLike } from '../../main/core/store/conf.like';
import type { StoreData } from '../../main/core/store/store.schema';
import { figure } from './measure';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const rssMb = () => {
  gc();
  return process.memoryUsage().rss / 2 ** 20;
};

/**
 * A long meeting on a fake clock: `hours` simulated hours, three clients connected over real WebSockets, a snapshot
 * pushed every second, a command every five minutes and the nudges that come with them. Reports the host's memory
 * and event-loop delay; memory must not grow beyond start + 20 MB.
 */
export async function longMeeting(hours = 8) {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-long-'));
  const time = new FakeTime(1_790_000_000_000);
  const host = Host.open({
    dataDir: dir,
    version: '0.1.0',
    log: new MemoryLogger(),
    createStore: (o) => new Conf<StoreData>(o) as ConfLike<StoreData>,
    clock: new HostClock(time),
    timers: time,
  });
  const server = new TactfulServer(host, { port: 0, staticDir: null });
  await server.start();
  let received = 0;
  const clients = await Promise.all(
    [0, 1, 2].map(async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.address.port}/ws?token=${host.settings.token()}`);
      ws.on('message', () => received++);
      await new Promise((r) => ws.once('open', r));
      return ws;
    }),
  );
  host.meeting.create(
    meetingPlanSchema.parse({
      id: 'long',
      title: 'A whole day',
      capSec: hours * 3600,
      items: Array.from({ length: 4 * hours }, (_, i) => ({
        id: `i${i}`,
        title: `Item ${i}`,
        budgetSec: 900,
      })),
    }),
  );
  host.meeting.command({ type: 'start' });
  const script: MeetingCommand[] = [
    { type: 'toggleOffTopic' },
    { type: 'toggleOffTopic' },
    { type: 'next' },
    { type: 'addTime', itemId: 'i0', sec: 60 },
  ];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const seconds = hours * 3600;
  let rssStart = 0;
  let peak = 0;
  const t0 = performance.now();
  for (let s = 1; s <= seconds; s++) {
    time.advance(1000);
    if (s % 300 === 0) host.meeting.command(script[(s / 300) % script.length]!);
    // Let the sockets flush and the clients read, as in real time.
    await new Promise((r) => setImmediate(r));
    if (s === 600) {
      rssStart = rssMb();
      delay.enable();
    }
    if (s % 1800 === 0) peak = Math.max(peak, process.memoryUsage().rss / 2 ** 20);
  }
  delay.disable();
  await new Promise((r) => setTimeout(r, 200));
  const rssEnd = rssMb();
  const events = host.meeting.events!.length;
  for (const ws of clients) ws.close();
  await server.close();
  host.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    simulatedHours: hours,
    clients: clients.length,
    messagesReceived: received,
    eventsJournaled: events,
    wallSeconds: Math.round((performance.now() - t0) / 100) / 10,
    rssStartMb: Math.round(rssStart * 10) / 10,
    rssEndMb: Math.round(rssEnd * 10) / 10,
    rssPeakMb: Math.round(peak * 10) / 10,
    rssGrowthMb: figure(rssEnd - rssStart, 'MB', { max: 20 }),
    eventLoopDelayP99Ms: figure(delay.percentile(99) / 1e6, 'ms'),
  };
}
