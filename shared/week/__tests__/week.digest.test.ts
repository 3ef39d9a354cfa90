import { describe, expect, it } from 'vitest';
import { meeting } from '../../../e2e/support/history.gen';
import type { MeetingSummary } from '../../report/meeting.summary';
import { dayStart, periodStart, weekDigest, type DigestInput } from '../week.digest';

const TZ = 'Europe/Rome';
const HOUR = 3_600_000;
/** Local wall time in Rome on a day of November 2026 (after the clocks went back: UTC+1). */
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 1, minute);

const base: Omit<DigestInput, 'summaries'> = {
  clientId: 'rossi',
  period: 'week',
  // Any day of the week will do: 18 November 2026 is a Wednesday.
  date: '2026-11-18',
  timeZone: TZ,
  previous: 4,
  rate: { hourlyRateMinor: 6000, currency: 'EUR' },
  standingCall: null,
};

function week(): MeetingSummary[] {
  return [
    // The planned weekly call: 30 min planned, 40 taken, 10 of them off-topic.
    meeting({
      id: 'w',
      clientId: 'rossi',
      start: at(16, 10),
      items: [15, 15],
      planned: [15, 15],
      offTopicMin: 10,
      rate: 6000,
    }),
    // Three unscheduled calls, two on Tuesday, one on Thursday.
    meeting({ id: 'a1', clientId: 'rossi', kind: 'adhoc', start: at(17, 9), items: [20] }),
    meeting({ id: 'a2', clientId: 'rossi', kind: 'adhoc', start: at(17, 16), items: [25], rate: 6000 }),
    meeting({ id: 'a3', clientId: 'rossi', kind: 'adhoc', start: at(19, 11), items: [15], rate: 6000 }),
    // Someone else's call, and one of Rossi's the week after: neither counts.
    meeting({ id: 'x', clientId: 'acme', kind: 'adhoc', start: at(18, 9), items: [60] }),
    meeting({ id: 'next', clientId: 'rossi', start: at(23, 10), items: [30] }),
    // Earlier weeks, for the trend: one call a week.
    meeting({ id: 'e1', clientId: 'rossi', start: at(2, 10), items: [30] }),
    meeting({ id: 'e2', clientId: 'rossi', kind: 'adhoc', start: at(10, 10), items: [30] }),
  ];
}

describe('the week with a client', () => {
  const d = weekDigest({ ...base, summaries: week() });

  it('runs Monday to Monday in the user’s zone', () => {
    expect([d.start, d.end]).toEqual(['2026-11-16', '2026-11-23']);
    expect(d.from).toBe(Date.UTC(2026, 10, 15, 23));
    expect(periodStart('2026-11-22', 'week')).toBe('2026-11-16');
    expect(periodStart('2026-11-22', 'month')).toBe('2026-11-01');
    // The Monday the clocks change still starts at local midnight.
    expect(dayStart('2026-10-26', TZ)).toBe(Date.UTC(2026, 9, 25, 23));
  });

  it('counts the meetings held, planned against actual, and off-topic time with its cost', () => {
    expect(d.meetings.map((m) => m.id)).toEqual(['w', 'a1', 'a2', 'a3']);
    expect(d.totalMs).toBe((40 + 20 + 25 + 15) * 60_000);
    expect(d.scheduled).toEqual({ count: 1, plannedMs: 30 * 60_000, actualMs: 40 * 60_000 });
    expect(d.offTopicMs).toBe(10 * 60_000);
    expect(d.offTopicCost).toEqual([{ currency: 'EUR', amountMinor: 1000 }]);
  });

  it('prices unscheduled calls at the rate, also those planned before the client had one', () => {
    // 60 minutes at €60 an hour: a1 had no rate of its own and is priced at the client's current one.
    expect(d.adhoc).toEqual({
      count: 3,
      totalMs: 60 * 60_000,
      value: [{ currency: 'EUR', amountMinor: 6000 }],
    });
  });

  it('compares the week with the four before it', () => {
    expect(d.trend.map((p) => [p.start, p.meetings, p.adhocCount])).toEqual([
      ['2026-10-19', 0, 0],
      ['2026-10-26', 0, 0],
      ['2026-11-02', 1, 0],
      ['2026-11-09', 1, 1],
      ['2026-11-16', 4, 3],
    ]);
    // Earlier weeks averaged 15 minutes and a bit over half an unscheduled call.
    expect(d.change).toEqual({ totalMs: (100 - 15) * 60_000, adhocCount: 2.8, offTopicMs: 10 * 60_000 });
  });

  it('suggests a standing call on the day unscheduled calls come most', () => {
    expect(d.suggestion).toEqual({ kind: 'standingCall', count: 3, totalMs: HOUR, weekday: 1 });
    const withCall = weekDigest({
      ...base,
      summaries: week(),
      standingCall: { weekday: 0, localTime: '10:00' },
    });
    expect(withCall.suggestion).toEqual({
      kind: 'useStandingCall',
      count: 3,
      totalMs: HOUR,
      weekday: 0,
      localTime: '10:00',
    });
  });

  it('says nothing when there is no pattern, and points at off-topic time when that is the pattern', () => {
    const calm = weekDigest({ ...base, summaries: week().filter((m) => m.id !== 'a3') });
    expect(calm.suggestion).toBeNull();
    const chatty = weekDigest({
      ...base,
      summaries: [
        meeting({ id: 'c', clientId: 'rossi', start: at(17, 10), items: [30], offTopicMin: 20, rate: 6000 }),
      ],
    });
    expect(chatty.suggestion).toEqual({
      kind: 'offTopic',
      offTopicMs: 20 * 60_000,
      share: 0.4,
      cost: [{ currency: 'EUR', amountMinor: 2000 }],
    });
  });
});

describe('a month, and every client', () => {
  it('covers the calendar month and all meetings when no client is given', () => {
    const d = weekDigest({ ...base, clientId: null, period: 'month', previous: 2, summaries: week() });
    expect([d.start, d.end]).toEqual(['2026-11-01', '2026-12-01']);
    expect(d.meetings).toHaveLength(8);
    expect(d.trend.map((p) => p.start)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01']);
    // Suggestions are about one client's habits.
    expect(d.suggestion).toBeNull();
  });
});

describe('follow-ups', () => {
  it('lists the client’s open ones, from this week and before, oldest first', () => {
    const withFollowUps = week().map((m) =>
      m.id === 'e1'
        ? { ...m, followUps: [{ id: 'f1', text: 'Send the logo files', done: false }] }
        : m.id === 'w'
          ? {
              ...m,
              followUps: [
                { id: 'f2', text: 'Giulia: approve the palette', done: false },
                { id: 'f3', text: 'Done already', done: true },
              ],
            }
          : m,
    );
    const d = weekDigest({ ...base, summaries: withFollowUps });
    expect(d.openFollowUps.map((f) => f.text)).toEqual([
      'Send the logo files',
      'Giulia: approve the palette',
    ]);
  });
});
