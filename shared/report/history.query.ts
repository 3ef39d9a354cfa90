import { z } from 'zod';
import { meetingKinds } from '../agenda/agenda.schema';
import { costOfMs } from '../money/money';
import { addDays, addMonths, localParts } from './local.time';
import type { MeetingSummary } from './meeting.summary';

export const historyFilterSchema = z.object({
  /** A client's meetings; null for meetings without a client; absent for all. */
  clientId: z.string().max(64).nullable().optional(),
  /** Meetings that started at or after `from` and before `to` (epoch ms). */
  from: z.number().int().nonnegative().optional(),
  to: z.number().int().nonnegative().optional(),
  kind: z.enum(meetingKinds).optional(),
  /** Words that must all appear in the title (case and accents ignored). */
  search: z.string().max(200).optional(),
});

export type HistoryFilter = z.infer<typeof historyFilterSchema>;

/** Lower case without accents, so "reunión" finds "Reunion" and "Ședință" finds "sedinta". */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .trim();
}

/** Meetings that happened (started), newest first, matching the filter. */
export function filterMeetings(all: readonly MeetingSummary[], f: HistoryFilter): MeetingSummary[] {
  const words = f.search ? normalizeText(f.search).split(/\s+/).filter(Boolean) : [];
  const out: MeetingSummary[] = [];
  for (const m of all) {
    if (m.startedAt === null) continue;
    if (f.clientId !== undefined && m.clientId !== f.clientId) continue;
    if (f.from !== undefined && m.startedAt < f.from) continue;
    if (f.to !== undefined && m.startedAt >= f.to) continue;
    if (f.kind !== undefined && m.kind !== f.kind) continue;
    if (words.length > 0) {
      const title = normalizeText(m.title);
      if (!words.every((w) => title.includes(w))) continue;
    }
    out.push(m);
  }
  return out.sort((a, b) => b.startedAt! - a.startedAt!);
}

export interface MoneyTotal {
  currency: string;
  amountMinor: number;
}

export interface HistoryAggregate {
  meetings: number;
  totalMs: number;
  onAgendaMs: number;
  offTopicMs: number;
  chatMs: number;
  /** Off-topic time priced at each meeting's rate, per currency (clients may bill in different ones). */
  offTopicCost: MoneyTotal[];
  /** Unscheduled calls: how many, how long, and what that time is worth at the client's rate. */
  adhoc: { meetings: number; totalMs: number; cost: MoneyTotal[] };
  overran: number;
  averageOverrunMs: number;
  nudges: { shown: number; actedOn: number };
  apps: Record<string, number>;
}

function addMoney(totals: Map<string, number>, currency: string, amount: number): void {
  totals.set(currency, (totals.get(currency) ?? 0) + amount);
}

const money = (m: Map<string, number>): MoneyTotal[] =>
  [...m]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => b.amountMinor - a.amountMinor);

/** Totals over a set of meetings, in one pass. */
export function aggregate(meetings: readonly MeetingSummary[]): HistoryAggregate {
  const a = {
    meetings: 0,
    totalMs: 0,
    onAgendaMs: 0,
    offTopicMs: 0,
    chatMs: 0,
    overran: 0,
    overrunSum: 0,
    shown: 0,
    acted: 0,
    adhocN: 0,
    adhocMs: 0,
  };
  const offCost = new Map<string, number>();
  const adhocCost = new Map<string, number>();
  const apps = new Map<string, number>();
  for (const m of meetings) {
    a.meetings++;
    a.totalMs += m.actualMs;
    a.onAgendaMs += m.onAgendaMs;
    a.offTopicMs += m.offTopicMs;
    a.chatMs += m.chatMs;
    a.shown += m.nudges.shown;
    a.acted += m.nudges.actedOn;
    if (m.overrunMs > 0) {
      a.overran++;
      a.overrunSum += m.overrunMs;
    }
    if (m.offTopicCostMinor !== null && m.currency) addMoney(offCost, m.currency, m.offTopicCostMinor);
    if (m.kind === 'adhoc') {
      a.adhocN++;
      a.adhocMs += m.actualMs;
      if (m.rate) addMoney(adhocCost, m.rate.currency, costOfMs(m.actualMs, m.rate.hourlyRateMinor));
    }
    if (m.app) apps.set(m.app, (apps.get(m.app) ?? 0) + 1);
  }
  return {
    meetings: a.meetings,
    totalMs: a.totalMs,
    onAgendaMs: a.onAgendaMs,
    offTopicMs: a.offTopicMs,
    chatMs: a.chatMs,
    offTopicCost: money(offCost),
    adhoc: { meetings: a.adhocN, totalMs: a.adhocMs, cost: money(adhocCost) },
    overran: a.overran,
    averageOverrunMs: a.meetings === 0 ? 0 : Math.round(a.overrunSum / a.meetings),
    nudges: { shown: a.shown, actedOn: a.acted },
    // From a Map: an app named "constructor" or "__proto__" is a count like any other.
    apps: Object.fromEntries(apps),
  };
}

export type TrendBucket = 'week' | 'month';

export interface TrendPoint {
  /** The bucket's first day, "YYYY-MM-DD", in the user's time zone (weeks start on Monday). */
  start: string;
  meetings: number;
  totalMs: number;
  onAgendaMs: number;
  offTopicMs: number;
  adhocMs: number;
}

function bucketStart(at: number, bucket: TrendBucket, timeZone: string): string {
  const p = localParts(at, timeZone);
  const month = `${p.year}-${String(p.month).padStart(2, '0')}`;
  if (bucket === 'month') return `${month}-01`;
  return addDays(`${month}-${String(p.day).padStart(2, '0')}`, -p.weekday);
}

/** Weekly or monthly totals, oldest first, with empty buckets kept so gaps show. */
export function trend(
  meetings: readonly MeetingSummary[],
  bucket: TrendBucket,
  timeZone: string,
): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  for (const m of meetings) {
    if (m.startedAt === null) continue;
    const start = bucketStart(m.startedAt, bucket, timeZone);
    let p = points.get(start);
    if (!p) {
      p = { start, meetings: 0, totalMs: 0, onAgendaMs: 0, offTopicMs: 0, adhocMs: 0 };
      points.set(start, p);
    }
    p.meetings++;
    p.totalMs += m.actualMs;
    p.onAgendaMs += m.onAgendaMs;
    p.offTopicMs += m.offTopicMs;
    if (m.kind === 'adhoc') p.adhocMs += m.actualMs;
  }
  const keys = [...points.keys()].sort();
  if (keys.length === 0) return [];
  const out: TrendPoint[] = [];
  const step = (d: string) => (bucket === 'week' ? addDays(d, 7) : addMonths(d, 1));
  for (let d = keys[0]!; d <= keys.at(-1)!; d = step(d)) {
    out.push(
      points.get(d) ?? { start: d, meetings: 0, totalMs: 0, onAgendaMs: 0, offTopicMs: 0, adhocMs: 0 },
    );
  }
  return out;
}
