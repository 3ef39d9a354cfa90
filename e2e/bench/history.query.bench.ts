import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHost } from '../support/host.harness';
import { writeHistory } from './history.fixture';
import { figure, median } from '../support/measure';

const DAY = 86_400_000;
/** The fixture's newest meeting starts before this instant (see history.fixture.ts). */
const END = 1_790_000_000_000;

/**
 * What the history page asks when a filter changes: the whole round trip inside the host — validate the
 * message, filter, aggregate, bucket the trend, page — and serialise the reply, on 10,000 meetings.
 */
export async function historyQueryBench(count = 10_000, existing?: string) {
  const dir = existing ?? mkdtempSync(join(tmpdir(), 'tactful-bench-'));
  if (!existing) writeHistory(dir, count);
  const { host } = openHost(dir);
  const timeZone = 'Europe/Rome';
  const queries: Record<string, object> = {
    all: { type: 'history.query', timeZone },
    allByMonth: { type: 'history.query', timeZone, bucket: 'month' },
    client: { type: 'history.query', timeZone, filter: { clientId: 'acme' } },
    noClient: { type: 'history.query', timeZone, filter: { clientId: null } },
    lastMonth: { type: 'history.query', timeZone, filter: { from: END - 30 * DAY, to: END } },
    adhocYear: { type: 'history.query', timeZone, filter: { kind: 'adhoc', from: END - 365 * DAY } },
    search: { type: 'history.query', timeZone, filter: { search: 'désign revi' } },
    lastPage: { type: 'history.query', timeZone, page: 19, pageSize: 500 },
    suggest: {
      type: 'history.suggest',
      clientId: 'acme',
      title: 'Weekly call',
      items: ['Status update', 'Design feedback', 'Budget'],
    },
    followUps: { type: 'history.followUps', clientId: 'bistro' },
  };
  const runs = 15;
  const perQuery: Record<string, { medianMs: number; maxMs: number; replyBytes: number }> = {};
  let worst = 0;
  let n = 0;
  for (const [name, cmd] of Object.entries(queries)) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const reply = await host.handle({ id: `q${n++}`, cmd });
      bytes = JSON.stringify(reply).length;
      times.push(performance.now() - t);
      if (reply.type !== 'reply' || !reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
    }
    // The first run pays for JIT warm-up; a user's first filter change does too, so it counts in max.
    perQuery[name] = {
      medianMs: +median(times).toFixed(2),
      maxMs: +Math.max(...times).toFixed(2),
      replyBytes: bytes,
    };
    worst = Math.max(worst, median(times));
  }
  host.close();
  if (!existing) rmSync(dir, { recursive: true, force: true });
  return {
    meetings: count,
    // The goal is for 10,000 meetings; larger histories report their figures beside it.
    worstMedianMs: figure(worst, 'ms', count <= 10_000 ? { max: 100 } : undefined),
    worstFirstRunMs: figure(
      Math.max(...Object.values(perQuery).map((q) => q.maxMs)),
      'ms',
      count <= 10_000 ? { max: 250 } : undefined,
    ),
    perQuery,
  };
}
