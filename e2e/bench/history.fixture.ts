import { meetingPlanSchema } from '../../shared/agenda/agenda.schema';
import { playMeeting, writeJournal, type ScriptStep } from './meeting.script';
import { prng } from '../support/prng';

const DAY = 86_400_000;
const ITEM_TITLES = ['Status update', 'Design feedback', 'Budget', 'Timeline', 'Next steps'];

/**
 * Writes `count` realistic ended meetings (journals, one JSON line per event) into `dataDir/meetings`, spread over
 * the last years, across a few clients, some ad-hoc. Returns the total bytes written.
 */
export function writeHistory(dataDir: string, count: number, seed = 7): number {
  const rnd = prng(seed);
  const clients = ['acme', 'bistro', 'cobalt', 'dune', 'elm', null];
  const titles = ['Weekly call', 'Design review', 'Budget check-in', 'Kick-off', 'Quick question'];
  let bytes = 0;
  const end = 1_790_000_000_000;
  for (let m = 0; m < count; m++) {
    const start = end - Math.floor(rnd() * 3 * 365 * DAY);
    const items = Array.from({ length: 2 + Math.floor(rnd() * 4) }, (_, i) => ({
      id: `i${i}`,
      title: ITEM_TITLES[i]!,
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
    const steps: ScriptStep[] = [[0, { type: 'start' }]];
    for (let i = 0; i < items.length; i++) {
      let after = Math.floor(rnd() * 900_000);
      if (rnd() < 0.5) {
        steps.push([after, { type: 'toggleOffTopic' }]);
        steps.push([Math.floor(rnd() * 480_000), { type: 'toggleOffTopic' }]);
        after = 0;
      }
      steps.push([after, { type: 'next' }]);
    }
    steps.push([60_000, { type: 'end' }]);
    bytes += writeJournal(dataDir, plan.id, playMeeting(plan, start, steps));
  }
  return bytes;
}
