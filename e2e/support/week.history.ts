import { buildArchive } from '../../shared/report/export/json.archive';
import type { Client } from '../../shared/settings/client.schema';
import { plan, Sim } from './sim';

const MIN = 60_000;

/** One past meeting, as the engine would have journaled it. */
export interface PastMeeting {
  id: string;
  clientId: string | null;
  title: string;
  kind: 'scheduled' | 'adhoc';
  start: number;
  /** Minutes on each item, with its planned minutes. */
  items: { title: string; planned: number; took: number }[];
  offTopicMin?: number;
  notes?: string;
  followUps?: string[];
  rate?: number;
}

/** A Tactful export (JSON archive) of real journals, for `history.import`: history as meetings really ran. */
export function pastMeetings(meetings: readonly PastMeeting[], clients: Client[], now: number): string {
  const journals = meetings.map((m) => {
    const sim = new Sim(
      plan({
        id: m.id,
        title: m.title,
        clientId: m.clientId,
        kind: m.kind,
        items: m.items.map((i, n) => ({ id: `i${n}`, title: i.title, budgetSec: i.planned * 60 })),
        rate: m.rate ? { hourlyRateMinor: m.rate, currency: 'EUR' } : null,
      }),
      m.start,
    ).do({ type: 'start' });
    m.items.forEach((item, n) => {
      if (n === 0 && m.offTopicMin)
        sim
          .do({ type: 'toggleOffTopic' })
          .wait(m.offTopicMin * MIN)
          .do({ type: 'toggleOffTopic' });
      sim.wait(item.took * MIN);
      if (n < m.items.length - 1) sim.do({ type: 'next' });
    });
    sim.do({ type: 'end' });
    if (m.notes) sim.do({ type: 'editNotes', text: m.notes });
    (m.followUps ?? []).forEach((text, n) => sim.do({ type: 'addFollowUp', id: `f${n}`, text }));
    return { id: m.id, journal: [...sim.events] };
  });
  return buildArchive(journals, clients, now, 'history').content;
}
