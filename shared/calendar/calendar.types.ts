/** Someone on an event: an attendee or the organizer, as the calendar names them. */
export interface Person {
  /** Lower case, without "mailto:"; null when the calendar gave none. */
  email: string | null;
  name: string | null;
}

/** One meeting a calendar holds: a one-off event, or one occurrence of a recurring one (moved or not). */
export interface Occurrence {
  /** The same occurrence across syncs: the event's UID, and for one of a series its original start. */
  key: string;
  uid: string;
  /** When this occurrence of a series was first meant to start (its RECURRENCE-ID); null for a one-off. */
  recurrenceId: number | null;
  title: string;
  /** Plain text (HTML descriptions are turned into lines). */
  description: string;
  start: number;
  end: number;
  /** The event's own zone, as an IANA name when Tactful knows it. */
  timeZone: string | null;
  organizer: Person | null;
  /** Everyone invited but the organizer and the user. */
  attendees: Person[];
  /** One of a recurring series. */
  recurring: boolean;
}

export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;
/** 0 = Monday … 6 = Sunday, as elsewhere in Tactful. */
export type Weekday = (typeof weekdays)[number];

/** A recurring event: what Tactful offers as the standing call. */
export interface Series {
  uid: string;
  title: string;
  description: string;
  /** DAILY, WEEKLY, MONTHLY…, every `interval`. */
  frequency: string;
  interval: number;
  /** The days it falls on, in its own zone. */
  weekdays: Weekday[];
  /** "10:00", in its own zone. */
  localTime: string;
  timeZone: string | null;
  durationSec: number;
  organizer: Person | null;
  attendees: Person[];
  /** Its next occurrence inside the window, if any. */
  next: number | null;
}

/** Why events were left out, counted. */
export interface SkippedCounts {
  allDay: number;
  cancelled: number;
  declined: number;
  /** Longer than a working day: a conference or a trip, not a meeting. */
  tooLong: number;
  /** Events a CalDAV server sent that could not be read (the rest of the calendar still was). */
  broken: number;
}

/** What one calendar holds for a window of time. */
export interface CalendarRead {
  /** The calendar's own name (X-WR-CALNAME), if it has one. */
  name: string | null;
  /** Events in the file (a series counts once). */
  events: number;
  occurrences: Occurrence[];
  series: Series[];
  skipped: SkippedCounts;
}

export const NO_SKIPS: SkippedCounts = { allDay: 0, cancelled: 0, declined: 0, tooLong: 0, broken: 0 };
