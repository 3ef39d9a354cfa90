import type { Template } from '../settings/template.schema';
import type { Series } from './calendar.types';
import { standingTemplateId } from './calendar.records';
import { eventPlan } from './event.plan';

/** A recurring event as a template: "Studio Rossi weekly", its agenda from the description, its length as the cap. */
export function templateFromSeries(s: Series, untitled: string): Template {
  const plan = eventPlan(
    {
      title: s.title,
      description: s.description,
      start: 0,
      end: s.durationSec * 1000,
      attendees: s.attendees,
      organizer: s.organizer,
    },
    untitled,
  );
  return {
    id: standingTemplateId(s.uid),
    name: plan.title.slice(0, 100),
    items: plan.items,
    capSec: plan.capSec,
    chatAtEndSec: 0,
    kind: 'scheduled',
    audience: plan.audience,
    participants: [],
    turnLimitSec: null,
  };
}
