import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal } from '../../main/core/journal/journal';
import { startServer } from '../support/host.harness';
import { plan } from '../support/sim';
import { TestClient } from '../support/ws.client';
import { figure, median, percentile } from '../support/measure';

const temp = () => mkdtempSync(join(tmpdir(), 'tactful-bench-'));

function journalAppend() {
  const dir = temp();
  const journal = Journal.create(join(dir, 'j.jsonl'));
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    journal.append([{ type: 'timeAdded', at: 1_700_000_000_000 + i, itemId: 'a', sec: 60 }]);
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
  const srv = await startServer(dir);
  const clients = await Promise.all(
    Array.from({ length: 10 }, () => TestClient.connect(srv.wsUrl, { token: srv.token })),
  );
  await srv.host.dispatch({ type: 'meeting.create', plan: plan({ capSec: 3600 }), start: true });
  const before = clients.map((c) => c.pushes.length);
  const pushes = 500;
  const t = performance.now();
  // What each second's tick does: check the clock, then push the snapshot to every client.
  for (let i = 0; i < pushes; i++) srv.host.systemResume();
  const perPushMs = (performance.now() - t) / pushes;
  const bytes = Buffer.byteLength(JSON.stringify({ type: 'snapshot', snapshot: srv.host.snapshot() }));
  await new Promise((r) => setTimeout(r, 500));
  const delivered = clients.reduce((n, c, i) => n + c.pushes.length - before[i]!, 0);
  await Promise.all(clients.map((c) => c.close()));
  await srv.close();
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
