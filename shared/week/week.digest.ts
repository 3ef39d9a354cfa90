import { z } from 'zod';
import type { MeetingKind } from '../agenda/agenda.schema';
import type { Weekday } from '../calendar/calendar.types';
import { zonedToEpoch } from '../calendar/zone';
import { costOfMs } from '../money/money';
import type { MoneyTotal } from '../report/history.query';
import { addDays, addMonths, localParts } from '../report/local.time';
import type { MeetingSummary } from '../report/meeting.summary';
import type { HourlyRate } from '../report/report.model';

export const digestPeriods = ['week', 'month'] as const;
export type DigestPeriod = (typeof digestPeriods)[number];

/** "YYYY-MM-DD". */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'badFormat');

/** One meeting of the period, as the digest lists it. */
export interface DigestMeeting {
  id: string;
  title: string;
  startedAt: number;
  kind: MeetingKind;
  plannedMs: number;
  actualMs: number;
  offTopicMs: number;
  app: string | null;
}

/** One period of the trend. */
export interface DigestPoint {
  start: string;
  meetings: number;
  totalMs: number;
  adhocCount: number;
  adhocMs: number;
  offTopicMs: number;
}

/** A follow-up nobody has ticked off yet. */
export interface OpenFollowUp {
  meetingId: string;
  meetingTitle: string;
  startedAt: number | null;
  id: string;
  text: string;
}

/** What the pattern calls for, if anything; the UI words it in the user's language. */
export type DigestSuggestion =
  /** "9 unscheduled calls this week, 3 h 10 min: propose a standing call on Tuesdays?" */
  | { kind: 'standingCall'; count: number; totalMs: number; weekday: Weekday }
  /** There is a standing call already: gather the unscheduled ones into it. */
  | { kind: 'useStandingCall'; count: number; totalMs: number; weekday: Weekday; localTime: string }
  /** Off-topic time took a large share: a chat slot at the end keeps it in its place. */
  | { kind: 'offTopic'; offTopicMs: number; share: number; cost: MoneyTotal[] };

export interface WeekDigest {
  period: DigestPeriod;
  /** The period's first day and the day after its last, in the user's zone. */
  start: string;
  end: string;
  from: number;
  to: number;
  clientId: string | null;
  meetings: DigestMeeting[];
  totalMs: number;
  onAgendaMs: number;
  offTopicMs: number;
  offTopicCost: MoneyTotal[];
  /** The planned meetings: what they were planned to take, and what they took. */
  scheduled: { count: number; plannedMs: number; actualMs: number };
  /** Unscheduled calls, and what that availability is worth at the client's rate. */
  adhoc: { count: number; totalMs: number; value: MoneyTotal[] };
  openFollowUps: OpenFollowUp[];
  /** The earlier periods and this one, oldest first. */
  trend: DigestPoint[];
  /** This period against the average of the earlier ones (null when there were none with meetings). */
  change: { totalMs: number; adhocCount: number; offTopicMs: number } | null;
  suggestion: DigestSuggestion | null;
}

export interface DigestInput {
  summaries: readonly MeetingSummary[];
  /** One client's meetings, or every meeting (null). */
  clientId: string | null;
  period: DigestPeriod;
  /** Any day of the period: it is moved to the period's first day (Monday, or the 1st). */
  date: string;
  timeZone: string;
  /** How many earlier periods the trend looks back on. */
  previous: number;
  /** The client's rate now: prices meetings planned before a rate was set. */
  rate: HourlyRate | null;
  /** The client's standing call, if the calendar has one. */
  standingCall: { weekday: Weekday; localTime: string } | null;
}

/** Unscheduled calls in a week (or a month) that make a pattern worth a word. */
export const ADHOC_PATTERN = { week: 3, month: 6 } as const;
/** Off-topic time worth a word: this share of the period's time, and at least this much of it. */
const OFF_TOPIC_SHARE = 0.2;
const OFF_TOPIC_MIN_MS = 15 * 60_000;

