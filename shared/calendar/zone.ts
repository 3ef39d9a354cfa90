import { isTimeZone, localParts } from '../report/local.time';

/**
 * Windows time-zone names (what Outlook and Exchange write as TZID) for the zones Tactful's users live in, as IANA
 * names. Outlook always sends a VTIMEZONE with them, which is read first; this only helps when one is missing.
 */
const WINDOWS_ZONES: Record<string, string> = {
  UTC: 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kyiv',
  'Russian Standard Time': 'Europe/Moscow',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'India Standard Time': 'Asia/Kolkata',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
};

const known = new Map<string, string | null>();

/** An IANA zone for a TZID as calendars write it ("Europe/Rome", "W. Europe Standard Time", "/mozilla.org/…/Europe/Rome"), or null. */
export function ianaZone(tzid: string | null | undefined): string | null {
  if (!tzid) return null;
  // Asking Intl whether it knows a zone builds a formatter: once per name is enough.
  if (!known.has(tzid)) {
    if (known.size > 1000) known.clear();
    known.set(tzid, lookUp(tzid));
  }
  return known.get(tzid)!;
}

function lookUp(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name]!;
  if (isTimeZone(name) && name.includes('/')) return name;
  // Old Mozilla and Evolution exports prefix the zone with a path.
  const tail = /([A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)$/.exec(name)?.[1];
  if (tail && isTimeZone(tail)) return tail;
  return name === 'UTC' || name === 'GMT' || name === 'Z' ? 'UTC' : null;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const wallOf = (at: number, timeZone: string): number => {
  const p = localParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
};

const DAY = 86_400_000;

/**
 * The moment a wall-clock time happens in a zone. Zones change offset at most a few times a year, so the offsets a
 * day before and a day after are the only candidates. A time that happens twice (the autumn hour) is the first of
 * the two; one that does not exist (the spring gap) uses the offset from before the gap, as RFC 5545 says.
 */
export function zonedToEpoch(w: WallTime, timeZone: string): number {
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const before = wall - (wallOf(wall - DAY, timeZone) - (wall - DAY));
  const after = wall - (wallOf(wall + DAY, timeZone) - (wall + DAY));
  const real = [before, after].filter((t) => wallOf(t, timeZone) === wall);
  return real.length > 0 ? Math.min(...real) : before;
}
