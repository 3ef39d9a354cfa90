import type { HostCommandOf, HostCommandType, HostResults } from '../../../shared/contract/contract';
import type { calendarCommandSchemas } from '../../../shared/contract/calendar.contract';
import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import type { HostCalendar } from './host.calendar';
import { digest, note, type WeekDeps } from './week.records';

type CalendarCommand = (typeof calendarCommandSchemas)[number]['shape']['type']['value'] & HostCommandType;

export type CalendarHandlers = {
  [T in CalendarCommand]: (cmd: HostCommandOf<T>) => HostResults[T] | Promise<HostResults[T]>;
};

export interface CalendarHandlerDeps extends WeekDeps {
  calendar: HostCalendar;
  now(): number;
  /** Opens a meeting from a plan (refused while one is open). */
  createMeeting(plan: MeetingPlan): string;
}

/** What the calendar and week commands do, in terms of the calendar service, history and the open meeting. */
export function calendarHandlers(d: CalendarHandlerDeps): CalendarHandlers {
  const { calendar } = d;
  return {
    'calendar.subscribe': (c) => calendar.subscribe(c.source),
    'calendar.import': (c) => calendar.importFile(c.name, c.content, c.email),
    'calendar.remove': (c) => ({ removed: calendar.remove(c.sourceId) }),
    'calendar.sync': async (c) => ({ results: await calendar.sync(c.sourceId) }),
    'calendar.upcoming': (c) => calendar.upcoming(c.days),
    'calendar.edit': (c) => ({ meeting: calendar.edit(c.key, c.edits, c.forget) }),
    'calendar.open': (c) => {
      const meetingId = d.createMeeting(calendar.planFor(c.key));
      calendar.attach(c.key, meetingId);
      return { meetingId };
    },
    'calendar.match': (c) => ({ meeting: calendar.match(c.key, c.clientId) }),
    'calendar.template': (c) => ({ template: calendar.template(c.uid) }),
    'calendar.kind': (c) => {
      const v = calendar.covering(d.now(), c.clientId);
      return {
        kind: v ? 'scheduled' : 'adhoc',
        meeting: v ? { key: v.key, title: v.title, start: v.start, end: v.end } : null,
      };
    },
    'week.digest': (c) => digest(d, c),
    'week.note': (c) => note(d, c),
  };
}
