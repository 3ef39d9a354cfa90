import { describe, expect, it } from 'vitest';
import { locales } from '../../../../shared/phrases/phrase.types';
import { UI_MESSAGES } from '../i18n';
import { en } from '../locales/en';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
// "{{name}}", or "{{name, format}}" (a formatter, such as braces for a placeholder shown as "{item}").
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{(\w+)(?:, *(\w+))?\}\}/g)].map((m) => (m[2] ? `${m[1]}, ${m[2]}` : m[1])).sort();

const english = leaves(en as unknown as Tree);
const plainKeys = [...english.keys()].filter((k) => !PLURAL.test(k));
const pluralBases = [
  ...new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''))),
];

describe.each(locales.filter((l) => l !== 'en'))('UI messages in %s', (locale) => {
  const messages = leaves(UI_MESSAGES[locale] as unknown as Tree);

  it('has every key English has, and no others', () => {
    expect(plainKeys.filter((k) => !messages.has(k))).toEqual([]);
    const known = new Set([...plainKeys, ...pluralBases]);
    expect([...messages.keys()].filter((k) => !known.has(k.replace(PLURAL, '')))).toEqual([]);
  });

  it('has every plural form the language needs', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const c of categories) expect(messages.has(`${base}_${c}`), `${base}_${c}`).toBe(true);
    }
  });

  it('keeps every {{placeholder}} of the English text', () => {
    for (const [key, text] of messages) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
      if (source === undefined) continue;
      const noCount = (xs: (string | undefined)[]) => xs.filter((p) => p !== 'count');
      expect(noCount(placeholders(text)), `${locale} ${key}: ${text}`).toEqual(noCount(placeholders(source)));
      // The number itself may be spelled out only where the form means exactly one (English "1 item"); Russian
      // "one" also covers 21, 31…, so a translation may always keep {{count}}, and the other forms must.
      if (placeholders(source).includes('count') && !/_(zero|one|two)$/.test(key))
        expect(text, `${locale} ${key}: ${text}`).toContain('{{count}}');
    }
  });

  it('is translated, not copied', () => {
    // Only words count: '{{minutes}} min' or 'hh:mm:ss (01:30:00)' read the same everywhere.
    const words = (text: string) => text.replace(/\{\{\w+\}\}/g, '').replace(/\P{L}+/gu, '').length;
    const same = plainKeys.filter((k) => messages.get(k) === english.get(k) && words(english.get(k)!) > 12);
    // A few strings are the same in every language (names, codes); whole sentences are not.
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(3);
  });
});

// A control whose accessible name adds to its visible text must begin with that text (WCAG 2.5.3, axe's
// label-content-name-mismatch): a voice user says what they see.
const NAMED_AFTER_VISIBLE: [visible: string, name: string][] = [['people.leave', 'people.leaveFor']];

describe.each(locales)('accessible names in %s', (locale) => {
  const messages = leaves(UI_MESSAGES[locale] as unknown as Tree);
  it.each(NAMED_AFTER_VISIBLE)('%s is where %s begins', (visible, name) => {
    expect(messages.get(name)!.toLowerCase().startsWith(messages.get(visible)!.toLowerCase())).toBe(true);
  });
});
