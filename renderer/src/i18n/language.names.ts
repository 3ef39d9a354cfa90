import type { Locale } from '../../../shared/phrases/phrase.types';

/** Each language in its own name: people look for the one they speak. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  it: 'Italiano',
  ro: 'Română',
  ru: 'Русский',
  vi: 'Tiếng Việt',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};
