import { Sim, plan } from './sim';
import { buildReport } from '../../shared/report/report.model';
import { summarize, type MeetingSummary } from '../../shared/report/meeting.summary';

const MIN = 60_000;

export interface GenMeeting {
  id: string;
  clientId: string | null;
  title?: string;
  kind?: 'scheduled' | 'adhoc';
  start: number;
  /** Minutes spent on each item (planned 10 each unless given). */
  items: number[];
  planned?: number[];
  offTopicMin?: number;
  capMin?: number | null;
  rate?: number | null;
}

/** A real meeting run through the engine, summarised as the host would. */
export function meeting(g: GenMeeting): MeetingSummary {
  const planned = g.planned ?? g.items.map(() => 10);
  const p = plan({
    id: g.id,
    title: g.title ?? 'Weekly call',
    clientId: g.clientId,
    kind: g.kind ?? 'scheduled',
    capSec: g.capMin === undefined ? null : g.capMin === null ? null : g.capMin * 60,
    items: planned.map((m, i) => ({ id: `i${i}`, title: `Item ${i}`, budgetSec: m * 60 })),
    rate: g.rate ? { hourlyRateMinor: g.rate, currency: 'EUR' } : null,
  });
  const sim = new Sim(p, g.start).do({ type: 'start' });
  g.items.forEach((m, i) => {
    if (i === 0 && g.offTopicMin)
      sim
        .do({ type: 'toggleOffTopic' })
        .wait(g.offTopicMin * MIN)
        .do({ type: 'toggleOffTopic' });
    sim.wait(m * MIN);
    if (i < g.items.length - 1) sim.do({ type: 'next' });
  });
  sim.do({ type: 'end' });
  return summarize(buildReport(sim.state, sim.now, sim.state.plan.rate), sim.state);
}
