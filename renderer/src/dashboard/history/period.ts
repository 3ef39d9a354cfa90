/** Period presets for the history filter, in this computer's local time. */
export const PERIODS = ['all', 'week', 'month', 'last30', 'quarter', 'year', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

const DAY = 86_400_000;

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The [from, to) range of a preset at `now` (custom ranges come from the date inputs). */
export function periodRange(
  p: Period,
  now: Date,
  custom: { from: string; to: string },
): { from?: number; to?: number } {
  const today = startOfDay(now);
  switch (p) {
    case 'all':
      return {};
    case 'week': {
      const monday = new Date(today);
      monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
      return { from: monday.getTime() };
    }
    case 'month':
      return { from: new Date(today.getFullYear(), today.getMonth(), 1).getTime() };
    case 'last30':
      return { from: today.getTime() - 29 * DAY };
    case 'quarter':
      return { from: new Date(today.getFullYear(), today.getMonth() - 2, 1).getTime() };
    case 'year':
      return { from: new Date(today.getFullYear(), 0, 1).getTime() };
    case 'custom': {
      const from = custom.from ? new Date(`${custom.from}T00:00:00`).getTime() : undefined;
      // The "to" day is included: the range ends at the next midnight.
      const to = custom.to ? new Date(`${custom.to}T00:00:00`).getTime() + DAY : undefined;
      return {
        ...(from !== undefined && !Number.isNaN(from) ? { from } : {}),
        ...(to !== undefined && !Number.isNaN(to) ? { to } : {}),
      };
    }
  }
}
