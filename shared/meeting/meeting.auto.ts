import type { Decision, EngineCommand, MeetingCommandType } from './meeting.commands';
import { decide } from './meeting.decide';
import type { MeetingEvent } from './meeting.events';
import type { MeetingLog } from './meeting.log';
import { rebalanceOffer } from './meeting.rebalance';
import type { MeetingState } from './meeting.state';

/** What the engine does on its own. `autoRebalanceMinSec` is the per-item minimum, or null when it is off. */
export interface AutoPolicy {
  autoRebalanceMinSec: number | null;
}

/** Moments an overrun becomes real time taken from the rest of the plan: automatic rebalancing looks then. */
const REBALANCE_AFTER: ReadonlySet<EngineCommand['type']> = new Set<MeetingCommandType>([
  'next',
  'goto',
  'toggleOffTopic',
  'addTime',
]);

/**
 * The rebalance automatic mode applies to `after`: the one the overlay would offer, as its own event (so one undo
 * takes it back), or nothing when it is off or not worth offering.
 */
export function autoRebalance(after: MeetingState, now: number, policy: AutoPolicy): MeetingEvent[] {
  const minItemSec = policy.autoRebalanceMinSec;
  if (minItemSec === null || !rebalanceOffer(after, now, minItemSec)) return [];
  const d = decide(after, { type: 'rebalance', minItemSec }, now);
  return d.ok ? d.events : [];
}

/** A command's events followed by what the engine adds on its own, decided as one batch. */
export function decideWithPolicy(
  log: MeetingLog,
  command: EngineCommand,
  now: number,
  policy: AutoPolicy,
): Decision {
  const d = log.decide(command, now);
  if (!d.ok || !REBALANCE_AFTER.has(command.type)) return d;
  const after = log.preview(d.events);
  // An off-topic episode costs the plan when it ends, not when it starts.
  if (after.offTopic) return d;
  return { ok: true, events: [...d.events, ...autoRebalance(after, now, policy)] };
}
