import type { Bucket, FiredNudge, MeetingState } from './meeting.state';
import { sameSubject, type NudgeSubject, type Tier } from './meeting.vocabulary';

/** Facts about a meeting's state that do not depend on the clock, each written once. */

/** Running or paused: the meeting is under way. */
export function isLive(s: Pick<MeetingState, 'status'> | null | undefined): boolean {
  return s?.status === 'running' || s?.status === 'paused';
}

export function isChatSlot(s: MeetingState, position = s.position): boolean {
  return position === s.plan.items.length;
}

/** The current agenda item, or null before start and in the chat slot. */
export function currentItem(s: MeetingState) {
  return isChatSlot(s) ? null : (s.plan.items[s.position] ?? null);
}

/** The bucket wall time flows into right now, or null before start and after end. */
export function runningBucket(s: MeetingState): Bucket | null {
  if (s.status === 'paused') return 'paused';
  if (s.status !== 'running') return null;
  if (s.offTopic) return 'offTopic';
  return isChatSlot(s) ? 'chat' : 'item';
}

/** A fired nudge that was neither dismissed nor replaced by a higher tier. */
export function isOpenNudge(n: FiredNudge): boolean {
  return n.dismissedAt === null && n.supersededAt === null;
}

export function openNudge(s: MeetingState, key: string): FiredNudge | undefined {
  return s.nudges.find((n) => n.key === key && isOpenNudge(n));
}

export function hasOpenNudge(s: MeetingState): boolean {
  return s.nudges.some(isOpenNudge);
}

/** The highest tier already fired about this subject (0 for none): it never fires that tier or a lower one again. */
export function highestTierFired(s: MeetingState, subject: NudgeSubject): Tier | 0 {
  let max: Tier | 0 = 0;
  for (const n of s.nudges) if (n.tier > max && sameSubject(n.subject, subject)) max = n.tier;
  return max;
}

/** The length of the plan as first made: every item's first budget plus the chat slot. */
export function plannedLengthMs(s: MeetingState): number {
  const items = Object.values(s.originalBudgets).reduce((a, b) => a + b, 0);
  return (items + s.originalChatSec) * 1000;
}

/** What the meeting is measured against: its cap when it has one, else its planned length. */
export function scheduledMs(s: MeetingState): number {
  return s.plan.capSec !== null ? s.plan.capSec * 1000 : plannedLengthMs(s);
}

/** Positions a user can be at: items not deferred, plus the chat slot when the meeting has one. */
export function activePositions(s: MeetingState): number[] {
  const out: number[] = [];
  s.plan.items.forEach((item, i) => {
    if (!s.deferred.includes(item.id)) out.push(i);
  });
  if (s.plan.chatAtEndSec > 0) out.push(s.plan.items.length);
  return out;
}

/** Where "next" goes from here, or null at the end of the agenda. */
export function nextPosition(s: MeetingState): number | null {
  return activePositions(s).find((p) => p > s.position) ?? null;
}

/** The first item not deferred, or the chat slot if every item was deferred. */
export function firstActivePosition(s: MeetingState): number {
  const i = s.plan.items.findIndex((item) => !s.deferred.includes(item.id));
  return i === -1 ? s.plan.items.length : i;
}
