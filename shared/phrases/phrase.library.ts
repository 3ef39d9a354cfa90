import { situations, tiers } from '../nudges/nudge.types';
import { de } from './library/de';
import { en } from './library/en';
import { es } from './library/es';
import { fr } from './library/fr';
import { it } from './library/it';
import { ro } from './library/ro';
import { ru } from './library/ru';
import { vi } from './library/vi';
import type { PhraseOverrides } from './phrase.overrides';
import { LOCALE_REGISTERS, locales, type Locale, type LocalePhrases, type PhraseLine } from './phrase.types';

export const BUILTIN_PHRASES: Record<Locale, LocalePhrases> = { en, it, ro, ru, vi, es, de, fr };

function flatten(): PhraseLine[] {
  const out: PhraseLine[] = [];
  for (const locale of locales) {
    for (const situation of situations) {
      for (const tier of tiers) {
        for (const register of LOCALE_REGISTERS[locale]) {
          (BUILTIN_PHRASES[locale][situation][tier][register] ?? []).forEach((text, i) => {
            out.push({
              id: `${locale}.${situation}.${tier}.${register}.${i}`,
              locale,
              situation,
              tier,
              register,
              text,
              source: 'builtin',
            });
          });
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
    const edited = overrides.edited[line.id];
    lines.push(edited === undefined ? line : { ...line, text: edited, source: 'edited' });
  }
  for (const added of overrides.added) {
    if (!removed.has(added.id)) lines.push({ ...added, source: 'user' });
  }
  return lines;
}
