import { situations, tiers } from '../meeting/meeting.vocabulary';
import { LEGACY_LINE_KEYS } from './phrase.legacy.ids';
import { de } from './library/de';
import { en } from './library/en';
import { es } from './library/es';
import { fr } from './library/fr';
import { it } from './library/it';
import { ro } from './library/ro';
import { ru } from './library/ru';
import { vi } from './library/vi';
import type { PhraseOverrides } from './phrase.overrides';
import {
  LOCALE_REGISTERS,
  lineAudiences,
  locales,
  type Locale,
  type LocalePhrases,
  type PhraseLine,
} from './phrase.types';
import { own } from '../ids/safe.id';

export const BUILTIN_PHRASES: Record<Locale, LocalePhrases> = { en, it, ro, ru, vi, es, de, fr };

function flatten(): PhraseLine[] {
  const out: PhraseLine[] = [];
  for (const locale of locales) {
    for (const situation of situations) {
      for (const tier of tiers) {
        for (const register of LOCALE_REGISTERS[locale]) {
          const byAudience = BUILTIN_PHRASES[locale][situation][tier][register] ?? {};
          for (const audience of lineAudiences) {
            for (const [key, text] of Object.entries(byAudience[audience] ?? {})) {
              out.push({
                id: `${locale}.${key}`,
                locale,
                situation,
                tier,
                register,
                audience,
                text,
                source: 'builtin',
              });
            }
          }
        }
      }
    }
  }
  return out;
}

/** Every built-in line, flattened, with stable ids. */
export const BUILTIN_LINES: readonly PhraseLine[] = flatten();

/** The lines in use: built-ins with the user's edits and removals applied, then the user's own lines. */
export function buildLibrary(overrides: PhraseOverrides): PhraseLine[] {
  const removed = new Set(overrides.removed);
  const lines: PhraseLine[] = [];
  for (const line of BUILTIN_LINES) {
    if (removed.has(line.id)) continue;
    const edited = own(overrides.edited, line.id);
    lines.push(edited === undefined ? line : { ...line, text: edited, source: 'edited' });
  }
  for (const added of overrides.added) {
    if (!removed.has(added.id)) lines.push({ ...added, source: 'user' });
  }
  return lines;
}

/**
 * The id a line has now, for an id saved by any version: Tactful 0.1 numbered built-in lines by their position
 * (`it.chattyClient.1.formal.2`); those are looked up in the frozen table. Other ids are returned as they are.
 */
export function currentLineId(id: string): string {
  const m = /^([a-z]{2})\.(\w+)\.(\d)\.(\w+)\.(\d+)$/.exec(id);
  if (!m) return id;
  const key = LEGACY_LINE_KEYS[`${m[1]}.${m[2]}.${m[3]}.${m[4]}`]?.[Number(m[5])];
  return key === undefined ? id : `${m[1]}.${key}`;
}
