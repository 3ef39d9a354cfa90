/** "1 h 20 min", "45 min", "30 s" in a language — for budgets, reports and exports. */
export function humanDuration(ms: number, locale: string): string {
  const totalSec = Math.round(ms / 1000);
  const unit = (unitName: 'hour' | 'minute' | 'second', n: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: unitName, unitDisplay: 'short' }).format(n);
  if (totalSec < 60) return unit('second', totalSec);
  // Round to minutes before splitting, so 59:40 reads "1 hr", never "60 min".
  const totalMin = Math.round(totalSec / 60);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return unit('minute', m);
  return m === 0 ? unit('hour', h) : `${unit('hour', h)} ${unit('minute', m)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "1:05:09" — hours, minutes and seconds, as time trackers want them. */
export function hms(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** "1:05" — hours and minutes (rounded to the nearest minute). */
export function hmm(ms: number): string {
  const m = Math.round(ms / 60_000);
  return `${Math.floor(m / 60)}:${pad(m % 60)}`;
}

/** "1.08" — decimal hours, two places. */
export function decimalHours(ms: number): string {
  return (Math.round(ms / 36_000) / 100).toFixed(2);
}
