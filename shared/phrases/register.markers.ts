import type { Locale, Register } from './phrase.types';

/**
 * Common words that give away the other register. A deliberately simple check: a formal line must contain none of
 * a language's informal markers and vice versa. It catches the usual slip (a "tu" in a Lei line), not every one.
 * Markers are whole words (letters on neither side); `caseSensitive` languages mark politeness with capitals.
 */
export interface RegisterMarkers {
  /** Words that must not appear in formal lines. */
  informal: readonly string[];
  /** Words that must not appear in informal lines. */
  formal: readonly string[];
  caseSensitive: boolean;
  /**
   * The polite "you" is also the plural "you" in these languages, so a line to a group may use it in either
   * register: group lines are not checked for formal markers.
   */
  formalIsPlural: boolean;
  /** Words that speak to exactly one person: they must not appear in a line to a group. */
  singular: readonly string[];
  /** Compound words that contain a marker without being one ("rendez-vous"). */
  ignore?: readonly string[];
}

export const REGISTER_MARKERS: Partial<Record<Locale, RegisterMarkers>> = {
  it: {
    informal: [
      'tu',
      'ti',
      'te',
      'tuo',
      'tua',
      'tuoi',
      'tue',
      'vuoi',
      'puoi',
      'sei',
      'hai',
      'sai',
      'dimmi',
      'senti',
      'scusami',
    ],
    formal: ['Lei', 'Suo', 'Sua', 'Suoi', 'Sue', 'vuole', 'scusi', 'mi dica'],
    caseSensitive: true,
    formalIsPlural: false,
    singular: [
      'tu',
      'ti',
      'te',
      'tuo',
      'tua',
      'tuoi',
      'tue',
      'vuoi',
      'puoi',
      'sei',
      'hai',
      'Lei',
      'Le',
      'La',
      'Suo',
      'Sua',
      'Suoi',
      'Sue',
      'vuole',
      'scusi',
    ],
  },
  ro: {
    // Also the possessive of "voi" (never said to a dumneavoastră group); not "voi" itself, the future's "vă voi trimite".
    informal: [
      'tu',
      'te',
      'ți',
      'îți',
      'tău',
      'ta',
      'tale',
      'tăi',
      'vrei',
      'poți',
      'știi',
      'hai',
      'vostru',
      'voastră',
      'voștri',
      'voastre',
    ],
    formal: ['dumneavoastră', 'dvs', 'vă', 'doriți', 'puteți'],
    caseSensitive: false,
    formalIsPlural: true,
    singular: ['tu', 'te', 'ți', 'îți', 'tău', 'ta', 'tale', 'tăi', 'vrei', 'poți', 'știi'],
  },
  ru: {
    informal: [
      'ты',
      'тебя',
      'тебе',
      'тобой',
      'твой',
      'твоя',
      'твоё',
      'твое',
      'твои',
      'твоего',
      'твоей',
      'твоему',
      'твоим',
      'твоих',
      'хочешь',
      'можешь',
      'давай',
    ],
    formal: [
      'вы',
      'вас',
      'вам',
      'вами',
      'ваш',
      'ваша',
      'ваше',
      'ваши',
      'вашего',
      'вашей',
      'вашему',
      'вашим',
      'ваших',
      'давайте',
    ],
    caseSensitive: false,
    formalIsPlural: true,
    singular: [
      'ты',
      'тебя',
      'тебе',
      'тобой',
      'твой',
      'твоя',
      'твоё',
      'твое',
      'твои',
      'хочешь',
      'можешь',
      'давай',
    ],
  },
  es: {
    informal: ['tú', 'te', 'ti', 'tu', 'tus', 'contigo', 'quieres', 'puedes', 'sabes', 'tienes', 'oye'],
    formal: ['usted', 'le parece', 'quiere', 'disculpe'],
    caseSensitive: false,
    formalIsPlural: false,
    singular: [
      'tú',
      'te',
      'ti',
      'tu',
      'tus',
      'contigo',
      'quieres',
      'puedes',
      'sabes',
      'tienes',
      'usted',
      'le parece',
      'quiere',
      'disculpe',
    ],
  },
  de: {
    informal: [
      'du',
      'dich',
      'dir',
      'dein',
      'deine',
      'deinen',
      'deinem',
      'deiner',
      'deines',
      'euch',
      'euer',
      'eure',
      'euren',
      'eurem',
      'eurer',
    ],
    formal: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
    caseSensitive: true,
    formalIsPlural: false,
    singular: ['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'],
  },
  fr: {
    // "veux"/"peux" would be obvious tells, but they are also first person ("je peux"): not usable here.
    informal: ['tu', 'te', 't’', "t'", 'toi', 'ton', 'ta', 'tes'],
    formal: ['vous', 'votre', 'vos'],
    caseSensitive: false,
    formalIsPlural: true,
    singular: ['tu', 'te', 't’', "t'", 'toi', 'ton', 'ta', 'tes'],
    ignore: ['rendez-vous'],
  },
  vi: {
    // Pronouns come from the pair ({you}, {me}, {we}) and the register follows from it; these are the particles and
    // words that set the tone. Upward words ("ạ", "thưa", "quý công ty") must not reach a younger or equal listener.
    informal: ['mày', 'tao', 'nha', 'nhen', 'nghen'],
    formal: ['thưa', 'ạ', 'kính', 'quý khách', 'quý công ty', 'quý vị'],
    caseSensitive: false,
    formalIsPlural: false,
    singular: [],
  },
};

/** Whole-word match: no letter or digit on either side. An apostrophe ending a marker is its own boundary. */
function markerPattern(marker: string, caseSensitive: boolean): RegExp {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = /['’]$/.test(marker) ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, caseSensitive ? 'u' : 'iu');
}

/**
 * Words of the wrong register, or (in a line to a group) words that speak to one person, found in a line: empty
 * when it reads right. Run it on lines as they are said, after their placeholders are filled: a Vietnamese pronoun
 * arrives through {you}. Placeholders left in the text are not words and are skipped.
 */
export function wrongRegisterWords(
  locale: Locale,
  register: Register,
  text: string,
  listeners: 'one' | 'group' | 'any',
): string[] {
  const m = REGISTER_MARKERS[locale];
  if (!m) return [];
  let words = text.replace(/\{[A-Za-z]+\}/g, ' ');
  for (const compound of m.ignore ?? []) words = words.replaceAll(new RegExp(compound, 'giu'), ' ');
  const found = (list: readonly string[]) =>
    list.filter((w) => markerPattern(w, m.caseSensitive).test(words));
  const toGroup = listeners !== 'one';
  const wrong =
    register === 'neutral'
      ? []
      : register === 'informal' && toGroup && m.formalIsPlural
        ? []
        : found(register === 'formal' ? m.informal : m.formal);
  return [...new Set([...wrong, ...(toGroup ? found(m.singular) : [])])];
}
