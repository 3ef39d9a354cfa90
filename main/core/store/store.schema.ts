import { z } from 'zod';
import { NO_OVERRIDES, phraseOverridesSchema } from '../../../shared/phrases/phrase.overrides';
import { clientSchema } from '../../../shared/settings/client.schema';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings/settings.schema';
import { templateSchema } from '../../../shared/settings/template.schema';

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rect = z.infer<typeof rectSchema>;

/** Everything the settings store holds, one key each. Meetings live in journals, not here. */
export const storeSchema = z.object({
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  clients: z.array(clientSchema).max(10_000).default([]),
  templates: z.array(templateSchema).max(1000).default([]),
  phrases: phraseOverridesSchema.default(NO_OVERRIDES),
  /** The per-install secret browsers must present to reach the host. */
  token: z.string().max(200).default(''),
  /** Where the app's windows were, so they come back there: the overlay per display arrangement. */
  windowState: z
    .object({
      overlay: z.record(z.string(), rectSchema).default({}),
      dashboard: rectSchema.nullable().default(null),
    })
    .default({ overlay: {}, dashboard: null }),
});

export type StoreData = z.infer<typeof storeSchema>;
export type StoreKey = keyof StoreData;
export const STORE_KEYS = Object.keys(storeSchema.shape) as StoreKey[];
export const STORE_DEFAULTS: StoreData = storeSchema.parse({});

/** JSON Schema for each key, for conf's own validation on every read and write. */
export function storeJsonSchema(): Record<StoreKey, Record<string, unknown>> {
  const out = {} as Record<StoreKey, Record<string, unknown>>;
  for (const key of STORE_KEYS) {
    const { $schema: _ignored, ...schema } = z.toJSONSchema(storeSchema.shape[key], {
      io: 'input',
      unrepresentable: 'any',
    });
    out[key] = schema;
  }
  return out;
}
