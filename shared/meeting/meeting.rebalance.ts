import type { Priority } from '../agenda/agenda.schema';
import { proportionalShares } from '../agenda/proportional';
import { activePositions, isChatSlot, isLive, scheduledMs } from './meeting.facts';
import { itemElapsedMs, meetingElapsedMs } from './meeting.readings';
import { holdsRoundTurn, isPresent, presentIds } from './meeting.roster';
import type { MeetingState } from './meeting.state';
import { turnItemMs } from './meeting.talk';

export interface RebalanceProposal {
  /** New budget in seconds for every item whose budget changes. */
  budgets: Record<string, number>;
  /** Items to move to the next meeting with this client. */
  deferred: string[];
  /** The new chat-at-end slot, or null when it stays as it is. */
  chatAtEndSec: number | null;
  /** The new time per person of rounds whose turns shrink. */
  perPersonSec: Record<string, number>;
  /** Seconds taken out of what remains of the plan (deferred items included). */
  cutSec: number;
  /** Time left until the target end, in seconds, that the remaining plan now fills. */
  targetSec: number;
  /** How far what remained of the plan ran past that end, in seconds: the time at stake. */
  shortSec: number;
}

interface Part {
  id: string;
  /** Seconds this part still asks for. */
  demand: number;
  /** Seconds it may not go below. */
  floor: number;
  priority: Priority;
  /** Seconds already spent (current item only): its budget is spent + share. */
  spent: number;
  deferrable: boolean;
  /** A round's turns still to come (the current one included), or null for an item that is not a round. */
  turns: RoundTurns | null;
}

interface RoundTurns {
  /** Turns still to come after the current one. */
  waiting: number;
  /** Seconds the current round turn has run, when its speaker is taking it. */
  current: number | null;
  perPersonSec: number;
}

/** A round's turn is never cut below half a minute: shorter is a name, not a turn. */
export const ROUND_MIN_TURN_SEC = 30;

const CHAT = '\u0000chat';
const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2 };

/**
 * When what remains of the plan no longer fits before the meeting's end (its cap, or its planned length when it
 * has none), shrinks the remaining items proportionally, never below `minItemSec` (or an item's own smaller
 * budget), shrinking the chat slot along with them and deferring items (lowest priority, then last first) when even
 * the minimums do not fit. Returns null when nothing needs to change.
 */
export function proposeRebalance(s: MeetingState, now: number, minItemSec: number): RebalanceProposal | null {
  if (!isLive(s) || isChatSlot(s)) return null;
  const targetSec = Math.max(0, Math.floor((scheduledMs(s) - meetingElapsedMs(s, now)) / 1000));
  const parts = remainingParts(s, now, minItemSec);
  const demand = sum(parts.map((p) => p.demand));
  if (demand <= targetSec) return null;

  const deferred = deferUntilFloorsFit(parts, targetSec);
  const kept = parts.filter((p) => !deferred.includes(p.id));
  const shares = proportionalShares(kept, targetSec);

  const budgets: Record<string, number> = {};
  const perPersonSec: Record<string, number> = {};
  let chatAtEndSec: number | null = null;
  kept.forEach((p, i) => {
    const share = shares[i]!;
    if (share === p.demand) return;
    if (p.id === CHAT) chatAtEndSec = share;
    else if (p.turns) {
      const fitted = fitTurns(p.turns, share);
      if (fitted.perPersonSec === p.turns.perPersonSec) return;
      perPersonSec[p.id] = fitted.perPersonSec;
      budgets[p.id] = p.spent + fitted.sec;
    } else budgets[p.id] = p.spent + share;
  });
  // Even the minimums did not fit last time and nothing more can give: there is nothing new to propose.
  if (Object.keys(budgets).length === 0 && deferred.length === 0 && chatAtEndSec === null) return null;
  return {
    budgets,
    deferred,
    chatAtEndSec,
    perPersonSec,
    cutSec: demand - sum(shares),
    targetSec,
    shortSec: demand - targetSec,
  };
}

