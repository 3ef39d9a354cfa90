import type { Money } from '../money/money';
import { spokenAmount } from '../money/spoken';
import type { VietnameseWords } from './address.forms';
import {
  isPlaceholderName,
  placeholderNames,
  placeholdersIn,
  type PlaceholderName,
} from './phrase.placeholders';
import type { Locale } from './phrase.types';

/** The values a line can be filled with when a nudge fires. Missing optional values make lines using them ineligible. */
export interface LineContext {
  locale: Locale;
  minutes: number;
  item?: string | null;
  next?: string | null;
  client?: string | null;
  /** The given name of the person spoken to, when the line speaks to one person and it is known. */
  name?: string | null;
  cost?: Money | null;
  /** The person to bring in next, as they are called (a Vietnamese name with its pronoun). */
  nextName?: string | null;
  /** The people waiting to speak, as a list in the language ("Anna, Luca and Sofia"). */
  queue?: string | null;
  /** Vietnamese: the words of the listener's pronoun pair. */
  words?: VietnameseWords | null;
}

// Russian durations stand in the accusative ("уже 21 минуту", "ещё 5 минут"); Intl gives the nominative,
// which differs only for the 'one' form. Lines are written to put {minutes} where a duration goes.
const RU_MINUTES: Record<Intl.LDMLPluralRule, string> = {
  zero: 'минут',
  one: 'минуту',
  two: 'минуты',
  few: 'минуты',
  many: 'минут',
  other: 'минуты',
};

/** "5 minutes", "20 de minute", "5 минут" — a count of whole minutes in words of the locale. */
export function formatMinutes(minutes: number, locale: Locale): string {
  // Said and written "une minute": a digit would have to elide ("qu’une", "d’une") and cannot.
  if (locale === 'fr' && minutes === 1) return 'une minute';
  // Nobody says "через 1 минуту" or "уже 1 минуту": one minute is just "минуту".
  if (locale === 'ru' && minutes === 1) return 'минуту';
  if (locale === 'ru') {
    const n = new Intl.NumberFormat('ru').format(minutes);
    return `${n} ${RU_MINUTES[new Intl.PluralRules('ru').select(minutes)]}`;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
    minutes,
  );
}

/** "Anna, Luca and Sofia": names as the language lists them (British English, like every English line). */
export function listOf(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(names);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** "anh Minh" from "anh {name}"; without a name, the plain pronoun ("anh"). */
function vocative(w: VietnameseWords, name: string | null | undefined): string {
  const given = name?.trim();
  return given ? w.voc.replace('{name}', given) : w.voc.includes('{name}') ? w.you : w.voc;
}

function valueOf(name: PlaceholderName, ctx: LineContext): string | null {
  const w = ctx.words;
  switch (name) {
    case 'minutes':
      return formatMinutes(ctx.minutes, ctx.locale);
    case 'cost':
      return ctx.cost ? spokenAmount(ctx.cost, ctx.locale) : null;
    case 'you':
    case 'me':
    case 'we':
    case 'pt':
      return w?.[name] ?? null;
    case 'voc':
      return w ? vocative(w, ctx.name) : null;
    case 'You':
    case 'Me':
    case 'We':
    case 'Voc': {
      const lower = valueOf(name.toLowerCase() as PlaceholderName, ctx);
      return lower ? capitalise(lower) : null;
    }
    default:
      return ctx[name]?.trim() || null;
  }
}

/** Placeholders this context can fill. */
export function availablePlaceholders(ctx: LineContext): Set<string> {
  return new Set(placeholderNames.filter((n) => valueOf(n, ctx) !== null));
}

/** Fills a line, or returns null when it needs a value this context does not have. */
export function fillLine(text: string, ctx: LineContext): string | null {
  const values = new Map<string, string>();
  for (const name of placeholdersIn(text)) {
    const v = isPlaceholderName(name) ? valueOf(name, ctx) : null;
    if (v === null) return null;
    values.set(name, v);
  }
  return text.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => values.get(name)!);
}
