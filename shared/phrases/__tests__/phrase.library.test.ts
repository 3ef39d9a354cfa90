import { describe, expect, it } from 'vitest';
import { situations, tiers } from '../../meeting/meeting.vocabulary';
import { BUILTIN_PHRASES } from '../phrase.library';
import { placeholderProblem } from '../phrase.overrides';
import { placeholdersIn, PRONOUN_PLACEHOLDERS, SITUATION_PLACEHOLDERS } from '../phrase.placeholders';
import { LOCALE_REGISTERS, locales } from '../phrase.types';
import { wrongRegisterWords } from '../register.markers';

const slots = locales.flatMap((locale) =>
  situations.flatMap((situation) =>
    tiers.flatMap((tier) =>
      LOCALE_REGISTERS[locale].map((register) => ({ locale, situation, tier, register })),
    ),
  ),
);

const linesOf = (s: (typeof slots)[number]): string[] =>
  Object.values(BUILTIN_PHRASES[s.locale][s.situation][s.tier][s.register] ?? {});

describe('built-in phrase library', () => {
  it.each(slots)('$locale $situation tier $tier $register has at least 3 lines', (slot) => {
    expect(linesOf(slot).length).toBeGreaterThanOrEqual(3);
  });

  it.each(slots)(
    '$locale $situation tier $tier $register always has two lines that need no optional value',
    (slot) => {
      const optional: readonly string[] = SITUATION_PLACEHOLDERS[slot.situation].optional;
      const plain = linesOf(slot).filter((l) => placeholdersIn(l).every((p) => !optional.includes(p)));
      expect(plain.length).toBeGreaterThanOrEqual(2);
    },
  );

  it.each(slots)('$locale $situation tier $tier $register uses only placeholders it can fill', (slot) => {
    for (const line of linesOf(slot))
      expect(placeholderProblem(line, slot.locale, slot.situation), line).toBeNull();
  });

  it.each(slots)('$locale $situation tier $tier $register reads in the right register', (slot) => {
    for (const line of linesOf(slot)) {
      expect(
        wrongRegisterWords(slot.locale, slot.register, line, slot.situation === 'groupDrift'),
        line,
      ).toEqual([]);
    }
  });

  it('never says "0 minutes over": tier 1 of an overrun fires at the limit itself', () => {
    for (const locale of locales) {
      for (const situation of ['itemOverrun', 'capPassed'] as const) {
        for (const register of LOCALE_REGISTERS[locale]) {
          for (const line of Object.values(BUILTIN_PHRASES[locale][situation][1][register] ?? {})) {
            expect(placeholdersIn(line), `${locale} ${situation}: ${line}`).not.toContain('minutes');
          }
        }
      }
    }
  });

  it.each(slots)('$locale $situation tier $tier $register lines are tidy and distinct', (slot) => {
    const lines = linesOf(slot);
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) {
      expect(line.length, line).toBeLessThanOrEqual(240);
      expect(line, 'no stray spaces').toBe(line.trim().replace(/ {2,}/g, ' '));
      // Braces only as placeholders: a typo like "{client" would be typed into the chat as is.
      expect(line.replace(/\{[A-Za-z]+\}/g, ''), line).not.toMatch(/[{}]/);
    }
  });

  it('Vietnamese lines to one client name the pronouns through {you}/{me}, never hard-coded', () => {
    for (const situation of situations) {
      if (situation === 'groupDrift') continue;
      for (const tier of tiers) {
        for (const register of LOCALE_REGISTERS.vi) {
          const lines = Object.values(BUILTIN_PHRASES.vi[situation][tier][register] ?? {});
          for (const line of lines) {
            expect(line, line).not.toMatch(/(?<![\p{L}])(bạn|quý khách|anh|chị)(?![\p{L}])/iu);
          }
          // Most lines speak to the client, so most must carry a pronoun placeholder.
          const withPronoun = lines.filter((l) =>
            placeholdersIn(l).some((p) => PRONOUN_PLACEHOLDERS.includes(p as never)),
          );
          expect(withPronoun.length, `vi ${situation} ${tier} ${register}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });
});
