import { costOfMs, type Money } from '../money/money';
import { normalizeText } from './history.query';
import type { MeetingSummary } from './meeting.summary';

/** Advice drawn from the meetings that came before: the UI words it; every number is from history. */
export type Suggestion =
  | {
      kind: 'itemBudget';
      item: string;
      overran: number;
      of: number;
      medianOverMs: number;
      plannedSec: number;
      suggestedSec: number;
    }
  | { kind: 'offTopicAverage'; averageMs: number; meetings: number; cost: Money | null }
  | { kind: 'adhocCalls'; count: number; totalMs: number; days: number; cost: Money | null }
  | { kind: 'meetingOverrun'; overran: number; of: number; medianOverMs: number };

const DAY = 86_400_000;
/** Running over by less than this is noise, not a pattern. */
const TOLERANCE_MS = 60_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

export interface SuggestionContext {
  clientId: string | null;
  /** Used to find the same recurring meeting when there is no client. */
  title: string;
  /** Item titles to look at (the meeting's own agenda). */
  items: string[];
  now: number;
}

/**
 * Suggestions for a meeting from its peers — the same client's meetings, or meetings with the same title when there is
 * no client — ended before `now`, newest first. Each one needs a real pattern: at least three occurrences.
 */
export function suggest(ctx: SuggestionContext, history: readonly MeetingSummary[]): Suggestion[] {
  const title = normalizeText(ctx.title);
  const peers = history
    .filter((m) => m.status === 'ended' && m.startedAt !== null && m.startedAt <= ctx.now)
    .filter((m) =>
      ctx.clientId !== null
        ? m.clientId === ctx.clientId
        : m.clientId === null && normalizeText(m.title) === title,
    )
    .sort((a, b) => b.startedAt! - a.startedAt!);
  const out: Suggestion[] = [];
  const last5 = peers.slice(0, 5);

  for (const raw of new Set(ctx.items.map((i) => i.trim()).filter(Boolean))) {
    const key = normalizeText(raw);
    const seen = last5.flatMap((m) => m.items.filter((i) => normalizeText(i.title) === key).slice(0, 1));
    const overs = seen.map((i) => i.actualMs - i.plannedMs).filter((d) => d > TOLERANCE_MS);
    if (seen.length >= 3 && overs.length >= 3) {
      const medianOverMs = median(overs);
      const plannedSec = Math.round(seen[0]!.plannedMs / 1000);
      const suggestedSec = Math.ceil((plannedSec * 1000 + medianOverMs) / 60_000) * 60;
      out.push({
        kind: 'itemBudget',
        item: raw,
        overran: overs.length,
        of: seen.length,
        medianOverMs,
        plannedSec,
        suggestedSec,
      });
    }
  }

  const overruns = last5.map((m) => m.overrunMs).filter((o) => o > TOLERANCE_MS);
  if (last5.length >= 3 && overruns.length >= 3)
    out.push({
      kind: 'meetingOverrun',
      overran: overruns.length,
      of: last5.length,
      medianOverMs: median(overruns),
    });

  const last10 = peers.slice(0, 10);
  if (last10.length >= 3) {
    const averageMs = Math.round(last10.reduce((a, m) => a + m.offTopicMs, 0) / last10.length);
    const rate = last10.find((m) => m.rate)?.rate ?? null;
    if (averageMs >= 3 * 60_000) {
      out.push({
        kind: 'offTopicAverage',
        averageMs,
        meetings: last10.length,
        cost: rate
          ? { amountMinor: costOfMs(averageMs, rate.hourlyRateMinor), currency: rate.currency }
          : null,
      });
    }
  }

  if (ctx.clientId !== null) {
    const recent = peers.filter((m) => m.kind === 'adhoc' && m.startedAt! >= ctx.now - 30 * DAY);
    if (recent.length >= 3) {
      const totalMs = recent.reduce((a, m) => a + m.actualMs, 0);
      const rate = recent.find((m) => m.rate)?.rate ?? null;
      out.push({
        kind: 'adhocCalls',
        count: recent.length,
        totalMs,
        days: 30,
        cost: rate ? { amountMinor: costOfMs(totalMs, rate.hourlyRateMinor), currency: rate.currency } : null,
      });
    }
  }
  return out;
}
