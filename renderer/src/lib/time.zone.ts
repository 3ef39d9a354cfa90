/** The zone the user's calendar is in: weeks and dates in reports follow it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
