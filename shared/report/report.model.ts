import type { Audience, MeetingKind } from '../agenda/agenda.schema';
import { costOfMs, type Money } from '../money/money';
import type { NudgeAction, Situation, Tier, Trigger } from '../meeting/meeting.vocabulary';
import {
  chatElapsedMs,
  clampNow,
  itemElapsedMs,
  meetingElapsedMs,
  offTopicTotalMs,
  pausedTotalMs,
} from '../meeting/meeting.readings';
import { scheduledMs as scheduledMsOf } from '../meeting/meeting.facts';
import type { Bucket, MeetingState } from '../meeting/meeting.state';
import { meetingAirtime, type MeetingAirtime } from './airtime';
import { own } from '../ids/safe.id';
import type { Roster } from '../transcript/name.match';
import { transcriptAirtime, type TranscriptAirtime } from '../transcript/transcript.airtime';

export interface HourlyRate {
  hourlyRateMinor: number;
  currency: string;
}

export interface ReportItem {
  id: string;
  title: string;
  /** Budget as first planned. */
  plannedMs: number;
  /** Budget at the end: after added time and rebalancing. */
  finalBudgetMs: number;
  /** Budget just before a rebalance changed it, when one did. */
  rebalancedFromMs: number | null;
  actualMs: number;
  /** actual − planned: positive is an overrun, negative time to spare. */
  deltaMs: number;
  deferred: boolean;
}

export interface ReportEpisode {
  from: number;
  to: number;
  ms: number;
  itemId: string | null;
  cost: Money | null;
}

export interface ReportSegment {
  kind: Bucket;
  itemId: string | null;
  from: number;
  to: number;
}

export type NudgeOutcome = NudgeAction | 'dismissed' | 'snoozed';

export interface ReportNudge {
  key: string;
  trigger: Trigger;
  situation: Situation;
  tier: Tier;
  firedAt: number;
  lineId: string | null;
  outcomes: NudgeOutcome[];
}

export interface MeetingReport {
  meetingId: string;
  title: string;
  clientId: string | null;
  kind: MeetingKind;
  audience: Audience;
  app: string | null;
  ended: boolean;
  /** Ended by an import of an export taken while it ran: the figures stop at that moment. */
  interrupted: boolean;
  startedAt: number | null;
  endedAt: number | null;
  /** The cap when set, otherwise the planned items plus the chat slot. */
  scheduledMs: number;
  /** Meeting time: start to end without pauses. */
  actualMs: number;
  pausedMs: number;
  onAgendaMs: number;
  offTopicMs: number;
  chatMs: number;
  /** Agenda time as a share of meeting time, 0..1 (0 for a meeting that never ran). */
  onAgendaShare: number;
  /** How far the meeting ran past its schedule (0 when it ended in time). */
  overrunMs: number;
  offTopicCost: Money | null;
  items: ReportItem[];
  episodes: ReportEpisode[];
  timeline: ReportSegment[];
  /** Who spoke how long, as the floor was given; null when it never was. */
  airtime: MeetingAirtime | null;
  nudges: ReportNudge[];
  nudgeCounts: {
    shown: number;
    actedOn: number;
    copied: number;
    typed: number;
    dismissed: number;
    snoozed: number;
  };
  /** Airtime as the call's transcript recorded it, when one was imported. */
  transcript: TranscriptAirtime | null;
}

/** No one to match a transcript's names to (a report without a roster). */
export const NO_ROSTER: Roster = { participants: [], you: null };

/**
 * The post-call report of a session, as of `now` (the end, for an ended one). Pure; money in minor units. `roster`
 * is whom a transcript's names may stand for.
 */
export function buildReport(
  s: MeetingState,
  now: number,
  rate: HourlyRate | null,
  roster: Roster = NO_ROSTER,
): MeetingReport {
  const at = s.endedAt ?? clampNow(s, now);
  const cost = (ms: number): Money | null =>
    rate ? { amountMinor: costOfMs(ms, rate.hourlyRateMinor), currency: rate.currency } : null;
  const items: ReportItem[] = s.plan.items.map((item) => {
    const plannedMs = (own(s.originalBudgets, item.id) ?? item.budgetSec) * 1000;
    const actualMs = itemElapsedMs(s, item.id, at);
    const from = own(s.rebalancedFrom, item.id);
    return {
      id: item.id,
      title: item.title,
      plannedMs,
      finalBudgetMs: item.budgetSec * 1000,
      rebalancedFromMs: from === undefined ? null : from * 1000,
      actualMs,
      deltaMs: actualMs - plannedMs,
      deferred: s.deferred.includes(item.id),
    };
  });
  const timeline: ReportSegment[] = [...s.segments];
  if (s.open) timeline.push({ ...s.open, to: at });
  const episodes: ReportEpisode[] = s.episodes.map((ep, i) => {
    const isLast = i === s.episodes.length - 1;
    const ms = ep.closedMs + (isLast && s.open?.kind === 'offTopic' ? at - s.open.from : 0);
    return { from: ep.from, to: ep.to ?? at, ms, itemId: ep.itemId, cost: cost(ms) };
  });
  const nudges: ReportNudge[] = s.nudges.map((n) => ({
    key: n.key,
    trigger: n.trigger,
    situation: n.situation,
    tier: n.tier,
    firedAt: n.firedAt,
    lineId: n.lineId,
    outcomes: [
      ...n.actions.map((a) => a.action),
      ...(n.snoozedUntil !== null ? (['snoozed'] as const) : []),
      ...(n.dismissedAt !== null ? (['dismissed'] as const) : []),
    ],
  }));
  const count = (o: NudgeOutcome) => nudges.filter((n) => n.outcomes.includes(o)).length;
  const actualMs = meetingElapsedMs(s, at);
  const onAgendaMs = items.reduce((sum, i) => sum + i.actualMs, 0);
  const offTopicMs = offTopicTotalMs(s, at);
  const scheduledMs = scheduledMsOf(s);
  const airtime = meetingAirtime(s, at);
  return {
    meetingId: s.plan.id,
    title: s.plan.title,
    clientId: s.plan.clientId,
    kind: s.plan.kind,
    audience: s.plan.audience,
    app: s.app,
    ended: s.status === 'ended',
    interrupted: s.interrupted,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    scheduledMs,
    actualMs,
    pausedMs: pausedTotalMs(s, at),
    onAgendaMs,
    offTopicMs,
    chatMs: chatElapsedMs(s, at),
    onAgendaShare: actualMs === 0 ? 0 : onAgendaMs / actualMs,
    overrunMs: Math.max(0, actualMs - scheduledMs),
    offTopicCost: cost(offTopicMs),
    items,
    episodes,
    timeline,
    airtime,
    nudges,
    nudgeCounts: {
      shown: nudges.length,
      actedOn: nudges.filter((n) => n.outcomes.some((o) => o === 'copied' || o === 'typed')).length,
      copied: count('copied'),
      typed: count('typed'),
      dismissed: count('dismissed'),
      snoozed: count('snoozed'),
    },
    transcript: s.transcript
      ? transcriptAirtime(
          s.transcript,
          roster,
          { startedAt: s.startedAt, itemIds: s.plan.items.map((i) => i.id), segments: timeline, episodes },
          airtime,
        )
      : null,
  };
}
