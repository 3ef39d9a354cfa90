import { currentItem, highestTierFired, isChatSlot, isOpenNudge } from '../meeting/meeting.facts';
import { currentRound, holdsRoundTurn, isPresent, presentIds, quietest } from '../meeting/meeting.roster';
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
    case 'turnOverrun':
      return 'turnLong';
    case 'roundTurn':
      return 'roundHandover';
    case 'quiet':
      return 'quietInvite';
    case 'queueNearEnd':
      return 'queueLong';
  }
}

/** The highest tier fired about anyone quiet: those lines come at most three times a meeting, whoever they name. */
function highestQuietTier(s: MeetingState): Tier | 0 {
  let max: Tier | 0 = 0;
  for (const n of s.nudges) if (n.subject.kind === 'quiet' && n.tier > max) max = n.tier;
  return max;
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
    fired: Tier | 0 = highestTierFired(s, subject),
  ) => {
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
  addFacilitatorNudges(s, rules, add, meetingZero);
  return out;
}

type Add = (
  trigger: Trigger,
  subject: NudgeSubject,
  thresholds: readonly number[],
  dueAt: (th: number) => number,
  fired?: Tier | 0,
) => void;

/** A turn running long, a round's turn past its time, someone not heard from, a long speaking list near the end. */
function addFacilitatorNudges(s: MeetingState, rules: NudgeRules, add: Add, meetingZero: number): void {
  const f = s.floor;
  const sp = s.speech;
  const round = currentRound(s);
  if (f && sp && sp.participantId === f.participantId) {
    const turn: NudgeSubject = { kind: 'turn', turn: f.index };
    if (holdsRoundTurn(s)) {
      // An automatic round hands over by itself; one by key asks the facilitator to, in the item's own time.
      const r = round!.item.round;
      if (!r.auto && sp.stretch === `item:${round!.item.id}`)
        add(
          'roundTurn',
          turn,
          rules.roundTurn,
          (th) => sp.from + (r.perPersonSec + th) * 1000 - f.closedItemMs,
        );
    } else if (s.plan.turnLimitSec !== null) {
      const limit = s.plan.turnLimitSec;
      add('turnOverrun', turn, rules.turnOverrun, (th) => sp.from + (limit + th) * 1000 - f.closedMs);
    }
  }
  // In a round everyone gets their turn; off topic or in the chat, nobody is being left out of the agenda.
  const open = s.open!;
  if (s.plan.audience === 'group' && open.kind === 'item' && !round && presentIds(s).length >= 2) {
    const q = quietest(s);
    if (q)
      add(
        'quiet',
        { kind: 'quiet', participantId: q.participantId },
        rules.quiet,
        (th) => meetingZero + q.sinceMs + th * 1000,
        highestQuietTier(s),
      );
  }
  const item = currentItem(s);
  if (open.kind === 'item' && item && s.queue.length >= rules.queueLength) {
    const spent = s.itemMs[item.id] ?? 0;
    add(
      'queueNearEnd',
      { kind: 'queue', itemId: item.id },
      rules.queueNearEnd.filter((th) => th < item.budgetSec),
      (th) => open.from + (item.budgetSec - th) * 1000 - spent,
    );
  }
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
    case 'turn':
      return s.floor?.index === subject.turn;
    case 'quiet':
      return (
        !s.offTopic &&
        isPresent(s, subject.participantId) &&
        (s.talk[subject.participantId]?.turns ?? 0) === 0
      );
    case 'queue':
      return !s.offTopic && currentItem(s)?.id === subject.itemId && s.queue.length >= 2;
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
