import type { HostCommandOf, HostResults } from '../../../shared/contract/contract';
import { noteAddress } from '../../../shared/notes/note.address';
import { statusNote } from '../../../shared/notes/status.note';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import type { Client } from '../../../shared/settings/client.schema';
import { dayStart, weekDigest } from '../../../shared/week/week.digest';
import { HostError } from '../host.error';
import type { HostCalendar } from './host.calendar';

export interface WeekDeps {
  now(): number;
  history: { all(): MeetingSummary[] };
  /** A meeting's notes (from its journal). */
  notesOf(meetingId: string): string;
  client(id: string | null): Client | null;
  calendar: Pick<HostCalendar, 'standingCallFor' | 'nextWith'>;
}

/** The week with a client, in figures, with their standing call and their next meeting. */
export function digest(d: WeekDeps, c: HostCommandOf<'week.digest'>): HostResults['week.digest'] {
  const client = d.client(c.clientId);
  if (c.clientId !== null && !client) throw new HostError('notFound', 'noClient', { id: c.clientId });
  const standing = c.clientId === null ? null : d.calendar.standingCallFor(c.clientId);
  const result = weekDigest({
    summaries: d.history.all(),
    clientId: c.clientId,
    period: c.period,
    date: c.date,
    timeZone: c.timeZone,
    previous: c.previous,
    rate: client?.hourlyRateMinor
      ? { hourlyRateMinor: client.hourlyRateMinor, currency: client.currency }
      : null,
    standingCall: standing ? { weekday: standing.weekdays[0] ?? 0, localTime: standing.localTime } : null,
  });
  return {
    digest: result,
    standingCall: standing,
    next: c.clientId === null ? null : d.calendar.nextWith(c.clientId, d.now()),
  };
}

/** The status note for that week, in the client's language and form of address. */
export function note(d: WeekDeps, c: HostCommandOf<'week.note'>): HostResults['week.note'] {
  const client = d.client(c.clientId);
  if (!client) throw new HostError('notFound', 'noClient', { id: c.clientId });
  const { digest: w } = digest(d, { ...c, type: 'week.digest', previous: 1 });
  if (w.meetings.length === 0) throw new HostError('notFound', 'noMeetingsInPeriod', { client: client.name });
  const byId = new Map(d.history.all().map((m) => [m.id, m]));
  return {
    draft: statusNote({
      to: noteAddress(client),
      timeZone: c.timeZone,
      period: c.period,
      from: w.from,
      until: dayStart(w.end, c.timeZone) - 1,
      meetings: w.meetings.map((m) => ({
        title: m.title,
        startedAt: m.startedAt,
        covered: (byId.get(m.id)?.items ?? []).filter((i) => i.actualMs > 0).map((i) => i.title),
        notes: byId.get(m.id)?.hasNotes ? d.notesOf(m.id) : '',
      })),
      followUps: w.openFollowUps.map((f) => f.text),
      clientNames: [client.name, client.contact].filter((n) => n.trim() !== ''),
      next: d.calendar.nextWith(client.id, d.now())?.start ?? null,
    }),
  };
}
