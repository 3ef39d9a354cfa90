import type { Locale } from '../phrases/phrase.types';
import { currencyDigits, formatMoney, type Money } from './money';

/**
 * A sum rounded the way people say it: whole units below 20, fives below 100, then two significant figures
 * (137 → 140, 1 234 → 1 200, 256 300 → 260 000). Null below one whole unit: "about nothing" is not a thing to say.
 */
export function spokenRound(major: number): number | null {
  if (major < 0.5) return null;
  if (major < 20) return Math.round(major);
  if (major < 100) return Math.round(major / 5) * 5;
  const magnitude = 10 ** (Math.floor(Math.log10(major)) - 1);
  return Math.round(major / magnitude) * magnitude;
}

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * How each language says an approximate amount, and what it calls the currencies people bill in, in the form that
 * follows its word for "about" (Russian "около" takes the genitive: около 1 рубля, около 5 рублей). Other currencies
 * are written with their symbol.
 */
const SPOKEN: Record<Locale, { about: string; names: Record<string, Forms> }> = {
  en: {
    about: 'about {n}',
    names: {
      EUR: { one: 'euro', other: 'euros' },
      USD: { one: 'dollar', other: 'dollars' },
      GBP: { one: 'pound', other: 'pounds' },
      CHF: { one: 'franc', other: 'francs' },
      RON: { one: 'leu', other: 'lei' },
      RUB: { one: 'rouble', other: 'roubles' },
      VND: { other: 'dong' },
    },
  },
  it: {
    about: 'circa {n}',
    names: {
      EUR: { other: 'euro' },
      USD: { one: 'dollaro', other: 'dollari' },
      GBP: { one: 'sterlina', other: 'sterline' },
      CHF: { one: 'franco', other: 'franchi' },
      RON: { one: 'leu', other: 'lei' },
      RUB: { one: 'rublo', other: 'rubli' },
      VND: { other: 'dong' },
    },
  },
  es: {
    // "Alrededor de" does not agree with the number ("unos 1 euro" would).
    about: 'alrededor de {n}',
    names: {
      EUR: { one: 'euro', other: 'euros' },
      USD: { one: 'dólar', other: 'dólares' },
      GBP: { one: 'libra', other: 'libras' },
      CHF: { one: 'franco', other: 'francos' },
      RON: { one: 'leu', other: 'lei' },
      RUB: { one: 'rublo', other: 'rublos' },
      VND: { other: 'dongs' },
    },
  },
  fr: {
    about: 'environ {n}',
    names: {
      EUR: { one: 'euro', other: 'euros' },
      USD: { one: 'dollar', other: 'dollars' },
      GBP: { one: 'livre', other: 'livres' },
      CHF: { one: 'franc', other: 'francs' },
      RON: { one: 'leu', other: 'lei' },
      RUB: { one: 'rouble', other: 'roubles' },
      VND: { other: 'dongs' },
    },
  },
  de: {
    about: 'etwa {n}',
    names: {
      EUR: { other: 'Euro' },
      USD: { other: 'Dollar' },
      GBP: { other: 'Pfund' },
      CHF: { other: 'Franken' },
      RON: { one: 'Leu', other: 'Lei' },
      RUB: { other: 'Rubel' },
      VND: { other: 'Dong' },
    },
  },
  ro: {
    // Romanian counts with "de" from 20 on ("20 de lei"); Intl's plural categories follow that exactly.
    about: 'cam {n}',
    names: {
      EUR: { one: 'euro', few: 'euro', other: 'de euro' },
      USD: { one: 'dolar', few: 'dolari', other: 'de dolari' },
      GBP: { one: 'liră', few: 'lire', other: 'de lire' },
      CHF: { one: 'franc', few: 'franci', other: 'de franci' },
      RON: { one: 'leu', few: 'lei', other: 'de lei' },
      RUB: { one: 'rublă', few: 'ruble', other: 'de ruble' },
      VND: { one: 'dong', few: 'dongi', other: 'de dongi' },
    },
  },
  ru: {
    about: 'около {n}',
    names: {
      EUR: { other: 'евро' },
      USD: { one: 'доллара', other: 'долларов' },
      GBP: { one: 'фунта', other: 'фунтов' },
      CHF: { one: 'франка', other: 'франков' },
      RON: { one: 'лея', other: 'леев' },
      RUB: { one: 'рубля', other: 'рублей' },
      VND: { one: 'донга', other: 'донгов' },
    },
  },
  vi: {
    about: 'khoảng {n}',
    names: {
      EUR: { other: 'euro' },
      USD: { other: 'đô' },
      GBP: { other: 'bảng Anh' },
      CHF: { other: 'franc Thụy Sĩ' },
      RON: { other: 'leu' },
      RUB: { other: 'rúp' },
      VND: { other: 'đồng' },
    },
  },
};

/**
 * An amount as a line says it aloud: rounded, in words of the language ("about 25 euros", "около 1 200 рублей",
 * "cam 120 de lei"), never with cents. Reports and exports keep the exact minor units. Null when it rounds to
 * less than one unit.
 */
export function spokenAmount(m: Money, locale: Locale): string | null {
  const n = spokenRound(m.amountMinor / 10 ** currencyDigits(m.currency));
  if (n === null) return null;
  const { about, names } = SPOKEN[locale];
  const forms = names[m.currency];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  const amount = forms
    ? `${number} ${forms[new Intl.PluralRules(locale).select(n)] ?? forms.other}`
    : formatMoney({ amountMinor: n * 10 ** currencyDigits(m.currency), currency: m.currency }, locale, {
        whole: true,
      });
  return about.replace('{n}', amount);
}
