import { MAX_DURATION_SEC } from './agenda.schema';

export type DurationParse =
  { ok: true; sec: number } | { ok: false; error: 'empty' | 'format' | 'negative' | 'tooLong' };

// One pattern for everything people type: "10" (minutes), "10m", "90s", "1h30", "1h 30m", "1:30" (h:mm), "1.5h", "10 min".
const UNIT_PART = /(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\b/gy;

/** Parses a typed budget into seconds. A bare number means minutes, as in every agenda people write. */
export function parseDuration(input: string): DurationParse {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.startsWith('-')) return { ok: false, error: 'negative' };
  const sec = parseUnsigned(text);
  if (sec === null) return { ok: false, error: 'format' };
  if (sec > MAX_DURATION_SEC) return { ok: false, error: 'tooLong' };
  return { ok: true, sec };
}

function parseUnsigned(text: string): number | null {
  const bare = /^(\d+(?:[.,]\d+)?)$/.exec(text);
  if (bare) return Math.round(toNumber(bare[1]!) * 60);

  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60;

  // "1h30" — minutes after hours without a unit.
  const hoursThenMinutes = /^(\d+)\s*h\s*([0-5]?\d)$/.exec(text);
  if (hoursThenMinutes) return Number(hoursThenMinutes[1]) * 3600 + Number(hoursThenMinutes[2]) * 60;

  let total = 0;
  let pos = 0;
  let matched = false;
  UNIT_PART.lastIndex = 0;
  while (pos < text.length) {
    while (text[pos] === ' ') pos++;
    if (pos >= text.length) break;
    UNIT_PART.lastIndex = pos;
    const m = UNIT_PART.exec(text);
    if (!m) return null;
    total += toNumber(m[1]!) * unitSeconds(m[2]!);
    pos = UNIT_PART.lastIndex;
    matched = true;
  }
  return matched ? Math.round(total) : null;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

function unitSeconds(unit: string): number {
  if (unit.startsWith('h')) return 3600;
  if (unit.startsWith('m')) return 60;
  return 1;
}

/** Formats seconds the way people type them back, so it parses to the same value: "15m", "1h30", "1h", "2m 5s". */
export function formatDurationInput(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  if (s === 0) {
    if (h === 0) return `${m}m`;
    return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
  }
  return [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', `${s}s`].filter(Boolean).join(' ');
}
