import { describe, expect, it } from 'vitest';
import { placeholderProblem } from '../phrase.overrides';
import { BUILTIN_LINES } from '../phrase.library';
import { placeholdersIn, SITUATION_LISTENERS, VIETNAMESE_PLACEHOLDERS } from '../phrase.placeholders';
import { LOCALE_REGISTERS } from '../phrase.types';

/** The built-in library as data: what each line may hold. How lines read once filled: phrase.agreement.test.ts. */
describe('built-in phrase library', () => {
  it('uses only placeholders each line can fill, in its language and situation', () => {
    const wrong = BUILTIN_LINES.filter((l) => placeholderProblem(l.text, l.locale, l.situation) !== null);
    expect(wrong.map((l) => `${l.id}: ${l.text}`)).toEqual([]);
  });

  it('files every line under a register and an audience its language and situation have', () => {
    for (const l of BUILTIN_LINES) {
      expect(LOCALE_REGISTERS[l.locale], l.id).toContain(l.register);
      if (l.audience !== 'any') expect(SITUATION_LISTENERS[l.situation], l.id).toContain(l.audience);
    }
  });

  it('never says "0 minutes over": tier 1 of an overrun fires at the limit itself', () => {
    const zero = BUILTIN_LINES.filter(
      (l) => (l.situation === 'itemOverrun' || l.situation === 'capPassed') && l.tier === 1,
    ).filter((l) => placeholdersIn(l.text).includes('minutes'));
    expect(zero.map((l) => l.id)).toEqual([]);
  });

  it('keeps lines short enough to say in one breath and to fit the overlay', () => {
    const long = BUILTIN_LINES.filter((l) => l.text.length > 240);
    expect(long.map((l) => l.id)).toEqual([]);
  });

  it('names the listener in Vietnamese only through the pronoun placeholders, never hard-coded', () => {
    for (const l of BUILTIN_LINES.filter((x) => x.locale === 'vi')) {
      expect(l.text, l.id).not.toMatch(
        /(?<!\p{L})(bạn|quý khách|anh|chị|cô|chú|ông|bà|mọi người)(?!\p{L})/iu,
      );
      // The vocative comes from {voc} ("anh Minh ơi"), never from a bare name.
      expect(l.text, l.id).not.toMatch(/\{(client|name)\} ơi/);
    }
    const vi = BUILTIN_LINES.filter((x) => x.locale === 'vi' && x.audience !== 'any');
    const withPronoun = vi.filter((l) =>
      placeholdersIn(l.text).some((p) => VIETNAMESE_PLACEHOLDERS.includes(p as never)),
    );
    // Most lines speak to someone, so most must carry the pair's words.
    expect(withPronoun.length / vi.length).toBeGreaterThan(0.6);
  });
});
