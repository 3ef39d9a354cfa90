import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../contract/contract.errors';
import { errorText } from '../../contract/error.catalog';
import { BUILTIN_LINES, buildLibrary, currentLineId } from '../phrase.library';
import { NO_OVERRIDES, phraseOverridesSchema, userLineSchema } from '../phrase.overrides';
import { eligibleLines, pickLine } from '../phrase.pick';
import type { PhraseLine } from '../phrase.types';
import { registerFor } from '../phrase.types';

const line = (id: string, text: string, extra: Partial<PhraseLine> = {}): PhraseLine => ({
  id,
  text,
  locale: 'it',
  situation: 'chattyClient',
  tier: 2,
  register: 'formal',
  source: 'builtin',
  ...extra,
});

const q = { locale: 'it', situation: 'chattyClient', tier: 2, register: 'formal' } as const;
const all = new Set(['minutes', 'item', 'client', 'cost']);

describe('line picker', () => {
  const lines = [
    line('a', 'A {item}'),
    line('b', 'B'),
    line('c', 'C {cost}'),
    line('d', 'D', { register: 'informal' }),
  ];

  it('never repeats the last line shown while another one fits', () => {
    for (let r = 0; r < 1; r += 0.05) {
      expect(pickLine(lines, q, all, ['b'], () => r)?.id).not.toBe('b');
    }
  });

  it('avoids every line already shown for this nudge, then at least the latest', () => {
    expect(pickLine(lines, q, all, ['a', 'c'], () => 0.99)?.id).toBe('b');
    expect(pickLine(lines, q, all, ['a', 'b', 'c'], () => 0.99)?.id).not.toBe('c');
  });

  it('skips lines whose values are missing and never crosses into the other register', () => {
    const noCost = new Set(['minutes', 'item']);
    const seen = new Set<string>();
    for (let r = 0; r < 1; r += 0.01) seen.add(pickLine(lines, q, noCost, [], () => r)!.id);
    expect([...seen].sort()).toEqual(['a', 'b']);
  });

  it('falls back to the nearest tier, then to English, when a slot is empty', () => {
    const onlyTier1 = [line('t1', 'one', { tier: 1 }), line('t3', 'three', { tier: 3 })];
    expect(pickLine(onlyTier1, { ...q, tier: 2 }, all, [], () => 0)?.id).toBe('t3');
    const english = [line('en', 'english', { locale: 'en', register: 'neutral' })];
    expect(pickLine(english, q, all, [], () => 0)?.id).toBe('en');
    expect(pickLine([], q, all, [], () => 0)).toBeNull();
  });

  it('uses the client’s register where the language has one', () => {
    expect(registerFor('it', 'informal')).toBe('informal');
    expect(registerFor('en', 'informal')).toBe('neutral');
  });
});

describe('phrase library with user changes', () => {
  it('applies edits, removals and the user’s own lines over the built-ins', () => {
    const base = buildLibrary(NO_OVERRIDES);
    const [target, other] = base.filter(
      (l) => l.locale === 'en' && l.situation === 'chattyClient' && l.tier === 2,
    );
    const lib = buildLibrary({
      edited: { [target!.id]: 'Shall we get back to {item}?' },
      removed: [other!.id],
      added: [
        {
          id: 'user.x1',
          locale: 'en',
          situation: 'chattyClient',
          tier: 2,
          register: 'neutral',
          text: 'Mine, {client}!',
        },
      ],
    });
    expect(lib.find((l) => l.id === target!.id)).toMatchObject({
      text: 'Shall we get back to {item}?',
      source: 'edited',
    });
    expect(lib.some((l) => l.id === other!.id)).toBe(false);
    expect(lib.find((l) => l.id === 'user.x1')?.source).toBe('user');
    const slot = eligibleLines(
      lib,
      { locale: 'en', situation: 'chattyClient', tier: 2, register: 'neutral' },
      new Set(['item', 'client']),
    );
    expect(slot.map((l) => l.id)).toContain('user.x1');
  });

  it('rejects user lines with placeholders that cannot be filled, or the wrong register', () => {
    const ok = {
      id: 'user.a',
      locale: 'it',
      situation: 'capNear',
      tier: 1,
      register: 'formal',
      text: 'Mancano {minutes}.',
    };
    expect(userLineSchema.safeParse(ok).success).toBe(true);
    const bad = (patch: object) => userLineSchema.safeParse({ ...ok, ...patch });
    // What the user reads: the refusal's key with its parameters, in words.
    const says = (patch: object) => {
      const { key, params } = describeIssue(bad(patch).error!.issues[0]!);
      return errorText(key, params);
    };
    expect(says({ text: 'Mancano {minuti}.' })).toMatch(/no placeholder \{minuti\}/);
    expect(says({ text: 'Costa {cost}.' })).toMatch(/no value in this situation/);
    expect(says({ text: '{you} ơi' })).toMatch(/only for Vietnamese/);
    expect(bad({ register: 'neutral' }).success).toBe(false);
    expect(bad({ text: '   ' }).success).toBe(false);
    expect(phraseOverridesSchema.parse({})).toEqual(NO_OVERRIDES);
  });
});

describe('line ids', () => {
  it('are the lines’ own, so a line added anywhere in a list re-targets nothing', () => {
    const ids = BUILTIN_LINES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]{2}\.[a-z0-9]{6}$/);
  });

  it('reads the position ids Tactful 0.1 saved as the lines they meant then', () => {
    // Position 0 of English chatty-client tier 2 was the product's own example line in 0.1.
    const id = currentLineId('en.chattyClient.2.neutral.0');
    expect(BUILTIN_LINES.find((l) => l.id === id)?.text).toBe(
      'I’m sure you don’t want to pay me to chat too long — shall we get back to the project?',
    );
    expect(BUILTIN_LINES.find((l) => l.id === currentLineId('it.capNear.1.formal.0'))?.locale).toBe('it');
    expect(currentLineId('user.abc')).toBe('user.abc');
    expect(currentLineId('en.chattyClient.2.neutral.99')).toBe('en.chattyClient.2.neutral.99');
  });
});
