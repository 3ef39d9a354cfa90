import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../../shared/phrases/phrase.types';
import { send } from '../store/actions';
import { useInfoLoaded, useSetting } from '../store/selectors';

const FIRST_RUN_KEY = 'tactful.language-chosen';

/** The language this system prefers, if Tactful speaks it. */
export function systemLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] as Locale;
    if (locales.includes(base)) return base;
  }
  return null;
}

/** Follows the UI language setting; on the very first start, picks the system's language once. */
export function useUiLanguage(): void {
  const { i18n } = useTranslation();
  const lang = useSetting('uiLanguage');
  const loaded = useInfoLoaded();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang, i18n]);
  useEffect(() => {
    if (!loaded || localStorage.getItem(FIRST_RUN_KEY)) return;
    localStorage.setItem(FIRST_RUN_KEY, '1');
    const preferred = systemLocale(navigator.languages ?? [navigator.language]);
    if (preferred && preferred !== lang && lang === 'en')
      void send({ type: 'settings.update', patch: { uiLanguage: preferred } }).catch(() => undefined);
  }, [loaded, lang]);
}
