import type { z } from 'zod';
import { phraseOverridesSchema } from '../../../shared/phrases/phrase.overrides';
import { clientSchema } from '../../../shared/settings/client.schema';
import { settingsSchema } from '../../../shared/settings/settings.schema';
import { templateSchema } from '../../../shared/settings/template.schema';
import { STORE_DEFAULTS, storeSchema, storedDeviceSchema, type StoreData } from './store.schema';

export interface Repair {
  data: Record<string, unknown>;
  problems: string[];
}

function describe(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? `${i.path.join('.') || 'value'}: ${i.message}` : 'invalid';
}

/** Keeps the valid elements of a list and says which were dropped. */
function repairList<T>(key: string, raw: unknown, element: z.ZodType<T>, problems: string[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`${key} was not a list and was reset`);
    return [];
  }
  const kept: T[] = [];
  raw.forEach((item, i) => {
    const r = element.safeParse(item);
    if (r.success) kept.push(r.data);
    else problems.push(`${key}[${i}] was dropped (${describe(r.error)})`);
  });
  return kept;
}

/** An object section: each field that fails falls back to its default; the rest stays. */
function repairSection<T extends Record<string, unknown>>(
  key: string,
  raw: unknown,
  schema: z.ZodType<T>,
  defaults: T,
  problems: string[],
): T {
  const whole = schema.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${key} was not an object and was reset`);
    return defaults;
  }
  const merged: Record<string, unknown> = { ...defaults };
  for (const [field, value] of Object.entries(raw)) {
    const candidate = schema.safeParse({ ...merged, [field]: value });
    if (candidate.success) merged[field] = value;
    else problems.push(`${key}.${field} was reset (${describe(candidate.error)})`);
  }
  return schema.parse(merged);
}

/**
 * Repairs the parsed contents of a settings file that failed validation: valid values stay, invalid ones fall
 * back to defaults (for lists: invalid entries are dropped). Unknown keys are kept as they are. The caller keeps a
 * copy of the original, so nothing the user had is lost.
 */
export function repairStore(raw: unknown): Repair {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      data: { ...STORE_DEFAULTS },
      problems: ['the settings file did not hold an object and was reset'],
    };
  }
  const src = raw as Record<string, unknown>;
  const data: Record<string, unknown> = { ...src };
  const has = (k: keyof StoreData) => k in src;
  data.settings = has('settings')
    ? repairSection('settings', src.settings, settingsSchema, STORE_DEFAULTS.settings, problems)
    : STORE_DEFAULTS.settings;
  data.clients = has('clients') ? repairList('clients', src.clients, clientSchema, problems) : [];
  data.templates = has('templates') ? repairList('templates', src.templates, templateSchema, problems) : [];
  data.phrases = has('phrases')
    ? repairSection('phrases', src.phrases, phraseOverridesSchema, STORE_DEFAULTS.phrases, problems)
    : STORE_DEFAULTS.phrases;
  // A device that cannot be read is paired again; that costs a scan, never data.
  data.devices = has('devices') ? repairList('devices', src.devices, storedDeviceSchema, []) : [];
  const token = storeSchema.shape.token.safeParse(src.token);
  if (!token.success) problems.push('the access token was unreadable; a new one will be made');
  data.token = token.success ? token.data : '';
  const windows = storeSchema.shape.windowState.safeParse(src.windowState);
  // Window positions are worth nothing next to the user's data: reset quietly if they are off.
  data.windowState = windows.success ? windows.data : STORE_DEFAULTS.windowState;
  return { data, problems };
}
