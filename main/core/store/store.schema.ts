import { z } from 'zod';
import { deviceViewSchema } from '../../../shared/contract/contract.schemas';
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

/** More than any household or office pairs; past it, pairing is refused until some are forgotten. */
export const MAX_DEVICES = 500;

/** A name stored by 0.2.0 was an English phrase ("Safari on iPhone", "Firefox on this computer", "Browser"). */
function neutralDeviceName(name: string): string {
  const m = /^(.+?) on (?:this computer|(.+))$/.exec(name);
  if (m) return m[2] ? `${m[1]} · ${m[2]}` : m[1]!;
  return name === 'Browser' ? '' : name;
}

/** A paired device as stored: what the UI sees, and a hash of its token (the token itself is only on the device). */
export const storedDeviceSchema = deviceViewSchema.extend({
  name: z.string().transform(neutralDeviceName),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StoredDevice = z.infer<typeof storedDeviceSchema>;

/** Everything the settings store holds, one key each. Meetings live in journals, not here. */
export const storeSchema = z.object({
  settings: settingsSchema.default(DEFAULT_SETTINGS),
  clients: z.array(clientSchema).max(10_000).default([]),
  templates: z.array(templateSchema).max(1000).default([]),
  phrases: phraseOverridesSchema.default(NO_OVERRIDES),
  /** The per-install secret: in the link printed at start, for tools and for pairing this computer's browser. */
  token: z.string().max(200).default(''),
  /** Phones and browsers paired with this host, each with its own token. */
  devices: z.array(storedDeviceSchema).max(MAX_DEVICES).default([]),
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
