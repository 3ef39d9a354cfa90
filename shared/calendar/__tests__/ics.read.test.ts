import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CalendarReadError, readCalendar } from '../ics.read';
import { zonedToEpoch } from '../zone';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const utc = (iso: string) => Date.parse(iso);
const WINDOW = { from: utc('2026-10-01T00:00:00Z'), to: utc('2026-12-01T00:00:00Z') };
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

describe('a Google Calendar export', () => {
  const read = readCalendar(fixture('google.ics'), { ...WINDOW, me: [], timeZone: 'UTC' });
  const weekly = read.occurrences.filter((o) => o.uid.startsWith('5qk1'));

  it('expands the weekly call in Rome time across the end of summer time', () => {
    // 10:00 in Rome is 08:00 UTC in October and 09:00 UTC once the clocks go back on 25 October.
    expect(weekly.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-10-06T08:00:00Z', '2026-10-06T08:45:00Z'],
      ['2026-10-13T08:00:00Z', '2026-10-13T08:45:00Z'],
      ['2026-10-20T08:00:00Z', '2026-10-20T08:45:00Z'],
      ['2026-10-27T09:00:00Z', '2026-10-27T09:45:00Z'],
      // 3 November is an EXDATE; 10 November moved to Wednesday afternoon; 17 November was cancelled.
      ['2026-11-11T14:00:00Z', '2026-11-11T15:00:00Z'],
      ['2026-11-24T09:00:00Z', '2026-11-24T09:45:00Z'],
    ]);
    expect(weekly.every((o) => o.timeZone === 'Europe/Rome' && o.recurring)).toBe(true);
  });

  it('keeps a moved occurrence under its original start, with its own title and description', () => {
    const moved = weekly.find((o) => o.title.includes('moved'))!;
    expect(moved.key).toBe('5qk1b0c2hv7m3r9tq8d6e4f1ag@google.com#2026-11-10T09:00:00.000Z');
    expect(moved.recurrenceId).toBe(utc('2026-11-10T09:00:00Z'));
    expect(moved.description).toBe('Moved: Giulia is travelling on Tuesday.');
  });

  it('turns the HTML description into lines, the list as a list', () => {
    expect(weekly[0]!.description).toBe(
      [
        'Agenda:',
        '- Progress since last week 15m',
        '- Open questions 10m',
        '- Next steps',
        '',
        'Join with Google Meet: https://meet.google.com/abc-defg-hij',
      ].join('\n'),
    );
  });

  it('knows the owner from the calendar name: their declined event and their own address are left out', () => {
    expect(read.name).toBe('marco.bianchi@gmail.com');
    expect(read.occurrences.map((o) => o.title)).not.toContain('Team offsite planning');
    expect(read.skipped).toEqual({ allDay: 1, cancelled: 2, declined: 1, tooLong: 0, broken: 0 });
    expect(weekly[0]!.organizer).toEqual({ email: 'giulia@studiorossi.it', name: 'Giulia Rossi' });
    // The organizer is not repeated among the attendees, and the user is never one.
    expect(weekly[0]!.attendees).toEqual([]);
    const budget = read.occurrences.find((o) => o.title === 'Budget review')!;
    expect(budget.organizer).toBeNull();
    expect(budget.attendees).toEqual([{ email: 'john.carter@acme-corp.com', name: 'John Carter' }]);
  });

  it('offers the recurring event as a standing call: Tuesdays at 10:00 in Rome, 45 minutes', () => {
    expect(read.series).toEqual([
      expect.objectContaining({
        uid: '5qk1b0c2hv7m3r9tq8d6e4f1ag@google.com',
        title: 'Studio Rossi weekly',
        frequency: 'WEEKLY',
        interval: 1,
        weekdays: [1],
        localTime: '10:00',
        timeZone: 'Europe/Rome',
        durationSec: 2700,
        next: utc('2026-10-06T08:00:00Z'),
      }),
    ]);
    expect(read.events).toBe(5);
  });
});

describe('an Outlook (Exchange) export', () => {
  const read = readCalendar(fixture('outlook.ics'), {
    ...WINDOW,
    me: ['tom@weber-design.de'],
    timeZone: 'UTC',
  });

  it('reads Windows zone names through their VTIMEZONE, every other Thursday, with the moved one', () => {
    expect(read.occurrences.map((o) => [o.title, iso(o.start)])).toEqual([
      ['Jour fixe Fahrwerk', '2026-10-22T12:00:00Z'],
      // 5 November is excluded; 19 November moved to Friday morning.
      ['Jour fixe Fahrwerk', '2026-11-20T08:00:00Z'],
    ]);
    expect(read.occurrences[0]!.timeZone).toBe('Europe/Berlin');
    expect(read.series[0]).toMatchObject({
      frequency: 'WEEKLY',
      interval: 2,
      weekdays: [3],
      localTime: '14:00',
    });
  });

  it('leaves rooms out of the attendees, and the all-day holiday and the cancelled workshop out of the meetings', () => {
    expect(read.occurrences[0]!.attendees).toEqual([{ email: 'jan.vogel@fahrwerk.de', name: 'Jan Vogel' }]);
    expect(read.occurrences[0]!.organizer).toEqual({
      email: 'anna.schmidt@fahrwerk.de',
      name: 'Anna Schmidt',
    });
    expect(read.skipped).toMatchObject({ allDay: 1, cancelled: 1 });
  });

  it('keeps the Teams boilerplate in the description (the agenda reader skips it)', () => {
    expect(read.occurrences[0]!.description).toMatch(/^Tagesordnung:\n1\. Stand der Entwürfe \(20 Min\.\)\n/);
    expect(read.occurrences[0]!.description).toContain('Microsoft Teams-Besprechung');
  });
});

