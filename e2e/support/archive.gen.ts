import type { Client } from '../../shared/settings/client.schema';
import { buildArchive } from '../../shared/report/export/json.archive';
import { MIN, plan, Sim } from './sim';

/**
 * A JSON export of `count` ended meetings, each run through the engine (items, an off-topic episode, notes), as
 * the exporter writes it. `padNotes` makes each meeting larger, to reach a size (60 MB: 20,000 meetings × 2,000).
 */
export function archiveOf(
  count: number,
  opts: { padNotes?: number; clients?: Client[]; prefix?: string } = {},
) {
  const meetings = [];
  const notes = 'Agreed the next steps and who sends what. '.repeat(Math.ceil((opts.padNotes ?? 40) / 42));
  for (let i = 0; i < count; i++) {
    const id = `${opts.prefix ?? 'g'}${i}`;
    const sim = new Sim(plan({ id, title: `Weekly call ${i}` }), 1_700_000_000_000 + i * 3_600_000)
      .do({ type: 'start' })
      .wait(10 * MIN)
      .do({ type: 'toggleOffTopic' })
      .wait(MIN)
      .do({ type: 'toggleOffTopic' })
      .do({ type: 'next' })
      .wait(12 * MIN)
      .do({ type: 'editNotes', text: notes.slice(0, opts.padNotes ?? 40) })
      .do({ type: 'end' });
    meetings.push({ id, journal: [...sim.log.events] });
  }
  return buildArchive(meetings, opts.clients ?? [], 1_790_000_000_000, 'generated').content;
}
