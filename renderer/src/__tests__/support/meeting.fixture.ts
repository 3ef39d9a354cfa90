import type {
  MeetingSnapshot,
  NudgeLineView,
  RebalanceOfferView,
} from '../../../../shared/contract/contract';
import { MIN, plan, Sim, T0 } from '../../../../e2e/support/sim';
import { roomView } from '../../../../shared/room/room.view';

export { MIN, T0 };

/**
 * A meeting driven by the real engine from T0: "Weekly call", Budget review (10 min) then Launch plan (15 min),
 * capped at an hour unless told otherwise. `sim.view()` is the view the host would push.
 */
export function meeting(
  opts: { capSec?: number | null; items?: { id: string; title: string; budgetSec: number }[] } = {},
) {
  return new Sim(
    plan({
      title: 'Weekly call',
      capSec: opts.capSec === undefined ? 3600 : opts.capSec,
      items: opts.items ?? [
        { id: 'a', title: 'Budget review', budgetSec: 600 },
        { id: 'b', title: 'Launch plan', budgetSec: 900 },
      ],
    }),
    T0,
  );
}

/** The snapshot the host would push at the sim's clock (or none open), with the nudge and offer the test shows. */
export function snapshotOf(
  sim: Sim | null,
  extra: { nudge?: NudgeLineView | null; offer?: RebalanceOfferView | null; at?: number } = {},
): MeetingSnapshot {
  return {
    at: extra.at ?? sim?.now ?? T0,
    view: sim ? sim.view() : null,
    nudge: extra.nudge ?? null,
    offer: extra.offer ?? null,
    room: sim ? roomView(sim.view()) : null,
    flipAt: null,
  };
}

/** A snapshot as it arrives over the wire: a fresh copy of every object, the same content. */
export const overTheWire = (s: MeetingSnapshot): MeetingSnapshot => JSON.parse(JSON.stringify(s));
