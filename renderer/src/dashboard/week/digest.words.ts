import type { TFunction } from 'i18next';
import type { WeekDigest } from '../../../../shared/week/week.digest';
import { formatTotals } from '../../format/money';
import { humanDuration } from '../../format/time';
import { onWeekday } from '../calendar/calendar.format';

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "November 16 – 22" for a week, "November 2026" for a month, in the UI's language. */
export function rangeText(d: Pick<WeekDigest, 'period' | 'start' | 'end'>, locale: string): string {
  if (d.period === 'month')
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      noon(d.start),
    );
  const last = new Date(noon(d.end).getTime() - 86_400_000);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
    noon(d.start),
    last,
  );
}

/** "this week", or "during November 16 – 22" for another one. */
export function whenText(d: WeekDigest, t: TFunction, locale: string, today: string): string {
  if (today >= d.start && today < d.end)
    return d.period === 'week' ? t('week.thisWeek') : t('week.thisMonth');
  return t(d.period === 'week' ? 'week.inWeek' : 'week.inMonth', { range: rangeText(d, locale) });
}

/** The suggestion the pattern calls for, in words ("9 unscheduled calls this week, 3 h 10 min: …"). */
export function suggestionText(d: WeekDigest, t: TFunction, locale: string, today: string): string | null {
  const s = d.suggestion;
  if (!s) return null;
  const when = whenText(d, t, locale, today);
  const dur = (ms: number) => humanDuration(ms, locale);
  switch (s.kind) {
    case 'standingCall':
      return t('week.suggestion.standingCall', {
        count: s.count,
        when,
        total: dur(s.totalMs),
        on: onWeekday(s.weekday, t),
      });
    case 'useStandingCall':
      return t('week.suggestion.useStandingCall', {
        count: s.count,
        when,
        total: dur(s.totalMs),
        on: onWeekday(s.weekday, t),
        time: s.localTime,
      });
    case 'offTopic': {
      const share = new Intl.NumberFormat(locale, { style: 'percent' }).format(s.share);
      const cost = formatTotals(s.cost, locale);
      return cost
        ? t('week.suggestion.offTopicCost', { share, when, total: dur(s.offTopicMs), cost })
        : t('week.suggestion.offTopic', { share, when, total: dur(s.offTopicMs) });
    }
  }
}

/** "+1 h 25 min against the average before", as a sentence. */
export function changeText(d: WeekDigest, t: TFunction, locale: string): string[] {
  if (!d.change) return [];
  const out: string[] = [];
  const ms = d.change.totalMs;
  if (Math.abs(ms) < 5 * 60_000) out.push(t('week.same'));
  else out.push(t(ms > 0 ? 'week.more' : 'week.less', { value: humanDuration(Math.abs(ms), locale) }));
  const n = d.change.adhocCount;
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(n));
  if (n >= 0.5) out.push(t('week.adhocMore', { value: count }));
  else if (n <= -0.5) out.push(t('week.adhocLess', { value: count }));
  return out;
}
