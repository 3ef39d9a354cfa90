import type { Situation, Tier } from '../meeting/meeting.vocabulary';

export const locales = ['en', 'it', 'ro', 'ru', 'vi', 'es', 'de', 'fr'] as const;
export type Locale = (typeof locales)[number];

/** 'neutral' is for languages with one way to say "you" (English); the others have formal and informal. */
export const registers = ['neutral', 'formal', 'informal'] as const;
export type Register = (typeof registers)[number];
export type Address = 'formal' | 'informal';

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

/** The register a line must be in for a client addressed formally or informally in this language. */
export function registerFor(locale: Locale, address: Address): Register {
  return LOCALE_REGISTERS[locale].includes(address) ? address : 'neutral';
}

/**
 * Lines for one language: situation → tier → register → key → text. A key is the line's id within its language,
 * chosen once and never reused, so lines can be added, moved or reworded without re-targeting the user's edits.
 */
export type LocalePhrases = Record<
  Situation,
  Record<Tier, Partial<Record<Register, Readonly<Record<string, string>>>>>
>;

export interface PhraseLine {
  /** Built-in: `${locale}.${key}`; user lines: `user.<uuid>`. */
  id: string;
  locale: Locale;
  situation: Situation;
  tier: Tier;
  register: Register;
  text: string;
  source: 'builtin' | 'edited' | 'user';
}
