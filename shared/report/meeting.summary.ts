import type { Audience, MeetingKind, Priority } from '../agenda/agenda.schema';
import type { HourlyRate } from './report.model';
import type { MeetingState, MeetingStatus } from '../meeting/meeting.state';
import type { FollowUp } from '../meeting/meeting.vocabulary';
import type { MeetingReport } from './report.model';
import { own } from '../ids/safe.id';

/** What history needs of a meeting without opening its journal: filters, aggregates, trends and suggestions. */
export interface MeetingSummary {
  id: string;
  title: string;
  clientId: string | null;
  kind: MeetingKind;
  audience: Audience;
  app: string | null;
  status: MeetingStatus;
  /** Ended by an import, not by the user (see MeetingReport.interrupted). */
  interrupted: boolean;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  scheduledMs: number;
  actualMs: number;
  onAgendaMs: number;
  offTopicMs: number;
  chatMs: number;
  pausedMs: number;
  overrunMs: number;
  offTopicCostMinor: number | null;
  currency: string | null;
  items: { title: string; plannedMs: number; actualMs: number }[];
  nudges: { shown: number; actedOn: number };
  /** The client's rate when the meeting was planned (prices ad-hoc calls and off-topic time in aggregates). */
  rate: HourlyRate | null;
  followUps: Pick<FollowUp, 'id' | 'text' | 'done'>[];
  hasNotes: boolean;
  /** Items moved to the next meeting by a rebalance, with the budget they were planned with. */
  deferred: DeferredItem[];
  /** The earlier deferred items this meeting picked up, as "meetingId/itemId". */
  carried: string[];
}

export interface DeferredItem {
  id: string;
  title: string;
  budgetSec: number;
  priority: Priority;
  notes?: string;
}

/** How a deferred item is named across meetings. */
export const carryKey = (meetingId: string, itemId: string) => `${meetingId}/${itemId}`;

export function summarize(
  report: MeetingReport,
  s: Pick<
    MeetingState,
    'status' | 'createdAt' | 'followUps' | 'notes' | 'plan' | 'deferred' | 'rebalancedFrom'
  >,
): MeetingSummary {
  const { status, createdAt } = s;
  return {
    id: report.meetingId,
    title: report.title,
    clientId: report.clientId,
    kind: report.kind,
    audience: report.audience,
    app: report.app,
    status,
    interrupted: report.interrupted,
    createdAt,
    startedAt: report.startedAt,
    endedAt: report.endedAt,
    scheduledMs: report.scheduledMs,
    actualMs: report.actualMs,
    onAgendaMs: report.onAgendaMs,
    offTopicMs: report.offTopicMs,
    chatMs: report.chatMs,
    pausedMs: report.pausedMs,
    overrunMs: report.overrunMs,
    offTopicCostMinor: report.offTopicCost?.amountMinor ?? null,
    currency: report.offTopicCost?.currency ?? null,
    items: report.items.map((i) => ({ title: i.title, plannedMs: i.plannedMs, actualMs: i.actualMs })),
    nudges: { shown: report.nudgeCounts.shown, actedOn: report.nudgeCounts.actedOn },
    rate: s.plan.rate,
    followUps: s.followUps.map(({ id, text, done }) => ({ id, text, done })),
    hasNotes: s.notes.trim() !== '',
    deferred: s.plan.items
      .filter((i) => s.deferred.includes(i.id))
      .map((i) => ({
        id: i.id,
        title: i.title,
        budgetSec: own(s.rebalancedFrom, i.id) ?? i.budgetSec,
        priority: i.priority,
        ...(i.notes ? { notes: i.notes } : {}),
      })),
    carried: s.plan.items.flatMap((i) =>
      i.carriedFrom ? [carryKey(i.carriedFrom.meetingId, i.carriedFrom.itemId)] : [],
    ),
  };
}
