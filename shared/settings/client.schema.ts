import { z } from 'zod';
import { safeIdSchema } from '../ids/safe.id';
import { currencySchema, minorAmountSchema } from '../money/money';
import { locales } from '../phrases/phrase.types';
import { viPronounsSchema } from '../phrases/vietnamese';

export const clientSchema = z.object({
  id: safeIdSchema,
  name: z.string().trim().min(1, 'clientNeedsName').max(100),
  /** Per hour, in the currency's minor unit; null when the client is not billed by the hour. */
  hourlyRateMinor: minorAmountSchema.nullable().default(null),
  currency: currencySchema.default('EUR'),
  /** The language lines are said in to this client. */
  language: z.enum(locales).default('en'),
  /** Formal by default: too formal is a little stiff, too familiar can offend. */
  address: z.enum(['formal', 'informal']).default('formal'),
  vi: viPronounsSchema.default({ you: 'quý khách', me: 'tôi' }),
  notes: z.string().max(5000).default(''),
  /** A removed client with meetings stays, archived, so history keeps its name. */
  archived: z.boolean().default(false),
});

export type Client = z.infer<typeof clientSchema>;
