import { describe, expect, it } from 'vitest';
import { situations, tiers, type Situation, type Tier } from '../../meeting/meeting.vocabulary';
import { addressForms, type AddressForm } from '../address.forms';
import { fillLine, listOf, type LineContext } from '../phrase.format';
import { BUILTIN_LINES } from '../phrase.library';
import { placeholdersIn, SITUATION_LISTENERS, SITUATION_PLACEHOLDERS } from '../phrase.placeholders';
import { locales, type Listeners, type Locale, type PhraseLine } from '../phrase.types';
import { wrongRegisterWords } from '../register.markers';
import { trapsIn } from './support/line.traps';

/**
 * Realistic values per language: item titles of either gender (and one starting with a vowel), names, a rate, and the
 * next person as a line names them (in Vietnamese with their pronoun).
 */
const SAMPLES: Record<Locale, { items: string[]; names: string[]; client: string; next?: string[] }> = {
  en: { items: ['Budget review', 'Launch plan'], names: ['Anna', 'Mark'], client: 'Acme Studio' },
  it: {
    items: ['Revisione del budget', 'Piano di lancio'],
    names: ['Giulia', 'Marco'],
    client: 'Caffè Rossi',
  },
  es: {
    items: ['Revisión del presupuesto', 'Plan de lanzamiento'],
    names: ['Lucía', 'Andrés'],
    client: 'Estudio Sol',
  },
  fr: {
    items: ['Analyse des retours', 'Plan de lancement'],
    names: ['Émile', 'Anne'],
    client: 'Atelier Lumière',
  },
  de: {
    items: ['Budgetplanung', 'Zeitplan', 'Angebot'],
    names: ['Anna', 'Jonas'],
    client: 'Schmidt & Söhne',
  },
  ro: {
    items: ['Revizuirea bugetului', 'Planul de lansare'],
    names: ['Ioana', 'Andrei'],
    client: 'Atelier Nord',
  },
  ru: { items: ['Проверка бюджета', 'План запуска'], names: ['Ирина', 'Олег'], client: 'Студия Север' },
  vi: {
    items: ['Rà soát ngân sách', 'Kế hoạch ra mắt'],
    names: ['Minh', 'Lan'],
    client: 'Công ty Sao Mai',
    next: ['chị Lan', 'anh Minh', 'Hùng'],
  },
};

const MINUTES = [1, 2, 5, 21, 60];

/** Every way a line of this slot can be filled: minutes, items, names, the next item and the cost there or not. */
function contexts(locale: Locale, form: AddressForm, full: boolean): LineContext[] {
  const s = SAMPLES[locale];
  const out: LineContext[] = [];
  for (const minutes of MINUTES)
    for (const item of s.items)
      for (const name of form.listeners === 'one' ? [...s.names, null] : [null])
        out.push({
          locale,
          minutes,
          item,
          next: full ? s.items.find((i) => i !== item)! : null,
          client: full ? s.client : null,
          name: full ? name : null,
          cost: full ? { amountMinor: 1000 + minutes * 137, currency: 'EUR' } : null,
          words: form.words ?? null,
          nextName: full ? (s.next ?? s.names)[out.length % (s.next ?? s.names).length]! : null,
          // Two waiting, then three: a list is always plural.
          queue: listOf([...s.names, s.client].slice(0, 2 + (minutes % 2)), locale),
        });
  return out;
}

interface Slot {
  locale: Locale;
  situation: Situation;
  tier: Tier;
  listeners: Listeners;
  form: AddressForm;
}

const slots: Slot[] = locales.flatMap((locale) =>
  situations.flatMap((situation) =>
    tiers.flatMap((tier) =>
      SITUATION_LISTENERS[situation].flatMap((listeners) =>
        addressForms(locale, listeners).map((form) => ({ locale, situation, tier, listeners, form })),
      ),
    ),
  ),
);

