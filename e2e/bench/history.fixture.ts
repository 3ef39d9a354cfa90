import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { applyInPlace, initialState } from '../../shared/session/session.apply';
import { decide } from '../../shared/session/session.decide';
import type { SessionCommand } from '../../shared/session/session.commands';
import type { SessionEvent } from '../../shared/session/session.events';
import { prng } from './prng';

const DAY = 86_400_000;

/**
 * Writes `count` realistic ended meetings (journals, one JSON line per event) into `dataDir/meetings`, spread over
 * the last years, across a few clients, some ad-hoc. Returns the total bytes written.
 */
export function writeHistory(dataDir: string, count: number, seed = 7): number {
  const rnd = prng(seed);
  const dir = join(dataDir, 'meetings');
  mkdirSync(dir, { recursive: true });
  const clients = ['acme', 'bistro', 'cobalt', 'dune', 'elm', null];
  const titles = ['Weekly call', 'Design review', 'Budget check-in', 'Kick-off', 'Quick question'];
  let bytes = 0;
  const end = 1_790_000_000_000;
  for (let m = 0; m < count; m++) {
    const start = end - Math.floor(rnd() * 3 * 365 * DAY);
    const items = Array.from({ length: 2 + Math.floor(rnd() * 4) }, (_, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      budgetSec: 300 + Math.floor(rnd() * 12) * 60,
    }));
    const plan = meetingPlanSchema.parse({
      id: `m${String(m).padStart(6, '0')}`,
      title: titles[Math.floor(rnd() * titles.length)],
      clientId: clients[Math.floor(rnd() * clients.length)],
      kind: rnd() < 0.2 ? 'adhoc' : 'scheduled',
      capSec: rnd() < 0.5 ? 3600 : null,
      items,
      rate: { hourlyRateMinor: 6000 + Math.floor(rnd() * 8) * 1000, currency: 'EUR' },
    });
    const log: SessionEvent[] = [{ type: 'planned', at: start, plan }];
    const state = initialState(plan, start);
    let now = start;
    const run = (cmd: SessionCommand) => {
      const d = decide(state, cmd, now);
      if (!d.ok) return;
      for (const e of d.events) {
        log.push(e);
        applyInPlace(state, e);
      }
    };
    run({ type: 'start' });
    for (let i = 0; i < items.length; i++) {
      now += Math.floor(rnd() * 900_000);
      if (rnd() < 0.5) {
        run({ type: 'toggleOffTopic' });
        now += Math.floor(rnd() * 480_000);
        run({ type: 'toggleOffTopic' });
      }
      run({ type: 'next' });
    }
    now += 60_000;
    run({ type: 'end' });
    const text = log.map((e, seq) => JSON.stringify({ seq, ...e })).join('\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${plan.id}.jsonl`), text);
  }
  return bytes;
}
