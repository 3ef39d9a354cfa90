import { MAX_DURATION_SEC } from './agenda.schema';

export type DurationParse =
  { ok: true; sec: number } | { ok: false; error: 'empty' | 'format' | 'negative' | 'tooLong' };

// Units as people write them in the languages Tactful speaks; lower-cased input is matched.
const HOURS = [
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'ч',
  'час',
  'часа',
  'часов',
  'ora',
  'ore',
  'oră',
  'giờ',
  'g',
  'hora',
  'horas',
  'std',
  'stunde',
  'stunden',
  'heure',
  'heures',
];
const MINUTES = [
  'm',
  'min',
  'mins',
  'minute',
  'minutes',
  "'",
  '′',
  '’',
  'мин',
  'минута',
  'минуты',
  'минут',
  'minuto',
  'minuti',
  'minut',
  'phút',
  'p',
  'minutos',
  'minuten',
];
const SECONDS = [
  's',
  'sec',
  'secs',
  'second',
  'seconds',
  'с',
  'сек',
  'секунд',
  'секунды',
  'secondo',
  'secondi',
  'secundă',
  'secunde',
  'giây',
  'segundo',
  'segundos',
  'sek',
  'sekunde',
  'sekunden',
  'seconde',
  'secondes',
];
const UNITS = [...HOURS, ...MINUTES, ...SECONDS]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// One pattern for everything people type: "10" (minutes), "10m", "90s", "1h30", "1h 30m", "1:30" (h:mm), "1.5h",
// "10 min", "20 мин", "25 phút", "1 Std." — a unit ends where the letters end.
// "1h30", "1 ч 30", "1 heure 15": minutes after hours without a unit of their own.
const HOURS_THEN_MINUTES = new RegExp(`^(\\d+)\\s*(?:${HOURS.join('|')})\\.?\\s*([0-5]?\\d)$`, 'u');
/** The units above as a regex alternation, longest first, for other parsers (pasted agendas). */
export const UNIT_SOURCE = UNITS.join('|');
const UNIT_PART = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${UNITS.join('|')})\\.?(?![\\p{L}])`, 'uy');

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
  const hoursThenMinutes = HOURS_THEN_MINUTES.exec(text);
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
  if (HOURS.includes(unit)) return 3600;
  if (MINUTES.includes(unit)) return 60;
  return 1;
}

/** Unit words for showing a budget back, per language; every one of them parses. */
const DISPLAY_UNITS: Record<string, { h: string; m: string; s: string }> = {
  it: { h: 'h', m: 'min', s: 's' },
  ro: { h: 'h', m: 'min', s: 's' },
  ru: { h: 'ч', m: 'мин', s: 'с' },
  vi: { h: 'giờ', m: 'phút', s: 'giây' },
  es: { h: 'h', m: 'min', s: 's' },
  de: { h: 'Std.', m: 'Min.', s: 'Sek.' },
  fr: { h: 'h', m: 'min', s: 's' },
};

/**
 * Formats seconds the way people type them back, so it parses to the same value: in English compactly ("15m",
 * "1h30", "2m 5s"), elsewhere with the language's own units ("15 мин", "1 Std. 30 Min.", "25 phút").
 */
export function formatDurationInput(sec: number, locale = 'en'): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  const units = DISPLAY_UNITS[locale];
  if (units) {
    const parts = [
      h > 0 ? `${h}\u00a0${units.h}` : '',
      m > 0 ? `${m}\u00a0${units.m}` : '',
      s > 0 ? `${s}\u00a0${units.s}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : `0\u00a0${units.m}`;
  }
  if (s === 0) {
    if (h === 0) return `${m}m`;
    return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
  }
  return [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', `${s}s`].filter(Boolean).join(' ');
}
