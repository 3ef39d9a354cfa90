import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingEvent } from '../../shared/meeting/meeting.events';
import { readJournal } from '../../main/core/journal/journal';
import { spawnHost, type ChildHost } from './child.host';
import type { SmallDisk } from './tmpfs';
import { TestClient } from './ws.client';

export interface DiskFullResult {
  /** Commands the host acknowledged (before, while and after the disk was full). */
  acknowledged: number;
  /** Commands refused while the disk was full, every one with `unavailable`/`diskFull`. */
  refusedDiskFull: number;
  /** Refusals of any other kind (must be 0: a full disk is never "internal"). */
  refusedOtherwise: number;
  /** Acknowledged events found at their position after a SIGKILL and a restart. */
  presentAfterRestart: number;
  /** Acknowledged events missing or replaced after the restart: must be 0. */
  lost: number;
  /** Journals the restarted host had to quarantine or repair: must be 0 (nothing torn was left behind). */
  damagedJournals: number;
}

const TOGGLED: MeetingEvent['type'][] = ['offTopicStarted', 'offTopicStopped'];

async function start(dataDir: string): Promise<{ host: ChildHost; client: TestClient }> {
  const host = await spawnHost(dataDir, [], process.env, { built: true });
  const client = await TestClient.connect(host.wsUrl, { token: host.token });
  return { host, client };
}

/**
 * The audit's disk-full run against the built host, on a real full file system: a meeting runs, the disk fills up
 * (the journal's last page may still take part of a line: the partial write a full disk leaves), commands go on
 * arriving, the space comes back, more commands, then SIGKILL and a restart. Every acknowledged event must be in
 * the journal at the position the host named, and nothing damaged may be left for the restart to find.
 */
export async function diskFullRun(
  disk: SmallDisk,
  counts: { before: number; during: number; after: number },
): Promise<DiskFullResult> {
  const dataDir = join(disk.dir, `data-${Date.now()}`);
  const r: DiskFullResult = {
    acknowledged: 0,
    refusedDiskFull: 0,
    refusedOtherwise: 0,
    presentAfterRestart: 0,
    lost: 0,
    damagedJournals: 0,
  };
  const acked: number[] = [];
  let { host, client } = await start(dataDir);
  try {
    await client.ok({
      type: 'meeting.create',
      plan: { id: 'full', title: 'Disk full', items: [{ id: 'a', title: 'A', budgetSec: 3600 }] },
      start: true,
    });
    const toggle = async () => {
      const res = await client.request({ type: 'meeting.command', command: { type: 'toggleOffTopic' } });
      if (res.ok) {
        r.acknowledged++;
        acked.push(res.result.seq);
      } else if (res.error.code === 'unavailable' && res.error.key === 'diskFull') r.refusedDiskFull++;
      else r.refusedOtherwise++;
    };
    // Paced under the socket's rate limit: this is about the disk, not the limiter.
    const pace = () => new Promise((res) => setTimeout(res, 35));
    for (let i = 0; i < counts.before; i++) await toggle().then(pace);
    disk.fill();
    for (let i = 0; i < counts.during; i++) await toggle().then(pace);
    disk.free();
    for (let i = 0; i < counts.after; i++) await toggle().then(pace);
    host.proc.kill('SIGKILL');
    await host.exited;
    await client.close();
    if (host.unexpected().length > 0) throw new Error(host.unexpected().join('\n'));

    ({ host, client } = await start(dataDir));
    const info = await client.next((p) => p.type === 'info');
    const problems = info.type === 'info' ? info.info.problems : [];
    r.damagedJournals =
      problems.filter((p) => /journal|quarantine/.test(p)).length +
      readdirSync(dataDir).filter((f) => f === 'quarantine').length;
    const { events } = readJournal(join(dataDir, 'meetings', 'full.jsonl'));
    for (const seq of acked) {
      if (events[seq] && TOGGLED.includes(events[seq].type)) r.presentAfterRestart++;
      else r.lost++;
    }
    await client.close();
    await host.stop();
  } finally {
    if (host.proc.exitCode === null && host.proc.signalCode === null) host.proc.kill('SIGKILL');
    await host.exited;
    // The small disk holds one run at a time.
    rmSync(dataDir, { recursive: true, force: true });
  }
  return r;
}

/**
 * A nudge that comes due on a full disk: the host must neither crash nor lose it. Once the space is back, the
 * nudge is recorded (the timer retries), and a restart finds it.
 */
export async function diskFullNudge(disk: SmallDisk): Promise<{ crashed: boolean; nudgeRecorded: boolean }> {
  const dataDir = join(disk.dir, `nudge-${Date.now()}`);
  const { host, client } = await start(dataDir);
  try {
    await client.ok({
      type: 'meeting.create',
      plan: { id: 'nudge', title: 'Nudge', items: [{ id: 'a', title: 'A', budgetSec: 2 }] },
      start: true,
    });
    disk.fill();
    // Past the item's budget: the overrun nudge comes due while nothing can be written.
    await new Promise((res) => setTimeout(res, 3500));
    const crashed = host.proc.exitCode !== null || host.unexpected().length > 0;
    disk.free();
    let nudgeRecorded = false;
    for (let i = 0; i < 40 && !nudgeRecorded; i++) {
      await new Promise((res) => setTimeout(res, 250));
      nudgeRecorded = readJournal(join(dataDir, 'meetings', 'nudge.jsonl')).events.some(
        (e) => e.type === 'nudgeFired',
      );
    }
    await client.close();
    await host.stop();
    return { crashed, nudgeRecorded };
  } finally {
    if (host.proc.exitCode === null && host.proc.signalCode === null) host.proc.kill('SIGKILL');
    await host.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
