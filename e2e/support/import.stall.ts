import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveOf } from './archive.gen';
import { spawnHost } from './child.host';
import { TestClient } from './ws.client';

export interface ImportStall {
  megabytes: number;
  meetings: number;
  importMs: number;
  /** Snapshots the running meeting pushed while the import ran (one a second when nothing stalls). */
  snapshotsDuring: number;
  /** The longest wait between two of them: a tick is 1,000 ms; anything much longer is a stalled event loop. */
  longestGapMs: number;
}

/**
 * A large JSON import into the built host while a meeting runs: how long it takes, and how long the meeting's
 * second ticks (its pushed snapshots) had to wait meanwhile. `meetings` of about 2.7 KB each: 22,000 are 60 MB.
 */
export async function importStall(meetings: number): Promise<ImportStall> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tactful-import-'));
  const h = await spawnHost(dataDir, [], process.env, { built: true });
  try {
    const c = await TestClient.connect(h.wsUrl, { token: h.token });
    await c.ok({
      type: 'meeting.create',
      plan: { id: 'live', title: 'Running', items: [{ id: 'a', title: 'A', budgetSec: 7200 }] },
      start: true,
    });
    const content = archiveOf(meetings, { padNotes: 2000 });
    const times: number[] = [];
    c.ws.on('message', (d) => {
      if (String(d).startsWith('{"type":"snapshot"')) times.push(performance.now());
    });
    const t0 = performance.now();
    const r = await c.request({ type: 'history.import', content }, 600_000);
    const importMs = performance.now() - t0;
    if (!r.ok) throw new Error(`the import was refused: ${r.error.message}`);
    const during = times.filter((t) => t >= t0 && t <= t0 + importMs);
    const edges = [t0, ...during, t0 + importMs];
    const gaps = edges.slice(1).map((t, i) => t - edges[i]!);
    await c.close();
    await h.stop();
    return {
      megabytes: Math.round(content.length / 1e5) / 10,
      meetings,
      importMs: Math.round(importMs),
      snapshotsDuring: during.length,
      longestGapMs: Math.round(Math.max(...gaps)),
    };
  } finally {
    if (h.proc.exitCode === null) h.proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
