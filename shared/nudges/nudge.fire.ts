import { autoRebalance, type AutoPolicy } from '../meeting/meeting.auto';
import type { MeetingEvent } from '../meeting/meeting.events';
import type { MeetingLog } from '../meeting/meeting.log';
import type { MeetingState } from '../meeting/meeting.state';
import { subjectKey } from '../meeting/meeting.vocabulary';
import type { NudgeRules } from './nudge.rules';
import { dueNudges, type NudgeCandidate } from './nudge.schedule';

/** Chooses the line a nudge about to fire shows (null when no line fits). */
export type LinePicker = (state: MeetingState, candidate: NudgeCandidate) => string | null;

/**
 * The events for every nudge due at `now` (only the highest tier per subject), then the automatic rebalance that
 * an overrun step calls for. Empty when nothing is due.
 */
export function dueEvents(
  log: MeetingLog,
  rules: NudgeRules,
  now: number,
  pickLine: LinePicker,
  policy: AutoPolicy,
): MeetingEvent[] {
  const due = dueNudges(log.state, rules, now);
  if (due.length === 0) return [];
  const fired: MeetingEvent[] = due.map((c) => ({
    type: 'nudgeFired',
    at: now,
    key: c.key,
    subject: subjectKey(c.subject),
    trigger: c.trigger,
    tier: c.tier,
    situation: c.situation,
    lineId: pickLine(log.state, c),
  }));
  // Each overrun step (the item past its budget, the end drawing near) is a moment to fit the rest again.
  if (!due.some((c) => c.trigger === 'itemOverrun' || c.trigger === 'capNear')) return fired;
  return [...fired, ...autoRebalance(log.preview(fired), now, policy)];
}