function remainingParts(s: MeetingState, now: number, minItemSec: number): Part[] {
  const parts: Part[] = [];
  for (const pos of activePositions(s)) {
    if (pos < s.position) continue;
    const item = s.plan.items[pos];
    if (!item) {
      parts.push({
        id: CHAT,
        demand: s.plan.chatAtEndSec,
        floor: 0,
        priority: 'low',
        spent: 0,
        deferrable: false,
        turns: null,
      });
      continue;
    }
    const spent = pos === s.position ? Math.floor(itemElapsedMs(s, item.id, now) / 1000) : 0;
    const floorBudget = Math.min(minItemSec, item.budgetSec);
    const demand = Math.max(0, item.budgetSec - spent);
    const turns = roundTurns(s, pos, now);
    const count = turns ? turns.waiting + (turns.current === null ? 0 : 1) : 0;
    parts.push({
      id: item.id,
      demand,
      floor: turns ? Math.min(demand, count * ROUND_MIN_TURN_SEC) : Math.max(0, floorBudget - spent),
      priority: item.priority,
      spent,
      deferrable: pos !== s.position,
      turns,
    });
  }
  return parts;
}

/** The turns a round still has to give, or null for an item that is not a round (or a round with no turn left). */
function roundTurns(s: MeetingState, pos: number, now: number): RoundTurns | null {
  const item = s.plan.items[pos];
  if (!item?.round) return null;
  const round = s.rounds[item.id];
  const current =
    pos === s.position && holdsRoundTurn(s) ? Math.floor((turnItemMs(s, now) ?? 0) / 1000) : null;
  const waiting = round
    ? round.order.filter((id) => !round.done.includes(id) && isPresent(s, id)).length
    : presentIds(s).length;
  if (waiting === 0 && current === null) return null;
  return { waiting, current, perPersonSec: item.round.perPersonSec };
}

/**
 * The time each person can have so that the rest of a round fits `share` seconds: the current speaker's turn counts
 * from its start, so they keep what they already had. Returns the new time per person and the seconds it takes.
 */
export function fitTurns(t: RoundTurns, share: number): { perPersonSec: number; sec: number } {
  const cur = t.current;
  const needs = (n: number) => (cur === null ? 0 : Math.max(0, n - cur)) + t.waiting * n;
  let n: number;
  if (t.waiting === 0) n = (cur ?? 0) + share;
  else {
    n = Math.floor((share + (cur ?? 0)) / (t.waiting + (cur === null ? 0 : 1)));
    // The current speaker is already past that: only the people waiting share what is left.
    if (cur !== null && n < cur) n = Math.floor(share / t.waiting);
  }
  n = Math.max(1, Math.min(n, t.perPersonSec));
  return { perPersonSec: n, sec: needs(n) };
}

function deferUntilFloorsFit(parts: Part[], targetSec: number): string[] {
  const candidates = parts
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.deferrable)
    .sort((a, b) => PRIORITY_RANK[a.p.priority] - PRIORITY_RANK[b.p.priority] || b.order - a.order);
  const deferred: string[] = [];
  let floors = sum(parts.map((p) => p.floor));
  for (const { p } of candidates) {
    if (floors <= targetSec) break;
    deferred.push(p.id);
    floors -= p.floor;
  }
  return deferred;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Below this, a rebalance is not worth a button (or an automatic change): seconds are noise in a plan. */
export const REBALANCE_WORTH_SEC = 60;

/**
 * The rebalance worth offering now: what remains runs at least a minute past the end. A plan that fills its hour
 * exactly is seconds over as soon as it starts; moving an item out for that would be the tool's fault, not the
 * meeting's.
 */
export function rebalanceOffer(s: MeetingState, now: number, minItemSec: number): RebalanceProposal | null {
  const p = proposeRebalance(s, now, minItemSec);
  return p && p.shortSec >= REBALANCE_WORTH_SEC ? p : null;
}