describe('an Apple Calendar export', () => {
  const read = readCalendar(fixture('apple.ics'), {
    ...WINDOW,
    me: ['sam@lee.consulting'],
    timeZone: 'Europe/Rome',
  });

  it('follows New York time across the American change, a moved occurrence and a declined one', () => {
    const standup = read.occurrences.filter((o) => o.title === 'Standup with Northwind');
    expect(standup.slice(0, 6).map((o) => iso(o.start))).toEqual([
      '2026-10-26T13:00:00Z',
      '2026-10-28T13:00:00Z',
      // Clocks went back in America on 1 November: 9:00 is now 14:00 UTC.
      '2026-11-02T14:00:00Z',
      '2026-11-04T16:30:00Z',
      '2026-11-09T14:00:00Z',
      // 11 November: declined by the user.
      '2026-11-16T14:00:00Z',
    ]);
    expect(read.skipped).toMatchObject({ declined: 1, allDay: 1 });
    expect(read.series[0]).toMatchObject({
      weekdays: [0, 2],
      localTime: '09:00',
      timeZone: 'America/New_York',
    });
  });

  it('reads a floating time in the user’s zone when the calendar names none', () => {
    const review = read.occurrences.find((o) => o.title === 'Portfolio review')!;
    expect(iso(review.start)).toBe('2026-10-29T15:00:00Z');
  });
});

describe('time zones without a VTIMEZONE', () => {
  const ics = (tzid: string, start: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x1',
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=${tzid}:${start}`,
      'DURATION:PT30M',
      'RRULE:FREQ=DAILY;COUNT=3',
      'SUMMARY:Daily',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');

  it('uses the IANA zone the TZID names, DST included', () => {
    const r = readCalendar(ics('Europe/Rome', '20261024T100000'), { ...WINDOW, me: [], timeZone: 'UTC' });
    expect(r.occurrences.map((o) => iso(o.start))).toEqual([
      '2026-10-24T08:00:00Z',
      '2026-10-25T09:00:00Z',
      '2026-10-26T09:00:00Z',
    ]);
  });

  it('maps Windows names to IANA ones', () => {
    const r = readCalendar(ics('Eastern Standard Time', '20261031T090000'), {
      ...WINDOW,
      me: [],
      timeZone: 'UTC',
    });
    expect(r.occurrences.map((o) => iso(o.start))).toEqual([
      '2026-10-31T13:00:00Z',
      '2026-11-01T14:00:00Z',
      '2026-11-02T14:00:00Z',
    ]);
  });

  it('puts a time in the spring gap after the jump, and one in the autumn hour at its first happening', () => {
    const w = (day: number, month: number, hour: number, minute = 30) => ({
      year: 2026,
      month,
      day,
      hour,
      minute,
      second: 0,
    });
    expect(iso(zonedToEpoch(w(29, 3, 2), 'Europe/Rome'))).toBe('2026-03-29T01:30:00Z');
    expect(iso(zonedToEpoch(w(25, 10, 2), 'Europe/Rome'))).toBe('2026-10-25T00:30:00Z');
    expect(iso(zonedToEpoch(w(25, 10, 4), 'Europe/Rome'))).toBe('2026-10-25T03:30:00Z');
  });
});

describe('long-running series', () => {
  const series = (start: string, rule: string, extra: string[] = []) =>
    [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:long',
      `DTSTART;TZID=Europe/Rome:${start}`,
      'DURATION:PT15M',
      `RRULE:${rule}`,
      ...extra,
      'SUMMARY:Standup',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const opts = { ...WINDOW, me: [], timeZone: 'UTC' };

  it('reaches this month of a daily call that began years ago, in its own time', () => {
    const r = readCalendar(
      series('20150105T091500', 'FREQ=DAILY', ['EXDATE;TZID=Europe/Rome:20261026T091500']),
      opts,
    );
    expect(r.occurrences).toHaveLength(60);
    expect(iso(r.occurrences[0]!.start)).toBe('2026-10-01T07:15:00Z');
    expect(r.occurrences.map((o) => iso(o.start))).not.toContain('2026-10-26T08:15:00Z');
    expect(iso(r.occurrences.at(-1)!.start)).toBe('2026-11-30T08:15:00Z');
  });

  it('keeps the phase of every other week, and of a monthly rule', () => {
    // 7 January 2016 was a Thursday, 280 fortnights before 1 October 2026 (and not 8 October).
    const fortnightly = readCalendar(series('20160107T140000', 'FREQ=WEEKLY;INTERVAL=2'), opts);
    expect(fortnightly.occurrences.map((o) => iso(o.start).slice(0, 10))).toEqual([
      '2026-10-01',
      '2026-10-15',
      '2026-10-29',
      '2026-11-12',
      '2026-11-26',
    ]);
    const monthly = readCalendar(series('20160315T100000', 'FREQ=MONTHLY;BYDAY=3TU'), opts);
    expect(monthly.occurrences.map((o) => iso(o.start).slice(0, 10))).toEqual(['2026-10-20', '2026-11-17']);
  });
});

describe('bad input', () => {
  it('refuses text that is not a calendar, and a broken one, with what was wrong', () => {
    const opts = { ...WINDOW, me: [], timeZone: 'UTC' };
    expect(() => readCalendar('<html>Sign in</html>', opts)).toThrow(CalendarReadError);
    expect(() => readCalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n', opts)).toThrow(
      CalendarReadError,
    );
  });

  it('stops a rule that would go on for ever, and keeps the window', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:every-minute',
      'DTSTART:20000101T000000Z',
      'DURATION:PT1M',
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:Noise',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const r = readCalendar(ics, { ...WINDOW, me: [], timeZone: 'UTC' });
    expect(r.occurrences).toEqual([]);
  });
});
