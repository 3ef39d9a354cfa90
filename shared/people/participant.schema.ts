import { z } from 'zod';
import { safeIdSchema } from '../ids/safe.id';
import { addressForms, defaultAddress } from '../phrases/address.forms';
import { locales, type Locale } from '../phrases/phrase.types';

/** Most people a meeting tracks: a council or an all-hands, beyond any facilitator's digit keys. */
export const MAX_PARTICIPANTS = 100;

/** A person as stored now: on a plan, in a client's team, in a template's slots. */
export const participantFields = z.object({
  id: safeIdSchema,
  name: z.string().trim().min(1, 'participantNeedsName').max(100),
  /** Whom they are with ("Acme", "the council"), shown beside the name; '' for none. */
  org: z.string().trim().max(100).default(''),
  /** The language their form of address belongs to (lines to them are said in the meeting's language). */
  language: z.enum(locales).default('en'),
  /** How a line speaks to them alone, as the language offers it (address.forms.ts): Sie/du, "anh-em"… */
  address: z.string().max(40),
});

/** A form the language has for one person, or the language's default when none is given. */
function withAddress(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const p = raw as Record<string, unknown>;
  if (p.address !== undefined) return p;
  const language = (locales as readonly unknown[]).includes(p.language) ? (p.language as Locale) : 'en';
  return { ...p, address: defaultAddress(language, 'one') };
}

export const participantSchema = z.preprocess(
  withAddress,
  participantFields.superRefine((p, ctx) => {
    if (!addressForms(p.language, 'one').some((f) => f.id === p.address))
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: 'addressUnknown',
        params: { form: p.address },
      });
  }),
);

export type Participant = z.infer<typeof participantSchema>;

/** A list of people with ids unique within it (a plan, a team, a template). */
export function participantList(max = MAX_PARTICIPANTS) {
  return z
    .array(participantSchema)
    .max(max)
    .default([])
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((p, i) => {
        if (seen.has(p.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'participantIdsUnique' });
        seen.add(p.id);
      });
    });
}
