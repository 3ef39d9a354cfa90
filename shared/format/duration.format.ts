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

/**
 * "1 min 12 s", "1 h 0 min 5 s" → "1 h 5 s": every whole second, for a duration shown beside what it cost, so the
 * two multiply out (see billedSeconds).
 */
export function exactDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const unit = (unitName: 'hour' | 'minute' | 'second', n: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: unitName, unitDisplay: 'short' }).format(n);
  const parts: ['hour' | 'minute' | 'second', number][] = [
    ['hour', Math.floor(total / 3600)],
    ['minute', Math.floor((total % 3600) / 60)],
    ['second', total % 60],
  ];
  const shown = parts.filter(([, n]) => n > 0).map(([u, n]) => unit(u, n));
  return shown.length > 0 ? shown.join(' ') : unit('second', 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "1:05" — hours and minutes (rounded to the nearest minute). */
export function hmm(ms: number): string {
  const m = Math.round(ms / 60_000);
  return `${Math.floor(m / 60)}:${pad(m % 60)}`;
}
