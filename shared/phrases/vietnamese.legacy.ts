/**
 * The pronoun pair a Tactful 0.1 client had, from its separate {you}/{me} choices. Pairs 0.1 allowed that no speaker
 * would use (em with tôi, the same word on both sides) become the nearest sound one.
 */
export function legacyViPair(vi: { you?: unknown; me?: unknown } | undefined): string {
  const you = vi?.you;
  const me = vi?.me;
  if (you === 'anh') return 'anh-em';
  if (you === 'chị') return 'chi-em';
  if (you === 'em') return me === 'chị' ? 'em-chi' : 'em-anh';
  if (you === 'bạn') return 'ban-minh';
  // "quý khách" is hotel-desk language on a call; 0.1 used it as its default for everyone.
  return 'anhchi-em';
}
