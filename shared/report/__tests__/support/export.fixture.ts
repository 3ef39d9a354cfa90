import { Sim, plan } from '../../../../e2e/support/sim';
import { buildReport } from '../../report.model';
import type { ExportMeeting } from '../../export/export.types';

const S = 1000;
const MIN = 60 * S;
const at = (iso: string) => Date.parse(iso);

function exportOf(sim: Sim, clientName: string | null): ExportMeeting {
  return {
    report: buildReport(sim.state, sim.now, sim.state.plan.rate),
    clientName,
    notes: sim.state.notes,
    followUps: sim.state.followUps,
  };
}

/**
 * Monday 16 November 2026, 15:04:37 in Rome (14:04:37 UTC): an off-topic episode and a pause inside the second item,
 * a never-reached item, the chat at the end. Its entries, in UTC, are ROME_ENTRIES.
 */
export function romeMeeting(): ExportMeeting {
  const sim = new Sim(
    plan({
      id: 'rome',
      title: 'Revisione «homepage», fase 2 – café',
      clientId: 'rossi',
      items: [
        { id: 'a', title: 'Stato lavori', budgetSec: 600 },
        { id: 'b', title: 'Mock-up "hero", menù e più', budgetSec: 900 },
        { id: 'c', title: '=SUM(A1:A9) budget', budgetSec: 300 },
        { id: 'd', title: 'Never reached', budgetSec: 300 },
      ],
      chatAtEndSec: 120,
      rate: { hourlyRateMinor: 9000, currency: 'EUR' },
    }),
    at('2026-11-16T14:04:37Z'),
  )
    .do({ type: 'start' })
    .wait(8 * MIN + 13 * S)
    .do({ type: 'goto', index: 1 })
    .wait(4 * MIN)
    .do({ type: 'toggleOffTopic' })
    .wait(6 * MIN + 20 * S)
    .do({ type: 'toggleOffTopic' })
    .wait(3 * MIN)
    .do({ type: 'pause' })
    .wait(1 * MIN)
    .do({ type: 'resume' })
    .wait(8 * MIN + 5 * S)
    .do({ type: 'goto', index: 2 })
    .wait(5 * MIN + 41 * S)
    .do({ type: 'goto', index: 4 })
    .wait(2 * MIN)
    .do({ type: 'end' });
  return exportOf(sim, 'Caffè Rossi & Figli, S.r.l.');
}

/** What was booked in the Rome meeting, as the timeline says (pauses are not booked). */
export const ROME_ENTRIES = [
  { kind: 'item', description: 'Stato lavori', start: '2026-11-16T14:04:37Z', end: '2026-11-16T14:12:50Z' },
  {
    kind: 'item',
    description: 'Mock-up "hero", menù e più',
    start: '2026-11-16T14:12:50Z',
    end: '2026-11-16T14:16:50Z',
  },
  {
    kind: 'offTopic',
    description: 'Off-topic (Mock-up "hero", menù e più)',
    start: '2026-11-16T14:16:50Z',
    end: '2026-11-16T14:23:10Z',
  },
  {
    kind: 'item',
    description: 'Mock-up "hero", menù e più',
    start: '2026-11-16T14:23:10Z',
    end: '2026-11-16T14:26:10Z',
  },
  {
    kind: 'item',
    description: 'Mock-up "hero", menù e più',
    start: '2026-11-16T14:27:10Z',
    end: '2026-11-16T14:35:15Z',
  },
  {
    kind: 'item',
    description: '=SUM(A1:A9) budget',
    start: '2026-11-16T14:35:15Z',
    end: '2026-11-16T14:40:56Z',
  },
  {
    kind: 'chat',
    description: 'Chat at the end',
    start: '2026-11-16T14:40:56Z',
    end: '2026-11-16T14:42:56Z',
  },
] as const;

/** 23:50:12 on 16 November in New York (04:50:12 UTC on the 17th): one item past midnight there, then the chat. */
export function newYorkMeeting(): ExportMeeting {
  const sim = new Sim(
    plan({
      id: 'ny',
      title: 'Weekly "sync" – Zoë, QA',
      items: [{ id: 'x', title: 'Planning', budgetSec: 3600 }],
      chatAtEndSec: 300,
    }),
    at('2026-11-17T04:50:12Z'),
  )
    .do({ type: 'start' })
    .wait(67 * MIN + 9 * S)
    .do({ type: 'goto', index: 1 })
    .wait(3 * MIN)
    .do({ type: 'end' });
  return exportOf(sim, null);
}

export const NY_ENTRIES = [
  { kind: 'item', description: 'Planning', start: '2026-11-17T04:50:12Z', end: '2026-11-17T05:57:21Z' },
  {
    kind: 'chat',
    description: 'Chat at the end',
    start: '2026-11-17T05:57:21Z',
    end: '2026-11-17T06:00:21Z',
  },
] as const;

/** Thursday 5 November 2026, 10:00 in Rome: a day of the month that could pass for a month. */
export function fifthOfNovember(): ExportMeeting {
  const sim = new Sim(
    plan({
      id: 'fifth',
      title: 'Retro',
      clientId: 'rossi',
      items: [{ id: 'r', title: 'Retro', budgetSec: 1800 }],
    }),
    at('2026-11-05T09:00:00Z'),
  )
    .do({ type: 'start' })
    .wait(30 * MIN)
    .do({ type: 'end' });
  return exportOf(sim, 'Caffè Rossi & Figli, S.r.l.');
}

export const FIFTH_ENTRIES = [
  { kind: 'item', description: 'Retro', start: '2026-11-05T09:00:00Z', end: '2026-11-05T09:30:00Z' },
] as const;

export const ALL_ENTRIES = [...FIFTH_ENTRIES, ...ROME_ENTRIES, ...NY_ENTRIES];
export const allMeetings = () => [fifthOfNovember(), romeMeeting(), newYorkMeeting()];

export const ME = {
  email: 'marta.bianchi@example.it',
  name: 'Marta Bianchi',
  offTopicBillable: false,
} as const;
