import type { AgendaItem, MeetingPlan } from '../agenda/agenda.schema';
import type { MeetingState } from './meeting.state';
import { own } from '../ids/safe.id';

/** An item an earlier meeting deferred, as history offers it. */
export interface CarriedOffer {
  meetingId: string;
  item: Pick<AgendaItem, 'id' | 'title' | 'budgetSec' | 'priority' | 'notes'>;
}

/** A deferred item on a new agenda: it remembers where it came from, so it is offered only once. */
export function carriedItem(offer: CarriedOffer, id: string): AgendaItem {
  return {
    id,
    title: offer.item.title,
    budgetSec: offer.item.budgetSec,
    priority: offer.item.priority,
    ...(offer.item.notes ? { notes: offer.item.notes } : {}),
    carriedFrom: { meetingId: offer.meetingId, itemId: offer.item.id },
  };
}

/**
 * A plan like an earlier meeting's: what was deferred for this client first, then the earlier items that were not
 * deferred, at the budgets first planned (before any rebalance), and the chat slot as first planned.
 */
export function planLike(
  earlier: MeetingState,
  carried: readonly CarriedOffer[],
  id: string,
  newItemId: () => string,
): MeetingPlan {
  const again = earlier.plan.items
    .filter((i) => !earlier.deferred.includes(i.id))
    .map((i): AgendaItem => ({
      id: i.id,
      title: i.title,
      priority: i.priority,
      ...(i.notes ? { notes: i.notes } : {}),
      budgetSec: own(earlier.rebalancedFrom, i.id) ?? i.budgetSec,
    }));
  return {
    ...earlier.plan,
    id,
    chatAtEndSec: earlier.originalChatSec,
    rate: null,
    items: [...carried.map((o) => carriedItem(o, newItemId())), ...again],
  };
}
