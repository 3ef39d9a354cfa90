import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/phrases/phrase.types';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { it } from './locales/it';
import { ro } from './locales/ro';
import { ru } from './locales/ru';
import { vi } from './locales/vi';

export const UI_MESSAGES = { en, it, ro, ru, vi, es, de, fr } satisfies Record<Locale, unknown>;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** i18next with every language loaded (they are small): switching language never waits. */
export function initI18n(language: Locale = 'en') {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(UI_MESSAGES).map(([k, v]) => [k, { translation: v }])),
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // "{{name, braces}}" shows a placeholder's name as the user types it in a line: "{item}".
  i18next.services.formatter?.add('braces', (value) => `{${String(value)}}`);
  return i18next;
}
