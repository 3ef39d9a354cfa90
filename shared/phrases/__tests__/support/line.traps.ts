import type { Locale } from '../../phrase.types';

/**
 * Mistakes of agreement that a simple pattern can see in a line as it is said (placeholders filled). Each trap is a
 * pattern, what it catches and the rule behind it; a new line that falls into one fails `npm test`. They catch the
 * usual slips, not every one: the native reading is what judges a line.
 */
export interface Trap {
  pattern: RegExp;
  why: string;
}

const V = 'aeiouyàâäéèêëîïôöùûüœæ';

const L = '[\\p{L}\\p{N}]';
const BOUNDARY = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;

/**
 * The pattern with `\b` as a boundary between words in any script: JavaScript's own `\b` knows only ASCII letters,
 * so it sees a boundary inside "synthèse" and none around "минуту".
 */
function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\b', BOUNDARY), `${pattern.flags.replace('u', '')}u`);
}

export const TRAPS: Record<Locale, readonly Trap[]> = {
  en: [
    { pattern: /\b1 minutes\b/, why: 'one minute is singular' },
    {
      pattern: /\b(there are|there were|are only|are just)\s+1\s+minute\b/i,
      why: 'a plural verb with "1 minute": word it so the verb does not agree ("we have {minutes} left")',
    },
  ],
  es: [
    {
      // Not "llevamos": it agrees with "nosotros", so "Llevamos 1 minuto" is right.
      pattern: /\b(quedan|faltan|restan|van|pasaron|han pasado|son|unos|unas)\s+1\s+minuto\b/i,
      why: 'a plural word agreeing with "1 minuto": word it with a verb that does not change ("tenemos {minutes}")',
    },
    {
      pattern: /\b(queda|falta|resta|pasó|ha pasado|es|un)\s+(?!1\s)\d+\s+minutos\b/i,
      why: 'a singular word agreeing with several minutes',
    },
    {
      // Not after "el punto «…»", "el tema «…»": then the adjective agrees with "punto", as it should.
      pattern:
        /(?<!\b(punto|tema)\s+«[^«»]*)»\s+(está|sigue|queda)\s+(todavía\s+|aún\s+)?(abierto|abierta|cerrado|cerrada|terminado|terminada|pendiente)\b/i,
      why: 'an adjective agreeing with a quoted title, whose gender is unknown: say "el punto «…»"',
    },
  ],
  it: [
    {
      // Not "abbiamo passato": it agrees with "noi", so "Abbiamo passato 1 minuto" is right.
      pattern: /\b(mancano|restano|rimangono|sono passati|sono rimasti)\s+1\s+minuto\b/i,
      why: 'a plural verb with "1 minuto": word it so the verb does not agree ("ci resta {minutes}" does not work either)',
    },
    {
      pattern: /\b(manca|resta|rimane|è passato)\s+(?!1\s)\d+\s+minuti\b/i,
      why: 'a singular verb with several minutes',
    },
    {
      // Not after "il punto «…»", "il tempo per «…»": then it agrees with "punto" or "tempo", as it should.
      pattern:
        /(?<!\b(punto|tema|argomento|per|su|di|a|da|con)\s+«[^«»]*)»\s+(è|resta|rimane|sembra)\s+(ancora\s+|già\s+)?(aperto|aperta|chiuso|chiusa|finito|finita|concluso|conclusa|pronto|pronta|andato|andata|rimasto|rimasta)\b/i,
      why: 'a participle or adjective agreeing with a quoted title, whose gender is unknown: say "il punto «…»"',
    },
  ],
  fr: [
    {
      pattern: new RegExp(`\\b(de|que|le|la|je|me|te|se|ne|ce|jusque|lorsque|puisque)\\s+(?=[${V}])`, 'i'),
      why: 'no elision before a vowel ("de Anna" → "d’Anna"): put the name after a word that does not elide',
    },
    { pattern: /\bsi il(s)?\b/i, why: '"si il" elides to "s’il"' },
    {
      // Also negated ("« … » n’est pas encore bouclé"); not after "le point « … »", where it agrees with "point".
      pattern:
        /(?<!\b(point|sujet)\s+«[^«»]*)»\s+(n[’']\s*)?(est|reste)\s+(pas\s+)?(encore\s+|toujours\s+|déjà\s+)?(ouvert|ouverte|terminé|terminée|fini|finie|bouclé|bouclée|réglé|réglée|prêt|prête)\b/i,
      why: 'an adjective agreeing with a quoted title, whose gender is unknown: say "le point « … »"',
    },
    { pattern: /\b1 minutes\b/, why: 'one minute is singular' },
  ],
  de: [
    {
      pattern: /\bseit\s+(den|die|das|ein|eine|einen)\b/i,
      why: '"seit" takes the dative ("seit einer Minute", "seit fünf Minuten")',
    },
    {
      pattern: /„[^“]*“\s+(ist|bleibt)\s+(noch\s+)?(offen|fertig|erledigt)\b.*\b(er|sie|es)\b/i,
      why: 'a pronoun for a quoted title, whose gender is unknown',
    },
    {
      pattern:
        /\b(bleiben|verbleiben)\s+(uns\s+|Ihnen\s+|euch\s+|dir\s+)?((heute|jetzt|nur|noch)\s+)*1\s+Minute\b/i,
      why: 'a plural verb with "1 Minute" ("uns bleiben noch 1 Minute"): word it so the verb does not agree ("wir haben noch {minutes}")',
    },
  ],
  ro: [
    {
      pattern: /\b(au trecut|mai sunt|rămân|au rămas|sunt)\s+1\s+minut\b/i,
      why: 'a plural verb with "1 minut": "a trecut un minut", "mai este un minut"',
    },
    {
      pattern: /\b(a trecut|mai este|mai e|rămâne|a rămas)\s+(?!1\s)\d+\s+(de\s+)?minute\b/i,
      why: 'a singular verb with several minutes',
    },
    {
      // Not after "punctul „…”", "subiectul „…”": then the adjective agrees with the noun, as it should.
      pattern:
        /(?<!\b(punctul|subiectul|tema)\s+„[^„”]*)”\s+(e|este|rămâne|pare)\s+(încă\s+|deja\s+)?(deschis|deschisă|închis|închisă|terminat|terminată|încheiat|încheiată|rezolvat|rezolvată)\b/i,
      why: 'an adjective agreeing with a quoted title, whose gender is unknown: say "punctul „…”"',
    },
  ],
  ru: [
    {
      pattern: /\b(остал(ось|ась|ся|ись)|прошл(о|а|и)|минул(о|а|и)|оставалось)\s+\d/i,
      why: '{minutes} is in the accusative of duration ("уже 5 минут", "ещё 1 минуту"): "осталось" and "прошло" need the nominative',
    },
    {
      pattern: /\b(около|больше|меньше|более|менее|до|после)\s+\d+\s+минут/i,
      why: 'these words need the genitive, which {minutes} is not',
    },
  ],
  vi: [
    {
      pattern:
        /\b(anh|chị|em|bạn|cô|chú|ông|bà|cháu|tôi|mình)( (cho|giúp|gửi|với|báo|nhắn|hỏi|chào|giữ|xin))? \1\b/i,
      why: 'the same pronoun on both sides of a verb ("anh cho anh …"): a pronoun pair has two different words',
    },
    {
      pattern: /\b(ạ|nhé|nha|nhỉ) (ạ|nhé|nha|nhỉ)\b/i,
      why: 'two closing particles in a row ("nhé ạ"): a {pt} after a particle the line already has',
    },
    {
      pattern: /\bquý công ty (ơi|nhé|nha|nhỉ)\b|\b(nhé|nha|nhỉ) quý công ty\b/i,
      why: 'a company is not called with "ơi", nor tagged with a casual particle: formal lines to one person must suit "quý công ty"',
    },
  ],
};

/** Checks every language shares: braces left over, doubled spaces, a sentence that starts in lower case. */
export const COMMON_TRAPS: readonly Trap[] = [
  { pattern: /[{}]/, why: 'a placeholder left unfilled, or a stray brace' },
  { pattern: / {2}/, why: 'two spaces' },
  {
    pattern: /(^|[.!?]\s+)\p{Ll}/u,
    why: 'a sentence starting in lower case (use {You}, {Me}… at the start)',
  },
];

/** The traps a line falls into, as said. */
export function trapsIn(locale: Locale, said: string): string[] {
  return [...COMMON_TRAPS, ...TRAPS[locale]]
    .filter((t) => unicodeWords(t.pattern).test(said))
    .map((t) => t.why);
}
