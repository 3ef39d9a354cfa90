import Conf from 'conf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { Host } from '../../main/core/host';
import { Journal } from '../../main/core/journal/journal';
import { MemoryLogger } from '../../main/core/log';
import { TactfulServer } from '../../main/core/server/tactful.server';
import type { ConfLike } from '../../main/core/store/conf.like';
import type { StoreData } from '../../main/core/store/store.schema';
import { figure, median, percentile } from '../support/measure';

const temp = () => mkdtempSync(join(tmpdir(), 'tactful-bench-'));

function journalAppend() {
  const dir = temp();
  const journal = Journal.create(join(dir, 'j.jsonl'));
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    journal.append({ type: 'timeAdded', at: 1_700_000_000_000 + i, itemId: 'a', sec: 60 });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  journal.close();
  rmSync(dir, { recursive: true, force: true });
  // Each append is fsync'd: what it costs is the disk's flush, and a user presses a key at most a few times a minute.
  return {
    medianMs: figure(median(times), 'ms', { max: 20 }),
    p99Ms: figure(percentile(times, 99), 'ms', { max: 100 }),
    appends: times.length,
  };
}

async function snapshotPush() {
  const dir = temp();
  const host = Host.open({
    dataDir: dir,
    version: '0.1.0',
    log: new MemoryLogger(),
    createStore: (o) => new Conf<StoreData>(o) as ConfLike<StoreData>,
  });
  const server = new TactfulServer(host, { port: 0, staticDir: null });
  await server.start();
  const clients = await Promise.all(
    Array.from({ length: 10 }, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.address.port}/ws?token=${host.data.token()}`);
      let received = 0;
      ws.on('message', () => received++);
      return new Promise<{ ws: WebSocket; count: () => number }>((resolve) =>
        ws.once('open', () => resolve({ ws, count: () => received })),
      );
    }),
  );
  host.createMeeting(
    meetingPlanSchema.parse({
      id: 'bench',
      title: 'Bench',
      capSec: 3600,
      items: Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, budgetSec: 420 })),
    }),
  );
  host.session!.command({ type: 'start' });
  const before = clients.map((c) => c.count());
  const pushes = 500;
  const t = performance.now();
  for (let i = 0; i < pushes; i++) host.pushSnapshot();
  const perPushMs = (performance.now() - t) / pushes;
  const bytes = Buffer.byteLength(JSON.stringify({ type: 'snapshot', snapshot: host.snapshot() }));
  await new Promise((r) => setTimeout(r, 500));
  const delivered = clients.reduce((n, c, i) => n + c.count() - before[i]!, 0);
  for (const c of clients) c.ws.close();
  await server.close();
  host.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    clients: clients.length,
    perPushMs: figure(perPushMs, 'ms', { max: 5 }),
    bytesPerSnapshot: bytes,
    delivered: `${delivered}/${pushes * clients.length}`,
  };
}

export async function hostBench() {
  return {
    journalAppend: journalAppend(),
    snapshotPush: await snapshotPush(),
  };
}
