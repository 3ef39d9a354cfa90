import { autoRebalance, type AutoPolicy } from '../meeting/meeting.auto';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { MeetingLog } from '../meeting/meeting.log';
import type { MeetingState } from '../meeting/meeting.state';
import { subjectKey } from '../meeting/meeting.vocabulary';
import { dueRoundAdvances, roundAdvanceAt } from '../meeting/round.advance';
import type { NudgeRules } from './nudge.rules';
import { dueNudges, nextNudgeAt, type NudgeCandidate } from './nudge.schedule';

/** Chooses the line a nudge about to fire shows (null when no line fits). */
export type LinePicker = (state: MeetingState, candidate: NudgeCandidate) => string | null;

/**
 * What the engine does by itself at `now`: the handovers an automatic round owes, then the events for every nudge
 * due (only the highest tier per subject), then the automatic rebalance that an overrun step calls for. Empty when
 * nothing is due.
 */
export function dueEvents(
  log: MeetingLog,
  rules: NudgeRules,
  now: number,
  pickLine: LinePicker,
  policy: AutoPolicy,
): MeetingEvent[] {
  const handovers = dueRoundAdvances(log.state, now);
  const state = handovers.length > 0 ? log.preview(handovers) : log.state;
  const due = dueNudges(state, rules, now);
  if (due.length === 0) return handovers;
  const fired: MeetingEvent[] = due.map((c) => ({
    type: 'nudgeFired',
    at: now,
    key: c.key,
    subject: subjectKey(c.subject),
    trigger: c.trigger,
    tier: c.tier,
    situation: c.situation,
    lineId: pickLine(state, c),
  }));
  const events = [...handovers, ...fired];
  // Each overrun step (the item past its budget, the end drawing near) is a moment to fit the rest again.
  if (!due.some((c) => c.trigger === 'itemOverrun' || c.trigger === 'capNear')) return events;
  return [...events, ...autoRebalance(log.preview(events), now, policy)];
}

/** The next moment the engine has something to do by itself (a nudge, a snooze ending, a handover), or null. */
export function nextDueAt(s: MeetingState, rules: NudgeRules, after = s.lastAt): number | null {
  const nudge = nextNudgeAt(s, rules, after);
  const handover = roundAdvanceAt(s);
  if (nudge === null) return handover;
  return handover === null ? nudge : Math.min(nudge, handover);
}
