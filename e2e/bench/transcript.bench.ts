import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnHost } from '../support/child.host';
import { figure, median } from '../support/measure';
import { teamsTranscript, threeHourMeetingArchive } from '../support/transcript.gen';
import { TestClient } from '../support/ws.client';

/**
 * A three-hour call's transcript (5,000 cues, Teams's WebVTT) imported into the built host over its WebSocket, as
 * the report does: the import (read in the import worker, journaled) and the report that shows it, timed from the
 * client. Meanwhile a meeting runs, and the longest wait between its second ticks says whether the host's own loop
 * was held up.
 */
export async function transcriptBench(opts: { runs: number; cues: number }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tactful-transcript-'));
  const h = await spawnHost(dataDir, [], process.env, { built: true });
  try {
    const c = await TestClient.connect(h.wsUrl, { token: h.token });
    await c.ok({ type: 'history.import', content: threeHourMeetingArchive('q1', 1_790_000_000_000) });
    await c.ok({
      type: 'meeting.create',
      plan: { id: 'live', title: 'Running', items: [{ id: 'a', title: 'A', budgetSec: 7200 }] },
      start: true,
    });
    const content = teamsTranscript(opts.cues);
    const ticks: number[] = [];
    c.ws.on('message', (d) => {
      if (String(d).startsWith('{"type":"snapshot"')) ticks.push(performance.now());
    });
    const imports: number[] = [];
    const reports: number[] = [];
    const began = performance.now();
    for (let i = 0; i < opts.runs; i++) {
      const t0 = performance.now();
      const r = await c.request(
        {
          type: 'transcript.import',
          meetingId: 'q1',
          fileName: 'Quarterly planning.vtt',
          content,
          timeZone: 'UTC',
        },
        60_000,
      );
      const t1 = performance.now();
      if (!r.ok) throw new Error(`the transcript was refused: ${r.error.message}`);
      if (r.result.cues !== opts.cues) throw new Error(`read ${r.result.cues} cues of ${opts.cues}`);
      const report = await c.ok({ type: 'history.report', meetingId: 'q1' });
      const t2 = performance.now();
      if (report.report.transcript?.rows.length !== 6) throw new Error('the report lacks the transcript');
      imports.push(t1 - t0);
      reports.push(t2 - t1);
    }
    // Every tick from the one before the first import to the one after the last: 1,000 ms apart when nothing waits.
    await new Promise((r) => setTimeout(r, 1200));
    const ended = performance.now();
    const around = ticks.filter((t) => t > began - 1200 && t < ended);
    const longestGapMs = Math.max(...around.slice(1).map((t, k) => t - around[k]!));
    await c.close();
    await h.stop();
    const total = imports.map((ms, i) => ms + reports[i]!);
    return {
      cues: opts.cues,
      megabytes: Math.round(Buffer.byteLength(content) / 1e4) / 100,
      runs: opts.runs,
      importMs: figure(median(imports), 'ms'),
      reportMs: figure(median(reports), 'ms'),
      // What the user waits for: the file sent, read and journaled, and the report with its airtime back.
      importAndReportMs: figure(median(total), 'ms', { max: 1000 }),
      slowestRunMs: figure(Math.max(...total), 'ms'),
      // Ticks are 1,000 ms apart: much more, and the running meeting's clock would have waited for the import.
      longestTickGapMs: figure(longestGapMs, 'ms', { max: 1250 }),
    };
  } finally {
    if (h.proc.exitCode === null) h.proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
