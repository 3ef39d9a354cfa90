import type { Locale } from '../phrases/phrase.types';

/** The title of a calendar event that has none, in the user's language. */
export const UNTITLED_MEETING: Record<Locale, string> = {
  en: 'Meeting',
  it: 'Riunione',
  ro: 'Întâlnire',
  ru: 'Встреча',
  vi: 'Cuộc họp',
  es: 'Reunión',
  de: 'Besprechung',
  fr: 'Réunion',
};
