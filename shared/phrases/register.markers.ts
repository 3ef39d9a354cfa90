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
  },
  ro: {
    informal: ['tu', 'te', 'ți', 'îți', 'tău', 'ta', 'tale', 'tăi', 'vrei', 'poți', 'știi', 'hai'],
    formal: ['dumneavoastră', 'dvs', 'vă', 'doriți', 'puteți'],
    caseSensitive: false,
    formalIsPlural: true,
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
  },
  es: {
    informal: ['tú', 'te', 'ti', 'tu', 'tus', 'contigo', 'quieres', 'puedes', 'sabes', 'tienes', 'oye'],
    formal: ['usted', 'le parece', 'quiere', 'disculpe'],
    caseSensitive: false,
    formalIsPlural: false,
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
  },
  fr: {
    // "veux"/"peux" would be obvious tells, but they are also first person ("je peux"): not usable here.
    informal: ['tu', 'te', 't’', "t'", 'toi', 'ton', 'ta', 'tes'],
    formal: ['vous', 'votre', 'vos'],
    caseSensitive: false,
    formalIsPlural: true,
    ignore: ['rendez-vous'],
  },
  vi: {
    // Pronouns come from {you}/{me}; these are the particles and words that set the tone.
    informal: ['mày', 'tao', 'nha', 'nhen', 'nghen'],
    formal: ['thưa', 'ạ', 'kính', 'quý khách'],
    caseSensitive: false,
    formalIsPlural: false,
  },
};

/** Whole-word match: no letter or digit on either side. An apostrophe ending a marker is its own boundary. */
function markerPattern(marker: string, caseSensitive: boolean): RegExp {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = /['’]$/.test(marker) ? '' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, caseSensitive ? 'u' : 'iu');
}

/** Markers of the other register found in a line (empty when the line reads right). */
export function wrongRegisterWords(
  locale: Locale,
  register: Register,
  text: string,
  toGroup: boolean,
): string[] {
  const m = REGISTER_MARKERS[locale];
  if (!m || register === 'neutral') return [];
  if (register === 'informal' && toGroup && m.formalIsPlural) return [];
  const banned = register === 'formal' ? m.informal : m.formal;
  // Placeholders are filled later; their names are not words of the line.
  let words = text.replace(/\{[A-Za-z]+\}/g, ' ');
  for (const compound of m.ignore ?? []) words = words.replaceAll(new RegExp(compound, 'giu'), ' ');
  return banned.filter((w) => markerPattern(w, m.caseSensitive).test(words));
}
