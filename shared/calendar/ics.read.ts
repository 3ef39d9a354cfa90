import ICAL from 'ical.js';
import { MAX_DURATION_SEC } from '../agenda/agenda.schema';
import {
  NO_SKIPS,
  type CalendarRead,
  type Occurrence,
  type Person,
  type Series,
  type Weekday,
} from './calendar.types';
import { descriptionText, emailOf } from './ics.text';
import { ianaZone, zonedToEpoch } from './zone';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** A calendar that cannot be read, with what was wrong (in English, for the error's parameters and the log). */
export class CalendarReadError extends Error {}

export interface ReadOptions {
  /** Occurrences that end after `from` and start before `to` are read. */
  from: number;
  to: number;
  /** The user's own addresses: events they declined are left out, and they are never an attendee. */
  me: readonly string[];
  /** Times without a zone ("floating") are read in the calendar's zone, else in this one. */
  timeZone: string;
}

/** Steps through one series at most; a rule that would go on (every minute, for years) is cut there. */
const MAX_STEPS = 5_000;
const DAY = 86_400_000;
/** Iterating starts this long before the window, so an occurrence moved into it from a little earlier is seen. */
const LEAD_MS = 35 * DAY;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The TZID a time was written with, or null for UTC and floating times. */
function tzidOf(t: Time): string | null {
  const zone = t.zone?.tzid;
  if (zone && zone !== 'floating' && zone !== 'UTC') return zone;
  return (t as Time & { timezone?: string }).timezone ?? null;
}

interface ZoneContext {
  /** IANA names for the VTIMEZONEs in this calendar (from X-LIC-LOCATION, or the TZID itself). */
  iana: Map<string, string>;
  /** The calendar's zone (X-WR-TIMEZONE), or the user's. */
  fallback: string;
}

/**
 * When a time happens. ical.js converts times whose VTIMEZONE the calendar carries; a TZID without one
 * ("Europe/Rome" as some exporters write it, or a Windows name) is converted with the zone Tactful knows by that
 * name; a floating time is read in the calendar's zone.
 */
function epochOf(t: Time, ctx: ZoneContext, seriesTzid: string | null): number {
  const zone = t.zone?.tzid;
  if (zone === 'UTC' || (zone && zone !== 'floating')) return t.toUnixTime() * 1000;
  const tzid = tzidOf(t) ?? seriesTzid;
  const tz = (tzid && (ctx.iana.get(tzid) ?? ianaZone(tzid))) || ctx.fallback;
  return zonedToEpoch(t, tz);
}

function zoneName(t: Time, ctx: ZoneContext): string | null {
  const tzid = tzidOf(t);
  if (tzid) return ctx.iana.get(tzid) ?? ianaZone(tzid);
  return t.zone?.tzid === 'UTC' ? 'UTC' : ctx.fallback;
}

function person(p: Property | null): Person | null {
  if (!p) return null;
  const email = emailOf(p.getFirstValue());
  const cn = p.getFirstParameter('cn');
  const name = typeof cn === 'string' && cn.trim() && emailOf(cn) === null ? cn.trim() : null;
  return email || name ? { email, name } : null;
}

interface People {
  organizer: Person | null;
  attendees: Person[];
  declinedByMe: boolean;
}

function peopleOf(c: Component, me: ReadonlySet<string>): People {
  const organizer = person(c.getFirstProperty('organizer'));
  const attendees: Person[] = [];
  let declinedByMe = false;
  for (const p of c.getAllProperties('attendee')) {
    const who = person(p);
    if (!who) continue;
    const cutype = String(p.getFirstParameter('cutype') ?? '').toUpperCase();
    if (cutype === 'ROOM' || cutype === 'RESOURCE') continue;
    if (who.email && me.has(who.email)) {
      if (String(p.getFirstParameter('partstat') ?? '').toUpperCase() === 'DECLINED') declinedByMe = true;
      continue;
    }
    if (who.email && who.email === organizer?.email) continue;
    attendees.push(who);
  }
  // The user's own events list the user as organizer: they are not someone the meeting is with.
  const mine = organizer?.email && me.has(organizer.email);
  return { organizer: mine ? null : organizer, attendees, declinedByMe };
}

const isCancelled = (c: Component) => text(c.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED';

const ICAL_WEEKDAYS: Record<string, Weekday> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
const pad = (n: number) => String(n).padStart(2, '0');

/** Sorting out one file: counting what it leaves out, and collecting what it holds. */
class Reader {
  readonly occurrences: Occurrence[] = [];
  readonly series: Series[] = [];
  readonly skipped = { ...NO_SKIPS };
  events = 0;

  constructor(
    private readonly o: ReadOptions,
    private readonly me: ReadonlySet<string>,
    private readonly ctx: ZoneContext,
  ) {}

  /** One event (a one-off, a series' occurrence, or a moved occurrence): kept if it is a meeting in the window. */
  private add(item: Component, start: Time, end: Time, rid: Time | null, master: Time | null): boolean {
    if (isCancelled(item)) return (void this.skipped.cancelled++, false);
    if (start.isDate) return (void this.skipped.allDay++, false);
    const seriesTzid = master ? tzidOf(master) : null;
    const from = epochOf(start, this.ctx, seriesTzid);
    const to = Math.max(from, epochOf(end, this.ctx, seriesTzid));
    if (to - from > MAX_DURATION_SEC * 1000) return (void this.skipped.tooLong++, false);
    if (to <= this.o.from || from >= this.o.to) return false;
    const people = peopleOf(item, this.me);
    if (people.declinedByMe) return (void this.skipped.declined++, false);
    const uid = text(item.getFirstPropertyValue('uid'));
    const recurrenceId = rid ? epochOf(rid, this.ctx, seriesTzid) : null;
    this.occurrences.push({
      key: recurrenceId === null ? uid : `${uid}#${new Date(recurrenceId).toISOString()}`,
      uid,
      recurrenceId,
      title: text(item.getFirstPropertyValue('summary')).trim(),
      description: descriptionText(text(item.getFirstPropertyValue('description'))),
      start: from,
      end: to,
      timeZone: zoneName(start, this.ctx),
      organizer: people.organizer,
      attendees: people.attendees,
      recurring: master !== null,
    });
    return true;
  }

  /** The events sharing one UID: the series (or one-off) and its moved or changed occurrences. */
  group(items: Component[]): void {
    const master = items.find((c) => !c.hasProperty('recurrence-id')) ?? null;
    const exceptions = items.filter((c) => c !== master);
    if (!master) {
      // Occurrences whose series is not in this file (an invitation to one of them): each stands alone.
      for (const e of exceptions) {
        this.events++;
        const ev = new ICAL.Event(e);
        this.add(e, ev.startDate, ev.endDate, ev.recurrenceId, ev.startDate);
      }
      return;
    }
    this.events++;
    // Its own exceptions only: left to itself, ical.js relates every exception in the file (a scan per event).
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions: exceptions });
    const start = event.startDate;
    if (!start)
      throw new CalendarReadError(`the event "${text(master.getFirstPropertyValue('uid'))}" has no start`);
    if (start.isDate) return void this.skipped.allDay++;
    if (isCancelled(master)) return void this.skipped.cancelled++;
    if (!event.isRecurring()) {
      this.add(master, start, event.endDate, null, null);
      return;
    }
    this.expand(event, master);
  }

  /**
   * Where to start stepping through a long-running series: a daily call since 2015 would take thousands of steps to
   * reach this month. Moving the start by whole periods (days, weeks, months or years, times the interval) keeps
   * the rule's phase, so the occurrences are the same; a rule that counts its occurrences must start at the start.
   */
  private iteratorStart(event: Event, rule: InstanceType<typeof ICAL.Recur> | null): Time | undefined {
    const start = event.startDate;
    if (!rule || rule.isByCount()) return undefined;
    const ahead = this.o.from - LEAD_MS - epochOf(start, this.ctx, null);
    if (ahead <= 0) return undefined;
    const interval = Math.max(1, rule.interval || 1);
    const t = start.clone();
    const days = ahead / DAY;
    switch (rule.freq) {
      case 'DAILY':
      case 'WEEKLY': {
        const period = (rule.freq === 'DAILY' ? 1 : 7) * interval;
        t.adjust(Math.floor(days / period) * period, 0, 0, 0);
        return t;
      }
      case 'MONTHLY':
      case 'YEARLY': {
        // The 29th to the 31st do not exist in every month (nor 29 February in every year).
        if (start.day > 28) return undefined;
        const months = (rule.freq === 'MONTHLY' ? 1 : 12) * interval;
        const shift = Math.floor(days / 31 / months) * months;
        t.month += shift % 12;
        t.year += Math.floor(shift / 12);
        if (t.month > 12) {
          t.month -= 12;
          t.year += 1;
        }
        return t;
      }
      default:
        return undefined;
    }
  }

  private expand(event: Event, master: Component): void {
    const rule = master.getFirstPropertyValue('rrule');
    const it = event.iterator(this.iteratorStart(event, rule instanceof ICAL.Recur ? rule : null));
    const seriesTzid = tzidOf(event.startDate);
    let next: Time | null;
    let first: number | null = null;
    // A moved occurrence can come into the window from a little after it: look a week further.
    const until = this.o.to + 7 * DAY;
    // Every hour, minute or second is not a meeting: such a rule gets few steps.
    const subDaily = rule instanceof ICAL.Recur && ['HOURLY', 'MINUTELY', 'SECONDLY'].includes(rule.freq);
    const max = subDaily ? MAX_STEPS / 10 : MAX_STEPS;
    for (let steps = 0; steps < max && (next = it.next()); steps++) {
      if (epochOf(next, this.ctx, seriesTzid) >= until) break;
      const d = event.getOccurrenceDetails(next);
      const kept = this.add(d.item.component, d.startDate, d.endDate, d.recurrenceId, event.startDate);
      if (kept && first === null) first = this.occurrences.at(-1)!.start;
    }
    if (first !== null) this.series.push(this.describe(event, master, first));
  }

  private describe(event: Event, master: Component, next: number): Series {
    const rule = master.getFirstPropertyValue('rrule');
    const parts = rule instanceof ICAL.Recur ? rule : null;
    const start = event.startDate;
    const byDay = (parts?.getComponent('byday') ?? []) as string[];
    const days = byDay
      .map((d) => ICAL_WEEKDAYS[String(d).slice(-2).toUpperCase()])
      .filter((d): d is Weekday => d !== undefined);
    const people = peopleOf(master, this.me);
    return {
      uid: event.uid,
      title: event.summary?.trim() ?? '',
      description: descriptionText(text(event.description)),
      frequency: parts?.freq ?? 'WEEKLY',
      interval: parts?.interval ?? 1,
      // ical.js counts Sunday as 1.
      weekdays: days.length > 0 ? [...new Set(days)].sort() : [((start.dayOfWeek() + 5) % 7) as Weekday],
      localTime: `${pad(start.hour)}:${pad(start.minute)}`,
      timeZone: zoneName(start, this.ctx),
      durationSec: Math.round(event.duration.toSeconds()),
      organizer: people.organizer,
      attendees: people.attendees,
      next,
    };
  }
}