/** The first day of the period a date is in: its week's Monday, or its month's 1st. */
export function periodStart(date: string, period: DigestPeriod): string {
  if (period === 'month') return `${date.slice(0, 7)}-01`;
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

const nextPeriod = (start: string, period: DigestPeriod, n = 1) =>
  period === 'week' ? addDays(start, 7 * n) : addMonths(start, n);

/** Midnight at the start of a day, in the zone. */
export function dayStart(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedToEpoch({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

function addMoney(totals: Map<string, number>, currency: string, amount: number): void {
  if (amount > 0) totals.set(currency, (totals.get(currency) ?? 0) + amount);
}

const money = (m: Map<string, number>): MoneyTotal[] =>
  [...m]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => b.amountMinor - a.amountMinor);

const emptyPoint = (start: string): DigestPoint => ({
  start,
  meetings: 0,
  totalMs: 0,
  adhocCount: 0,
  adhocMs: 0,
  offTopicMs: 0,
});

/**
 * A week (or a month) with one client, in figures: meetings held, planned against actual, off-topic time and its
 * cost, unscheduled calls and what that availability is worth, follow-ups still open, the trend against earlier
 * periods, and a suggestion when the pattern calls for one. One pass over history.
 */
export function weekDigest(input: DigestInput): WeekDigest {
  const { period, timeZone, clientId } = input;
  const start = periodStart(input.date, period);
  const end = nextPeriod(start, period);
  const first = nextPeriod(start, period, -input.previous);
  const [from, to, since] = [dayStart(start, timeZone), dayStart(end, timeZone), dayStart(first, timeZone)];
  const starts: string[] = [];
  for (let d = first; d <= start; d = nextPeriod(d, period)) starts.push(d);
  const bounds = starts.map((s) => dayStart(s, timeZone));
  const points = starts.map(emptyPoint);

  const meetings: DigestMeeting[] = [];
  const offCost = new Map<string, number>();
  const adhocValue = new Map<string, number>();
  const adhocDays = new Map<Weekday, { count: number; ms: number }>();
  const openFollowUps: OpenFollowUp[] = [];
  const scheduled = { count: 0, plannedMs: 0, actualMs: 0 };
  let onAgendaMs = 0;
  let adhocCount = 0;
  let adhocMs = 0;
  for (const m of input.summaries) {
    if (m.startedAt === null || (clientId !== null && m.clientId !== clientId)) continue;
    if (m.startedAt < to) {
      for (const f of m.followUps)
        if (!f.done)
          openFollowUps.push({
            meetingId: m.id,
            meetingTitle: m.title,
            startedAt: m.startedAt,
            id: f.id,
            text: f.text,
          });
    }
    if (m.startedAt < since || m.startedAt >= to) continue;
    // Which period of the trend: the last start at or before the meeting.
    let i = bounds.length - 1;
    while (i > 0 && bounds[i]! > m.startedAt) i--;
    const p = points[i]!;
    p.meetings++;
    p.totalMs += m.actualMs;
    p.offTopicMs += m.offTopicMs;
    const adhoc = m.kind === 'adhoc';
    if (adhoc) {
      p.adhocCount++;
      p.adhocMs += m.actualMs;
      const wd = localParts(m.startedAt, timeZone).weekday as Weekday;
      const day = adhocDays.get(wd) ?? { count: 0, ms: 0 };
      adhocDays.set(wd, { count: day.count + 1, ms: day.ms + m.actualMs });
    }
    if (m.startedAt < from) continue;
    meetings.push({
      id: m.id,
      title: m.title,
      startedAt: m.startedAt,
      kind: m.kind,
      plannedMs: m.scheduledMs,
      actualMs: m.actualMs,
      offTopicMs: m.offTopicMs,
      app: m.app,
    });
    onAgendaMs += m.onAgendaMs;
    if (m.offTopicCostMinor !== null && m.currency) addMoney(offCost, m.currency, m.offTopicCostMinor);
    const rate = m.rate ?? input.rate;
    if (adhoc) {
      adhocCount++;
      adhocMs += m.actualMs;
      if (rate) addMoney(adhocValue, rate.currency, costOfMs(m.actualMs, rate.hourlyRateMinor));
    } else {
      scheduled.count++;
      scheduled.plannedMs += m.scheduledMs;
      scheduled.actualMs += m.actualMs;
    }
  }
  meetings.sort((a, b) => a.startedAt - b.startedAt);
  openFollowUps.sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  const current = points.at(-1)!;
  const earlier = points.slice(0, -1);
  const busy = earlier.filter((p) => p.meetings > 0);
  const avg = (f: (p: DigestPoint) => number) => earlier.reduce((s, p) => s + f(p), 0) / earlier.length;
  const change =
    busy.length === 0
      ? null
      : {
          totalMs: Math.round(current.totalMs - avg((p) => p.totalMs)),
          adhocCount: Math.round((current.adhocCount - avg((p) => p.adhocCount)) * 10) / 10,
          offTopicMs: Math.round(current.offTopicMs - avg((p) => p.offTopicMs)),
        };
  const digest: WeekDigest = {
    period,
    start,
    end,
    from,
    to,
    clientId,
    meetings,
    totalMs: current.totalMs,
    onAgendaMs,
    offTopicMs: current.offTopicMs,
    offTopicCost: money(offCost),
    scheduled,
    adhoc: { count: adhocCount, totalMs: adhocMs, value: money(adhocValue) },
    openFollowUps,
    trend: points,
    change,
    suggestion: null,
  };
  digest.suggestion = suggestFor(digest, adhocDays, input);
  return digest;
}

/** The weekday unscheduled calls come on most (then the one they take longest on; then the earliest). */
function busiestDay(days: ReadonlyMap<Weekday, { count: number; ms: number }>): Weekday {
  let best: [Weekday, { count: number; ms: number }] | null = null;
  for (const entry of [...days].sort((a, b) => a[0] - b[0])) {
    const [, d] = entry;
    if (!best || d.count > best[1].count || (d.count === best[1].count && d.ms > best[1].ms)) best = entry;
  }
  return best?.[0] ?? 0;
}

function suggestFor(
  d: WeekDigest,
  adhocDays: ReadonlyMap<Weekday, { count: number; ms: number }>,
  input: DigestInput,
): DigestSuggestion | null {
  if (d.clientId !== null && d.adhoc.count >= ADHOC_PATTERN[d.period]) {
    const { count, totalMs } = d.adhoc;
    if (input.standingCall) return { kind: 'useStandingCall', count, totalMs, ...input.standingCall };
    return { kind: 'standingCall', count, totalMs, weekday: busiestDay(adhocDays) };
  }
  if (d.totalMs > 0 && d.offTopicMs >= OFF_TOPIC_MIN_MS && d.offTopicMs / d.totalMs >= OFF_TOPIC_SHARE)
    return {
      kind: 'offTopic',
      offTopicMs: d.offTopicMs,
      share: Math.round((d.offTopicMs / d.totalMs) * 100) / 100,
      cost: d.offTopicCost,
    };
  return null;
}