const linesFor = (s: Slot) =>
  BUILTIN_LINES.filter(
    (l) =>
      l.locale === s.locale &&
      l.situation === s.situation &&
      l.tier === s.tier &&
      l.register === s.form.register &&
      (l.audience === s.listeners || l.audience === 'any'),
  );

/** What is wrong with a line in this slot, said in every context it can be filled in. */
function problems(line: PhraseLine, slot: Slot): string[] {
  const out = new Set<string>();
  for (const full of [true, false])
    for (const ctx of contexts(slot.locale, slot.form, full)) {
      const said = fillLine(line.text, ctx);
      if (said === null) continue;
      for (const why of trapsIn(slot.locale, said)) out.add(`${why}: «${said}»`);
      for (const w of wrongRegisterWords(slot.locale, slot.form.register, said, slot.listeners))
        out.add(
          `"${w}" does not fit ${slot.form.id} to ${slot.listeners === 'one' ? 'one person' : 'a group'}: «${said}»`,
        );
    }
  return [...out];
}

const label = (s: Slot) => `${s.locale} ${s.situation} tier ${s.tier} to ${s.listeners} as ${s.form.id}`;

describe('lines as they are said', () => {
  it.each(slots.map((s) => [label(s), s] as const))(
    '%s: at least 3 lines, each sound in every case',
    (_, slot) => {
      const lines = linesFor(slot);
      const wrong = lines.flatMap((l) => problems(l, slot).map((p) => `${l.id}: ${p}`));
      expect(wrong).toEqual([]);
      expect(lines.length, 'lines for this slot').toBeGreaterThanOrEqual(3);
      // A meeting without a client, a rate or a next item still has two lines to choose from.
      const optional: readonly string[] = SITUATION_PLACEHOLDERS[slot.situation].optional;
      const plain = lines.filter((l) => placeholdersIn(l.text).every((p) => !optional.includes(p)));
      expect(plain.length, 'lines that need no optional value').toBeGreaterThanOrEqual(2);
    },
  );

  it.each(slots.map((s) => [label(s), s] as const))('%s: the lines are truly different', (_, slot) => {
    const lines = linesFor(slot).map((l) => l.text);
    const bigrams = (t: string) => {
      const w = t.toLocaleLowerCase().match(/[\p{L}\p{N}{}]+/gu) ?? [];
      return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
    };
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = bigrams(lines[i]!);
        const b = bigrams(lines[j]!);
        const shared = [...a].filter((x) => b.has(x)).length;
        expect(shared / Math.max(1, Math.min(a.size, b.size)), `${lines[i]} ~ ${lines[j]}`).toBeLessThan(0.5);
      }
  });
});

describe('the traps themselves', () => {
  it('catch what they say they catch', () => {
    expect(trapsIn('es', 'Nos quedan 1 minuto.')).not.toEqual([]);
    expect(trapsIn('es', 'Tenemos 1 minuto.')).toEqual([]);
    expect(trapsIn('it', '«Revisione del budget» è ancora aperto.')).not.toEqual([]);
    expect(trapsIn('fr', 'Merci de Anne.')).not.toEqual([]);
    expect(trapsIn('fr', 'Merci d’Anne.')).toEqual([]);
    expect(trapsIn('de', 'Wir reden seit den 5 Minuten.')).not.toEqual([]);
    expect(trapsIn('de', 'Wir reden seit 5 Minuten.')).toEqual([]);
    expect(trapsIn('ro', 'Au trecut 1 minut.')).not.toEqual([]);
    expect(trapsIn('ro', 'A trecut 1 minut.')).toEqual([]);
    expect(trapsIn('ru', 'Осталось 1 минуту.')).not.toEqual([]);
    expect(trapsIn('ru', 'Мы говорим уже 1 минуту.')).toEqual([]);
    expect(trapsIn('vi', 'Anh cho anh tạm gác lại nhé.')).not.toEqual([]);
    expect(trapsIn('en', 'anh said so.')).not.toEqual([]);
  });
});