function parseComponents(source: string): Component[] {
  const trimmed = source.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(trimmed))
    throw new CalendarReadError('it does not start with BEGIN:VCALENDAR');
  let jcal: unknown;
  try {
    jcal = ICAL.parse(trimmed);
  } catch (e) {
    throw new CalendarReadError((e as Error).message);
  }
  // Several calendars in one file parse as a list of them.
  const list = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[][]) : [jcal as unknown[]];
  return list.map((j) => new ICAL.Component(j));
}

/**
 * The meetings a calendar holds for a window of time: recurring events expanded in their own zone (VTIMEZONE, DST
 * included) with their exceptions (EXDATE, moved or changed occurrences), and all-day, cancelled and declined events
 * left out (and counted). Throws a CalendarReadError for text that is not a calendar.
 */
export function readCalendar(source: string, o: ReadOptions): CalendarRead {
  const calendars = parseComponents(source);
  const registered: string[] = [];
  let name: string | null = null;
  try {
    const me = new Set(o.me.map((m) => m.toLowerCase()));
    const iana = new Map<string, string>();
    let fallback = o.timeZone;
    for (const cal of calendars) {
      if (cal.name !== 'vcalendar')
        throw new CalendarReadError(`a ${cal.name.toUpperCase()} is not a calendar`);
      name ??= text(cal.getFirstPropertyValue('x-wr-calname')).trim() || null;
      fallback = ianaZone(text(cal.getFirstPropertyValue('x-wr-timezone'))) ?? fallback;
      for (const vtz of cal.getAllSubcomponents('vtimezone')) {
        const tzid = text(vtz.getFirstPropertyValue('tzid'));
        if (!tzid) continue;
        ICAL.TimezoneService.register(vtz);
        registered.push(tzid);
        const zone = ianaZone(text(vtz.getFirstPropertyValue('x-lic-location'))) ?? ianaZone(tzid);
        if (zone) iana.set(tzid, zone);
      }
    }
    // A Google export names its owner: their answers are the user's.
    if (name && emailOf(name)) me.add(emailOf(name)!);
    const reader = new Reader(o, me, { iana, fallback });
    for (const cal of calendars) {
      const byUid = new Map<string, Component[]>();
      for (const ev of cal.getAllSubcomponents('vevent')) {
        const uid = text(ev.getFirstPropertyValue('uid')) || `no-uid-${byUid.size}`;
        const list = byUid.get(uid);
        if (list) list.push(ev);
        else byUid.set(uid, [ev]);
      }
      for (const items of byUid.values()) reader.group(items);
    }
    reader.occurrences.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
    return {
      name,
      events: reader.events,
      occurrences: reader.occurrences,
      series: reader.series,
      skipped: reader.skipped,
    };
  } catch (e) {
    if (e instanceof CalendarReadError) throw e;
    throw new CalendarReadError((e as Error).message);
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}
