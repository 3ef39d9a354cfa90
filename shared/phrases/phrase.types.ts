import type { Situation, Tier } from '../meeting/meeting.vocabulary';

export const locales = ['en', 'it', 'ro', 'ru', 'vi', 'es', 'de', 'fr'] as const;
export type Locale = (typeof locales)[number];

/** 'neutral' is for languages with one way to say "you" (English); the others have formal and informal. */
export const registers = ['neutral', 'formal', 'informal'] as const;
export type Register = (typeof registers)[number];

export const LOCALE_REGISTERS: Record<Locale, readonly Register[]> = {
  en: ['neutral'],
  it: ['formal', 'informal'],
  ro: ['formal', 'informal'],
  ru: ['formal', 'informal'],
  vi: ['formal', 'informal'],
  es: ['formal', 'informal'],
  de: ['formal', 'informal'],
  fr: ['formal', 'informal'],
};

/**
 * Whom a line speaks to: one person, a group, or no one in particular (a line that works for either: "Time's up
 * for this item."). The picker offers a line only to the audience it was written for.
 */
export const lineAudiences = ['one', 'group', 'any'] as const;
export type LineAudience = (typeof lineAudiences)[number];

/** Who is listening when a line is said. */
export type Listeners = Exclude<LineAudience, 'any'>;

/** Lines of one slot: key → text. A key is the line's id within its language, chosen once and never reused. */
export type LineSet = Readonly<Record<string, string>>;

/**
 * Lines for one language: situation → tier → register → audience → key → text. Ids do not depend on where a line
 * sits, so lines can be added, moved or reworded without re-targeting the user's edits.
 */
export type LocalePhrases = Record<
  Situation,
  Record<Tier, Partial<Record<Register, Partial<Record<LineAudience, LineSet>>>>>
>;

export interface PhraseLine {
  /** Built-in: `${locale}.${key}`; user lines: `user.<uuid>`. */
  id: string;
  locale: Locale;
  situation: Situation;
  tier: Tier;
  register: Register;
  audience: LineAudience;
  text: string;
  source: 'builtin' | 'edited' | 'user';
}
