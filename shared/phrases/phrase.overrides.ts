import { z } from 'zod';
import type { ErrorKey } from '../contract/error.catalog';
import { situations } from '../meeting/meeting.vocabulary';
import {
  isPlaceholderName,
  placeholdersIn,
  PRONOUN_PLACEHOLDERS,
  SITUATION_PLACEHOLDERS,
} from './phrase.placeholders';
import { LOCALE_REGISTERS, locales, registers, type Locale, type Register } from './phrase.types';
import type { Situation } from '../meeting/meeting.vocabulary';

export const lineTextSchema = z.string().trim().min(1, 'lineEmpty').max(500);

/** Why a line's placeholders do not fit its situation and language, or null when they do. */
export function placeholderProblem(
  text: string,
  locale: Locale,
  situation: Situation,
): { key: ErrorKey; params: { name: string } } | null {
  const allowed = SITUATION_PLACEHOLDERS[situation];
  for (const name of placeholdersIn(text)) {
    if (!isPlaceholderName(name)) return { key: 'unknownPlaceholder', params: { name } };
    if (PRONOUN_PLACEHOLDERS.includes(name)) {
      if (locale !== 'vi') return { key: 'placeholderOnlyVi', params: { name } };
      continue;
    }
    if (!allowed.always.includes(name) && !allowed.optional.includes(name)) {
      return { key: 'placeholderNoValue', params: { name } };
    }
  }
  return null;
}

export const userLineSchema = z
  .object({
    id: z.string().regex(/^user\.[\w-]{1,64}$/, 'userLineId'),
    locale: z.enum(locales),
    situation: z.enum(situations),
    tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    register: z.enum(registers),
    text: lineTextSchema,
  })
  .superRefine((line, ctx) => {
    if (!LOCALE_REGISTERS[line.locale].includes(line.register as Register)) {
      ctx.addIssue({
        code: 'custom',
        path: ['register'],
        message: 'lineRegister',
      });
    }
    const problem = placeholderProblem(line.text, line.locale, line.situation);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['text'], message: problem.key, params: problem.params });
  });

/** The user's changes to the phrase library, stored in settings; "restore defaults" empties it. */
export const phraseOverridesSchema = z.object({
  edited: z.record(z.string(), lineTextSchema).default({}),
  added: z.array(userLineSchema).max(2000).default([]),
  removed: z.array(z.string()).max(5000).default([]),
});

export type UserLine = z.infer<typeof userLineSchema>;
export type PhraseOverrides = z.infer<typeof phraseOverridesSchema>;

export const NO_OVERRIDES: PhraseOverrides = { edited: {}, added: [], removed: [] };
