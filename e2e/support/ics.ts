/** Builds calendars for tests as a calendar app writes them: CRLF lines, folded at 75 octets, UTC times. */

export interface IcsPerson {
  email: string;
  name?: string;
  partstat?: 'ACCEPTED' | 'DECLINED' | 'NEEDS-ACTION' | 'TENTATIVE';
}

export interface IcsEvent {
  uid: string;
  title: string;
  start: number;
  minutes: number;
  description?: string;
  organizer?: IcsPerson;
  attendees?: IcsPerson[];
  status?: 'CONFIRMED' | 'CANCELLED';
  allDay?: boolean;
  rrule?: string;
  /** For a moved or changed occurrence of a series: its original start. */
  recurrenceId?: number;
  sequence?: number;
}

const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
const escape = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (Buffer.byteLength(cur + ch) > (out.length === 0 ? 75 : 74)) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const person = (kind: 'ORGANIZER' | 'ATTENDEE', p: IcsPerson) =>
  kind === 'ORGANIZER'
    ? `ORGANIZER;CN=${p.name ?? p.email}:mailto:${p.email}`
    : `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${p.partstat ?? 'ACCEPTED'};CN=${p.name ?? p.email};X-NUM-GUESTS=0:mailto:${p.email}`;

export function vevent(e: IcsEvent): string[] {
  return [
    'BEGIN:VEVENT',
    e.allDay ? `DTSTART;VALUE=DATE:${date(e.start)}` : `DTSTART:${utc(e.start)}`,
    e.allDay
      ? `DTEND;VALUE=DATE:${date(e.start + 86_400_000)}`
      : `DTEND:${utc(e.start + e.minutes * 60_000)}`,
    ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
    ...(e.recurrenceId !== undefined ? [`RECURRENCE-ID:${utc(e.recurrenceId)}`] : []),
    'DTSTAMP:20261101T090000Z',
    ...(e.organizer ? [person('ORGANIZER', e.organizer)] : []),
    `UID:${e.uid}`,
    ...(e.attendees ?? []).map((a) => person('ATTENDEE', a)),
    `DESCRIPTION:${escape(e.description ?? '')}`,
    `SEQUENCE:${e.sequence ?? 0}`,
    `STATUS:${e.status ?? 'CONFIRMED'}`,
    `SUMMARY:${escape(e.title)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

export function vcalendar(events: readonly IcsEvent[], name?: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${name}`] : []),
    ...events.flatMap(vevent),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A calendar of `count` one-off meetings spread over the year around `now` (a busy consultant's ten years, say). */
export function bigCalendar(count: number, now: number, spreadDays = 730): string {
  const events: IcsEvent[] = [];
  const day = 86_400_000;
  for (let i = 0; i < count; i++) {
    const offset = Math.floor((i / count) * spreadDays) - spreadDays / 2;
    const start = now + offset * day + ((i * 37) % 9) * 3_600_000;
    events.push({
      uid: `bulk-${i}@tactful.test`,
      title: `Meeting ${i}`,
      start,
      minutes: 30 + (i % 4) * 15,
      description: i % 3 === 0 ? '- Status 10m\n- Questions 10m\n- Next steps' : '',
      attendees: [{ email: `person${i % 50}@client${i % 7}.example`, name: `Person ${i % 50}` }],
    });
  }
  return vcalendar(events, 'Busy');
}
