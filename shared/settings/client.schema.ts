import { z } from 'zod';
import { safeIdSchema } from '../ids/safe.id';
import { currencySchema, minorAmountSchema } from '../money/money';
import { addressForms, defaultAddress, isAddressOf } from '../phrases/address.forms';
import { locales, registers, type Listeners, type Locale } from '../phrases/phrase.types';
import { legacyViPair } from '../phrases/vietnamese.legacy';
import { participantList } from '../people/participant.schema';

/** A client's fields, as stored now (clientSchema also reads what 0.1 stored). */
export const clientFields = z.object({
  id: safeIdSchema,
  name: z.string().trim().min(1, 'clientNeedsName').max(100),
  /** The person lines speak to, by the name they are called ("Giulia", "Minh"): lines may name them. */
  contact: z.string().trim().max(100).default(''),
  /** Per hour, in the currency's minor unit; null when the client is not billed by the hour. */
  hourlyRateMinor: minorAmountSchema.nullable().default(null),
  currency: currencySchema.default('EUR'),
  /** The language lines are said in to this client. */
  language: z.enum(locales).default('en'),
  /**
   * How lines address the client, as the language offers it (shared/phrases/address.forms.ts): formal or informal
   * (Lei/tu, Sie/du…), in Vietnamese a pronoun pair ("anh-em"). Not given: the language's default, formal where it
   * has one (too formal is a little stiff, too familiar can offend).
   */
  address: z.string().max(40),
  /** How lines address the client's team in a group meeting; null: the group form as polite as `address`. */
  groupAddress: z.string().max(40).nullable().default(null),
  notes: z.string().max(5000).default(''),
  /** The people a group meeting with this client picks from (an agency's team): kept between meetings. */
  team: participantList(),
  /** A removed client with meetings stays, archived, so history keeps its name. */
  archived: z.boolean().default(false),
});

/**
 * The form a client is stored with, in the language it is for. Tactful 0.1 kept Vietnamese pronouns apart
 * (`vi: { you, me }`) beside a formal/informal switch that every language had, English too: a register the
 * language does not have becomes its form of that politeness (English has one), and a missing one the default.
 */
function normalise(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const { vi, ...rest } = raw as Record<string, unknown> & { vi?: { you?: unknown; me?: unknown } };
  const language = (locales as readonly unknown[]).includes(rest.language) ? (rest.language as Locale) : 'en';
  const address =
    language === 'vi' && vi !== undefined ? legacyViPair(vi) : inLanguage(language, 'one', rest.address);
  const group = rest.groupAddress === null ? null : inLanguage(language, 'group', rest.groupAddress);
  const team = Array.isArray(rest.team) ? rest.team.map((m: unknown) => inTeam(language, m)) : rest.team;
  return { ...rest, address, ...(group === undefined ? {} : { groupAddress: group }), team };
}

/** A team member without a language of their own speaks the client's. */
function inTeam(language: Locale, member: unknown): unknown {
  if (typeof member !== 'object' || member === null || 'language' in member) return member;
  return { ...member, language };
}

function inLanguage(language: Locale, listeners: Listeners, form: unknown): unknown {
  if (form === undefined) return listeners === 'one' ? defaultAddress(language, 'one') : undefined;
  if (typeof form !== 'string' || isAddressOf(language, form)) return form;
  if (!(registers as readonly string[]).includes(form)) return form;
  const forms = addressForms(language, listeners);
  return forms.find((f) => f.register === form)?.id ?? defaultAddress(language, listeners);
}

export const clientSchema = z.preprocess(
  normalise,
  clientFields.superRefine((c, ctx) => {
    for (const key of ['address', 'groupAddress'] as const) {
      const form = c[key];
      if (form !== null && !isAddressOf(c.language, form))
        ctx.addIssue({ code: 'custom', path: [key], message: 'addressUnknown', params: { form } });
    }
  }),
);

export type Client = z.infer<typeof clientSchema>;
