import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, localDate, localParts, localTime } from '../local.time';

/** What Intl says, the slow way: the reference the cached offsets must agree with. */
function intlParts(at: number, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!),
  };
}

// Zones with DST both ways, half- and quarter-hour offsets, a 30-minute DST shift, and none at all.
const zones = [
  'Europe/Rome',
  'Europe/Bucharest',
  'Europe/Moscow',
  'Asia/Ho_Chi_Minh',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];

describe('localParts', () => {
  it('agrees with Intl at any instant in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 946_684_800_000, max: 2_524_608_000_000 }),
        fc.constantFrom(...zones),
        (at, zone) => {
          expect(localParts(at, zone)).toEqual(intlParts(at, zone));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('is right on both sides of a DST change, to the second', () => {
    // Rome sprang forward at 2026-03-29 01:00:00 UTC: 01:59:59 CET, then 03:00:00 CEST.
    const change = Date.UTC(2026, 2, 29, 1, 0, 0);
    expect(localTime(change - 1000, 'Europe/Rome')).toBe('01:59:59');
    expect(localTime(change, 'Europe/Rome')).toBe('03:00:00');
    // New York fell back at 2026-11-01 06:00 UTC: 01:59:59 EDT, then 01:00:00 EST.
    const back = Date.UTC(2026, 10, 1, 6, 0, 0);
    expect(localTime(back - 1000, 'America/New_York')).toBe('01:59:59');
    expect(localTime(back, 'America/New_York')).toBe('01:00:00');
    for (let at = change - 7_200_000; at < change + 7_200_000; at += 61_000)
      expect(localParts(at, 'Europe/Rome')).toEqual(intlParts(at, 'Europe/Rome'));
  });

  it('names the local day, which can differ from the UTC one', () => {
    const at = Date.UTC(2026, 10, 23, 22, 30);
    expect(localDate(at, 'UTC')).toBe('2026-11-23');
    expect(localDate(at, 'Asia/Ho_Chi_Minh')).toBe('2026-11-24');
    expect(localParts(at, 'Asia/Ho_Chi_Minh').weekday).toBe(1);
  });
});

describe('calendar arithmetic', () => {
  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01');
  });
});
