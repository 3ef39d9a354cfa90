import { meetingPlanSchema } from '../../../../shared/agenda/agenda.schema';
import { applyInPlace, initialState } from '../../../../shared/meeting/meeting.apply';
import type { MeetingEvent } from '../../../../shared/meeting/meeting.events';
import type { MeetingState } from '../../../../shared/meeting/meeting.state';

export const T0 = 1_790_000_000_000;

/** A meeting as the host would send it: planned at T0, then the given events. */
export function sessionAt(
  events: Omit<MeetingEvent, 'at'>[] = [],
  opts: { capSec?: number | null } = {},
): MeetingState {
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
  events.forEach((e, i) => applyInPlace(s, { ...e, at: T0 + i } as MeetingEvent));
  return s;
}
