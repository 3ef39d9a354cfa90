import type { Situation, Tier } from '../meeting/meeting.vocabulary';
import { placeholdersIn } from './phrase.placeholders';
import type { Listeners, Locale, PhraseLine, Register } from './phrase.types';

export interface LineQuery {
  locale: Locale;
  situation: Situation;
  tier: Tier;
  register: Register;
  listeners: Listeners;
}

function fits(line: PhraseLine, available: ReadonlySet<string>): boolean {
  return placeholdersIn(line.text).every((p) => available.has(p));
}

/** Lines for exactly this query (written for these listeners, or for anyone) whose placeholders can all be filled. */
export function eligibleLines(
  lines: readonly PhraseLine[],
  q: LineQuery,
  available: ReadonlySet<string>,
): PhraseLine[] {
  return lines.filter(
    (l) =>
      l.locale === q.locale &&
      l.situation === q.situation &&
      l.tier === q.tier &&
      l.register === q.register &&
      (l.audience === q.listeners || l.audience === 'any') &&
      fits(l, available),
  );
}

/**
 * Candidates in order of preference: the asked tier, then the nearest other tiers of the same situation in the same
 * language, register and audience (a wrong register would sound rude and a line to one person is wrong before a
 * room, while a neighbouring tier is only a little softer or firmer), then English.
 */
function candidates(
  lines: readonly PhraseLine[],
  q: LineQuery,
  available: ReadonlySet<string>,
): PhraseLine[] {
  const tierOrder = ([1, 2, 3] as Tier[]).sort(
    (a, b) => Math.abs(a - q.tier) - Math.abs(b - q.tier) || b - a,
  );
  for (const tier of tierOrder) {
    const found = eligibleLines(lines, { ...q, tier }, available);
    if (found.length > 0) return found;
  }
  if (q.locale === 'en') return [];
  return eligibleLines(lines, { ...q, locale: 'en', register: 'neutral' }, available);
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Picks a line at random (`random` in [0, 1)), avoiding lines already shown — all of `avoid` if that leaves a
 * choice, else at least the most recent one. Lines that quote a `slight` value (a figure too small to be worth
 * saying, like "we have been off topic for one minute") are taken only when no other line fits.
 */
export function pickLine(
  lines: readonly PhraseLine[],
  q: LineQuery,
  available: ReadonlySet<string>,
  avoid: readonly string[],
  random: () => number,
  slight: ReadonlySet<string> = NONE,
): PhraseLine | null {
  const fitting = candidates(lines, q, available);
  const worthSaying = fitting.filter((l) => !placeholdersIn(l.text).some((p) => slight.has(p)));
  const all = worthSaying.length > 0 ? worthSaying : fitting;
  if (all.length === 0) return null;
  const fresh = all.filter((l) => !avoid.includes(l.id));
  const last = avoid.at(-1);
  const notLast = all.filter((l) => l.id !== last);
  const pool = fresh.length > 0 ? fresh : notLast.length > 0 ? notLast : all;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]!;
}
