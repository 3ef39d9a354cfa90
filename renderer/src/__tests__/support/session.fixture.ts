import { meetingPlanSchema } from '../../../../shared/agenda/agenda.schema';
import { applyInPlace, initialState } from '../../../../shared/session/session.apply';
import type { SessionEvent } from '../../../../shared/session/session.events';
import type { SessionState } from '../../../../shared/session/session.state';

export const T0 = 1_790_000_000_000;

/** A meeting as the host would send it: planned at T0, then the given events. */
export function sessionAt(
  events: Omit<SessionEvent, 'at'>[] = [],
  opts: { capSec?: number | null } = {},
): SessionState {
  const plan = meetingPlanSchema.parse({
    id: 'm1',
    title: 'Weekly call',
    capSec: opts.capSec ?? 3600,
    items: [
      { id: 'a', title: 'Budget review', budgetSec: 600 },
      { id: 'b', title: 'Launch plan', budgetSec: 900 },
    ],
  });
  const s = initialState(plan, T0);
  events.forEach((e, i) => applyInPlace(s, { ...e, at: T0 + i } as SessionEvent));
  return s;
}
