import type { TFunction } from 'i18next';
import type { StandingCallView } from '../../../../shared/calendar/calendar.records';
import type { Weekday } from '../../../../shared/calendar/calendar.types';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A Monday (5 January 2026), so that Intl names weekdays 0 = Monday … 6 = Sunday. */
const MONDAY = Date.UTC(2026, 0, 5, 12);

/** The weekday's name in the UI's language ("Tuesday"). */
export function weekdayName(day: Weekday, locale: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    MONDAY + day * 86_400_000,
  );
}

/** "on Tuesdays", as a sentence about a habit says it in the UI's language. */
export const onWeekday = (day: Weekday, t: TFunction) => t(`week.on.${WEEKDAY_KEYS[day]}`);

/** "Every Tuesday and Thursday at 10:00", "Every other Thursday at 14:00", "Every day at 9:15". */
export function ruleText(s: StandingCallView, t: TFunction, locale: string): string {
  const time = s.localTime;
  if (s.frequency === 'DAILY') return t('calendar.daily', { time });
  if (s.frequency === 'MONTHLY') return t('calendar.monthly', { time });
  const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    s.weekdays.map((d) => weekdayName(d, locale)),
  );
  return t(s.interval === 2 ? 'calendar.everyOther' : 'calendar.every', { days, time });
}

/** "Tue 24 Nov, 10:00–10:45" in the UI's language and the user's zone. */
export function slotText(start: number, end: number, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    start,
  );
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.formatRange(start, end)}`;
}

/** When a calendar was synced: "Dec 1, 2026, 12:05 PM" in the UI's language. */
export function syncTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
