import { currentItem, highestTierFired, isChatSlot, isOpenNudge } from '../meeting/meeting.facts';
import type { FiredNudge, MeetingState } from '../meeting/meeting.state';
import {
  sameSubject,
  subjectKey,
  type NudgeSubject,
  type Situation,
  type Tier,
  type Trigger,
} from '../meeting/meeting.vocabulary';
import type { NudgeRules } from './nudge.rules';
import { own } from '../ids/safe.id';

export interface NudgeCandidate {
  /** `${subjectKey}#${tier}`: fires at most once per meeting. */
  key: string;
  /** What the nudge is about: an off-topic episode, an item, the cap, the chat slot or the ad-hoc call. */
  subject: NudgeSubject;
  trigger: Trigger;
  tier: Tier;
  situation: Situation;
  /** The exact moment it becomes due if the meeting keeps running as it does now. */
  dueAt: number;
}

function tierOf(index: number): Tier {
  return Math.min(index + 1, 3) as Tier;
}

/** The situation whose lines fit this trigger in this meeting. */
export function situationFor(s: MeetingState, trigger: Trigger): Situation {
  switch (trigger) {
    case 'offTopic':
      return s.plan.audience === 'group' ? 'groupDrift' : 'chattyClient';
    case 'itemOverrun':
      // In a hard conversation an overrun is a cue to pause and come back prepared, not to hurry.
      return s.plan.hardTalk ? 'hardTalk' : 'itemOverrun';
    case 'capNear':
      return 'capNear';
    case 'capPassed':
      return 'capPassed';
    case 'chatOverrun':
      return 'chatAtEnd';
    case 'adhocLength':
      return 'adhocCall';
  }
}

/** When the user's snooze on this subject ends (-Infinity when nothing about it is snoozed). */
function snoozedUntil(s: MeetingState, subject: NudgeSubject): number {
  let until = -Infinity;
  for (const n of s.nudges)
    if (isOpenNudge(n) && n.snoozedUntil !== null && sameSubject(n.subject, subject))
      until = Math.max(until, n.snoozedUntil);
  return until;
}

/** Nudges not yet fired whose clock is running now, each with the moment it becomes due. */
export function pendingNudges(s: MeetingState, rules: NudgeRules): NudgeCandidate[] {
  if (s.status !== 'running' || s.startedAt === null || !s.open) return [];
  const out: NudgeCandidate[] = [];
  const add = (
    trigger: Trigger,
    subject: NudgeSubject,
    thresholds: readonly number[],
    dueAt: (th: number) => number,
  ) => {
    const fired = highestTierFired(s, subject);
    const held = snoozedUntil(s, subject);
    thresholds.forEach((th, i) => {
      const tier = tierOf(i);
      if (tier <= fired) return;
      out.push({
        key: `${subjectKey(subject)}#${tier}`,
        subject,
        trigger,
        tier,
        situation: situationFor(s, trigger),
        // A snooze holds every line about this stretch; when it ends the highest tier due fires, once.
        dueAt: Math.max(dueAt(th), held),
      });
    });
  };
  const open = s.open;
  // While running there is no open pause, so meeting time is wall time since start minus closed pauses.
  const meetingZero = s.startedAt + s.pausedMs;

  if (open.kind === 'offTopic') {
    const ep = s.episodes.at(-1)!;
    add(
      'offTopic',
      { kind: 'offTopic', episode: s.episodes.length - 1 },
      rules.offTopic,
      (th) => open.from + th * 1000 - ep.closedMs,
    );
  }
  const item = currentItem(s);
  if (open.kind === 'item' && item) {
    const spent = own(s.itemMs, item.id) ?? 0;
    add(
      'itemOverrun',
      { kind: 'item', itemId: item.id },
      rules.itemOverrun,
      (th) => open.from + (item.budgetSec + th) * 1000 - spent,
    );
  }
  const cap = s.plan.capSec;
  if (cap !== null) {
    // A "10 minutes left" nudge makes no sense in a meeting planned for eight.
    add(
      'capNear',
      { kind: 'capNear' },
      rules.capNear.filter((th) => th < cap),
      (th) => meetingZero + (cap - th) * 1000,
    );
    add('capPassed', { kind: 'capPassed' }, rules.capPassed, (th) => meetingZero + (cap + th) * 1000);
  }
  if (open.kind === 'chat' && s.plan.chatAtEndSec > 0) {
    const chat = s.plan.chatAtEndSec;
    add(
      'chatOverrun',
      { kind: 'chat' },
      rules.chatOverrun,
      (th) => open.from + (chat + th) * 1000 - s.chatMs,
    );
  }
  if (s.plan.kind === 'adhoc')
    add('adhocLength', { kind: 'adhoc' }, rules.adhocLength, (th) => meetingZero + th * 1000);
  return out;
}

/** Nudges due at `now`: per subject only the highest due tier, so a late check never fires a burst. */
export function dueNudges(s: MeetingState, rules: NudgeRules, now: number): NudgeCandidate[] {
  const best = new Map<string, NudgeCandidate>();
  for (const c of pendingNudges(s, rules)) {
    if (c.dueAt > now) continue;
    const key = subjectKey(c.subject);
    const prev = best.get(key);
    if (!prev || c.tier > prev.tier) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * The next moment something about nudges changes (one due, or a snoozed card coming back), or null. Snoozes that
 * ended at or before `after` (default: the latest event) are already visible and do not count.
 */
export function nextNudgeAt(s: MeetingState, rules: NudgeRules, after = s.lastAt): number | null {
  let next = Infinity;
  for (const c of pendingNudges(s, rules)) next = Math.min(next, c.dueAt);
  for (const n of s.nudges) {
    if (isOpenNudge(n) && n.snoozedUntil !== null && n.snoozedUntil > after) {
      next = Math.min(next, n.snoozedUntil);
    }
  }
  return next === Infinity ? null : next;
}

/** Whether a fired nudge still speaks to what is happening. */
export function isRelevant(s: MeetingState, subject: NudgeSubject): boolean {
  if (s.status === 'ended' || s.status === 'planned') return false;
  switch (subject.kind) {
    case 'offTopic':
      return s.offTopic && subject.episode === s.episodes.length - 1;
    case 'item':
      return !s.offTopic && currentItem(s)?.id === subject.itemId;
    case 'chat':
      return !s.offTopic && isChatSlot(s);
    default:
      return true;
  }
}

/** The card to show now: the latest open, relevant, unsnoozed nudge. */
export function visibleNudge(s: MeetingState, now: number): FiredNudge | null {
  for (let i = s.nudges.length - 1; i >= 0; i--) {
    const n = s.nudges[i]!;
    if (!isOpenNudge(n)) continue;
    if (n.snoozedUntil !== null && n.snoozedUntil > now) continue;
    if (isRelevant(s, n.subject)) return n;
  }
  return null;
}
