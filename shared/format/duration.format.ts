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

/** "1:05" — hours and minutes (rounded to the nearest minute). */
export function hmm(ms: number): string {
  const m = Math.round(ms / 60_000);
  return `${Math.floor(m / 60)}:${pad(m % 60)}`;
}
