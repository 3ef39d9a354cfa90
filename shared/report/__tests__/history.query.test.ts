import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, filterMeetings, normalizeText, trend } from '../history.query';
import { suggest } from '../suggestions';
import { meeting } from '../../../e2e/support/history.gen';

const DAY = 86_400_000;
const MIN = 60_000;
// Monday 2026-11-16 09:00 in Rome (08:00 UTC).
const MON = Date.UTC(2026, 10, 16, 8, 0, 0);

describe('history filters and aggregates', () => {
  const history = [
    meeting({
      id: 'a',
      clientId: 'acme',
      title: 'Weekly call',
      start: MON,
      items: [12, 9],
      offTopicMin: 5,
      rate: 12_000,
    }),
    meeting({
      id: 'b',
      clientId: 'acme',
      title: 'Quick question',
      kind: 'adhoc',
      start: MON + DAY,
      items: [20],
      rate: 12_000,
    }),
    meeting({
      id: 'c',
      clientId: 'bistro',
      title: 'Réunion de lancement',
      start: MON + 8 * DAY,
      items: [10, 10],
      capMin: 15,
    }),
    meeting({ id: 'd', clientId: null, title: 'Team sync', start: MON + 9 * DAY, items: [5] }),
  ];

  it('filters by client, period, kind and title words (accents ignored), newest first', () => {
    expect(filterMeetings(history, {}).map((m) => m.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(filterMeetings(history, { clientId: 'acme' }).map((m) => m.id)).toEqual(['b', 'a']);
    expect(filterMeetings(history, { clientId: null }).map((m) => m.id)).toEqual(['d']);
    expect(filterMeetings(history, { from: MON + DAY, to: MON + 9 * DAY }).map((m) => m.id)).toEqual([
      'c',
      'b',
    ]);
    expect(filterMeetings(history, { kind: 'adhoc' }).map((m) => m.id)).toEqual(['b']);
    expect(filterMeetings(history, { search: 'reunion LANCEMENT' }).map((m) => m.id)).toEqual(['c']);
    expect(normalizeText('Ședință  ')).toBe('sedinta');
  });

  it('adds up time, off-topic cost per currency, unscheduled calls and their worth, and overruns', () => {
    const a = aggregate(filterMeetings(history, { clientId: 'acme' }));
    expect(a.meetings).toBe(2);
    expect(a.totalMs).toBe((12 + 9 + 5 + 20) * MIN);
    expect(a.offTopicMs).toBe(5 * MIN);
    expect(a.offTopicCost).toEqual([{ currency: 'EUR', amountMinor: 1000 }]); // 5 min at €120/h
    expect(a.adhoc).toEqual({
      meetings: 1,
      totalMs: 20 * MIN,
      cost: [{ currency: 'EUR', amountMinor: 4000 }],
    });
    const all = aggregate(history);
    // a: 26 min against 20 planned; b: 20 against 10; c: 20 against a 15-min cap; d ended early.
    expect(all.overran).toBe(3);
    expect(all.averageOverrunMs).toBe(Math.round(((6 + 10 + 5) * MIN) / 4));
  });

  it('property: aggregates equal plain sums over the filtered meetings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            items: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3 }),
            off: fc.integer({ min: 0, max: 10 }),
            adhoc: fc.boolean(),
            day: fc.integer({ min: 0, max: 60 }),
          }),
          { maxLength: 12 },
        ),
        (gens) => {
          const ms = gens.map((g, i) =>
            meeting({
              id: `m${i}`,
              clientId: 'c',
              start: MON + g.day * DAY,
              items: g.items,
              offTopicMin: g.off,
              kind: g.adhoc ? 'adhoc' : 'scheduled',
              rate: 6000,
            }),
          );
          const a = aggregate(ms);
          expect(a.totalMs).toBe(ms.reduce((x, m) => x + m.actualMs, 0));
          expect(a.onAgendaMs + a.offTopicMs + a.chatMs).toBe(a.totalMs);
          expect(a.adhoc.meetings).toBe(gens.filter((g) => g.adhoc).length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('trends', () => {
  it('buckets by local week (Monday first) and month, keeping empty weeks', () => {
    const ms = [
      meeting({ id: 'a', clientId: 'x', start: MON, items: [10] }),
      // Sunday 23:30 in UTC is already Monday 00:30 in Rome: a new week there, not in UTC.
      meeting({ id: 'b', clientId: 'x', start: Date.UTC(2026, 10, 22, 23, 30), items: [10] }),
      meeting({ id: 'c', clientId: 'x', start: MON + 14 * DAY, items: [20], offTopicMin: 2 }),
    ];
    const weeks = trend(ms, 'week', 'Europe/Rome');
    expect(weeks.map((w) => [w.start, w.meetings, w.totalMs / MIN])).toEqual([
      ['2026-11-16', 1, 10],
      ['2026-11-23', 1, 10],
      ['2026-11-30', 1, 22],
    ]);
    expect(trend(ms, 'week', 'UTC').map((w) => [w.start, w.meetings])).toEqual([
      ['2026-11-16', 2],
      ['2026-11-23', 0],
      ['2026-11-30', 1],
    ]);
    expect(trend(ms, 'month', 'Europe/Rome').map((m) => [m.start, m.meetings])).toEqual([['2026-11-01', 3]]);
  });
});

describe('suggestions from history', () => {
  const now = MON + 40 * DAY;

  it('notices an item that keeps overrunning and proposes a budget from the median overrun', () => {
    const runs = [17, 15, 9, 16, 18].map((m, i) =>
      meeting({ id: `w${i}`, clientId: 'acme', start: MON + i * 7 * DAY, items: [m, 10] }),
    );
    const s = suggest({ clientId: 'acme', title: 'Weekly call', items: ['Item 0', 'Item 1'], now }, runs);
    expect(s).toContainEqual({
      kind: 'itemBudget',
      item: 'Item 0',
      overran: 4,
      of: 5,
      medianOverMs: 6.5 * MIN,
      plannedSec: 600,
      suggestedSec: 17 * 60,
    });
    expect(s.some((x) => x.kind === 'itemBudget' && x.item === 'Item 1')).toBe(false);
  });

  it('prices the average off-topic time per call with a client, from three meetings on', () => {
    const runs = [10, 12, 11].map((off, i) =>
      meeting({
        id: `o${i}`,
        clientId: 'acme',
        start: MON + i * DAY,
        items: [10],
        offTopicMin: off,
        rate: 20_000,
      }),
    );
    expect(suggest({ clientId: 'acme', title: 'x', items: [], now }, runs.slice(0, 2))).toEqual([]);
    expect(suggest({ clientId: 'acme', title: 'x', items: [], now }, runs)).toContainEqual({
      kind: 'offTopicAverage',
      averageMs: 11 * MIN,
      meetings: 3,
      cost: { amountMinor: 3667, currency: 'EUR' },
    });
  });

  it('counts unscheduled calls in the last 30 days and what that availability is worth', () => {
    const calls = [3, 10, 20, 29, 45].map((d, i) =>
      meeting({
        id: `a${i}`,
        clientId: 'acme',
        kind: 'adhoc',
        start: now - d * DAY,
        items: [30],
        rate: 9000,
      }),
    );
    expect(suggest({ clientId: 'acme', title: 'x', items: [], now }, calls)).toContainEqual({
      kind: 'adhocCalls',
      count: 4,
      totalMs: 120 * MIN,
      days: 30,
      cost: { amountMinor: 18_000, currency: 'EUR' },
    });
  });

  it('uses meetings with the same title when there is no client, and invents nothing without a pattern', () => {
    const runs = [17, 18, 19].map((m, i) =>
      meeting({
        id: `t${i}`,
        clientId: null,
        title: 'Team sync',
        start: MON + i * DAY,
        items: [m],
        capMin: 15,
      }),
    );
    expect(suggest({ clientId: null, title: 'team SYNC', items: [], now }, runs)).toContainEqual({
      kind: 'meetingOverrun',
      overran: 3,
      of: 3,
      medianOverMs: 3 * MIN,
    });
    expect(suggest({ clientId: null, title: 'Other', items: ['Item 0'], now }, runs)).toEqual([]);
  });
});
