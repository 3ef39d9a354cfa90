import { LOCALE_REGISTERS, type Listeners, type Locale, type Register } from './phrase.types';

/**
 * The words a Vietnamese line fills in for one pronoun pair: what the speaker calls the listener ({you}), themselves
 * ({me}) and the two of them together ({we}), the particle a sentence to them ends on ({pt}), and how they are
 * called by name ({voc}: "{name}" is the person's given name; without a name it is {you} alone).
 */
export interface VietnameseWords {
  you: string;
  me: string;
  we: string;
  pt: string;
  voc: string;
}

/** One way of addressing someone in a language, and the lines that fit it. */
export interface AddressForm {
  id: string;
  /** The form as its own language names it: "Sie", "ihr", "usted"; in Vietnamese the pair, "anh – em". */
  shown: string;
  /** The lines of this register are the ones that fit. */
  register: Register;
  listeners: Listeners;
  /** Vietnamese only: in Vietnamese the pronoun pair decides the register, so each pair is its own form. */
  words?: VietnameseWords;
  /** The group form that goes with this one-person form, when nothing else is known (cô → cô chú, ông → quý vị). */
  group?: string;
}

/**
 * Vietnamese pronoun pairs for freelancer–client calls, as data: which pair to use is the user's choice per client
 * (and per participant); the register follows from it. 'formal' pairs speak up to the listener (em or cháu to anh,
 * chị, cô, chú; tôi to ông, bà; a company to a company): their lines may say "ạ", "dạ", "xin phép". 'informal' pairs
 * speak across or down (bạn/mình, anh or chị to a younger em, mọi người/mình): no "ạ". Every 'formal' line must read
 * right with every formal pair, every 'informal' line with every informal one.
 */
export const VI_FORMS: readonly AddressForm[] = [
  // To one person, speaking up: the usual freelancer to client.
  vi(
    'anh-em',
    'formal',
    'one',
    { you: 'anh', me: 'em', we: 'mình', pt: 'ạ', voc: 'anh {name}' },
    'g-anhchi-em',
  ),
  vi(
    'chi-em',
    'formal',
    'one',
    { you: 'chị', me: 'em', we: 'mình', pt: 'ạ', voc: 'chị {name}' },
    'g-anhchi-em',
  ),
  // Not knowing yet whether it is anh or chị: the written B2B form ("Chào anh/chị, em…"), the default until the
  // user says which; said aloud it is better to choose. Never with the name: whoever knows the name knows which.
  vi(
    'anhchi-em',
    'formal',
    'one',
    { you: 'anh/chị', me: 'em', we: 'mình', pt: 'ạ', voc: 'anh/chị' },
    'g-anhchi-em',
  ),
  // A client of a parent's (or grandparent's) age, common with business owners.
  vi(
    'co-chau',
    'formal',
    'one',
    { you: 'cô', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'cô {name}' },
    'g-cochu-chau',
  ),
  vi(
    'chu-chau',
    'formal',
    'one',
    { you: 'chú', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'chú {name}' },
    'g-cochu-chau',
  ),
  vi(
    'bac-chau',
    'formal',
    'one',
    { you: 'bác', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'bác {name}' },
    'g-cochu-chau',
  ),
  // Level and formal: between professionals past their thirties, or with foreign and official clients.
  vi(
    'anh-toi',
    'formal',
    'one',
    { you: 'anh', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'anh {name}' },
    'g-quyvi-toi',
  ),
  vi(
    'chi-toi',
    'formal',
    'one',
    { you: 'chị', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'chị {name}' },
    'g-quyvi-toi',
  ),
  vi(
    'ong-toi',
    'formal',
    'one',
    { you: 'ông', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'ông {name}' },
    'g-quyvi-toi',
  ),
  vi(
    'ba-toi',
    'formal',
    'one',
    { you: 'bà', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'bà {name}' },
    'g-quyvi-toi',
  ),
  // Between equals, a friendly anh/chị (startups, the South), or a younger client: called by their given name.
  // "chúng mình" for we, as "mình" is I.
  vi(
    'ban-minh',
    'informal',
    'one',
    { you: 'bạn', me: 'mình', we: 'chúng mình', pt: 'nhé', voc: '{name}' },
    'g-moinguoi-minh',
  ),
  vi(
    'anh-minh',
    'informal',
    'one',
    { you: 'anh', me: 'mình', we: 'chúng mình', pt: 'nhé', voc: 'anh {name}' },
    'g-moinguoi-minh',
  ),
  vi(
    'chi-minh',
    'informal',
    'one',
    { you: 'chị', me: 'mình', we: 'chúng mình', pt: 'nhé', voc: 'chị {name}' },
    'g-moinguoi-minh',
  ),
  vi(
    'em-anh',
    'informal',
    'one',
    { you: 'em', me: 'anh', we: 'mình', pt: 'nhé', voc: '{name}' },
    'g-cacem-anh',
  ),
  vi(
    'em-chi',
    'informal',
    'one',
    { you: 'em', me: 'chị', we: 'mình', pt: 'nhé', voc: '{name}' },
    'g-cacem-chi',
  ),
  // To a group: a client's small team, a larger or more senior one, a mixed room the speaker is junior in, elders,
  // a client company's team in a formal meeting.
  vi('g-anhchi-em', 'formal', 'group', { you: 'anh chị', me: 'em', we: 'mình', pt: 'ạ', voc: 'anh chị' }),
  vi('g-cacanhchi-em', 'formal', 'group', {
    you: 'các anh chị',
    me: 'em',
    we: 'chúng ta',
    pt: 'ạ',
    voc: 'các anh chị',
  }),
  vi('g-moinguoi-em', 'formal', 'group', {
    you: 'mọi người',
    me: 'em',
    we: 'mình',
    pt: 'ạ',
    voc: 'mọi người',
  }),
  vi('g-cochu-chau', 'formal', 'group', { you: 'cô chú', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'cô chú' }),
  vi('g-quyvi-toi', 'formal', 'group', { you: 'quý vị', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'quý vị' }),
  vi('g-quyvi-chungtoi', 'formal', 'group', {
    you: 'quý vị',
    me: 'chúng tôi',
    we: 'chúng ta',
    pt: 'ạ',
    voc: 'quý vị',
  }),
  // Peers, a facilitator's own team, a lead speaking to juniors (who says "mình", not the speech-like "chúng ta").
  vi('g-moinguoi-minh', 'informal', 'group', {
    you: 'mọi người',
    me: 'mình',
    we: 'chúng mình',
    pt: 'nhé',
    voc: 'mọi người',
  }),
  vi('g-cacban-minh', 'informal', 'group', {
    you: 'các bạn',
    me: 'mình',
    we: 'chúng mình',
    pt: 'nhé',
    voc: 'các bạn',
  }),
  vi('g-cacem-anh', 'informal', 'group', {
    you: 'các em',
    me: 'anh',
    we: 'mình',
    pt: 'nhé',
    voc: 'các em',
  }),
  vi('g-cacem-chi', 'informal', 'group', {
    you: 'các em',
    me: 'chị',
    we: 'mình',
    pt: 'nhé',
    voc: 'các em',
  }),
];

function vi(
  id: string,
  register: Register,
  listeners: Listeners,
  words: VietnameseWords,
  group?: string,
): AddressForm {
  return { id, shown: `${words.you} – ${words.me}`, register, listeners, words, ...(group ? { group } : {}) };
}

type RegisterLocale = Exclude<Locale, 'vi'>;

/** The pronoun each register speaks with, to one person and to a group (the lines' own notes say the same). */
const PRONOUNS: Record<RegisterLocale, Record<Listeners, Partial<Record<Register, string>>>> = {
  en: { one: { neutral: 'you' }, group: { neutral: 'you' } },
  it: { one: { formal: 'Lei', informal: 'tu' }, group: { formal: 'voi', informal: 'voi' } },
  es: { one: { formal: 'usted', informal: 'tú' }, group: { formal: 'ustedes', informal: 'ustedes' } },
  fr: { one: { formal: 'vous', informal: 'tu' }, group: { formal: 'vous', informal: 'vous' } },
  de: { one: { formal: 'Sie', informal: 'du' }, group: { formal: 'Sie', informal: 'ihr' } },
  ro: {
    one: { formal: 'dumneavoastră', informal: 'tu' },
    group: { formal: 'dumneavoastră', informal: 'voi' },
  },
  ru: { one: { formal: 'вы', informal: 'ты' }, group: { formal: 'вы', informal: 'вы' } },
};

/** The other languages: the register is the form (Lei/tu, usted/tú, vous/tu, Sie/du, dumneavoastră/tu, вы/ты). */
function registerForms(locale: RegisterLocale): AddressForm[] {
  return (['one', 'group'] as const).flatMap((listeners) =>
    LOCALE_REGISTERS[locale].map((register) => ({
      id: register,
      shown: PRONOUNS[locale][listeners][register] ?? register,
      register,
      listeners,
    })),
  );
}

/** Every form of address a language offers to one person or to a group. */
export function addressForms(locale: Locale, listeners: Listeners): AddressForm[] {
  const all = locale === 'vi' ? VI_FORMS : registerForms(locale);
  return all.filter((f) => f.listeners === listeners);
}

/**
 * The form a native would pick when nothing else is known: formal (too formal is a little stiff, too familiar can
 * offend). In Vietnamese, "anh/chị … em" to one person (the written B2B form when the gender is not known; it reads
 * as whichever the speaker says) and "anh chị … em" to a group: a freelancer speaking up to a client's team.
 */
export function defaultAddress(locale: Locale, listeners: Listeners): string {
  if (locale === 'vi') return listeners === 'one' ? 'anhchi-em' : 'g-anhchi-em';
  return LOCALE_REGISTERS[locale].includes('formal') ? 'formal' : 'neutral';
}

/** The form to use: the chosen one when the language offers it to these listeners, else the default. */
export function resolveAddress(locale: Locale, listeners: Listeners, chosen?: string | null): AddressForm {
  const forms = addressForms(locale, listeners);
  return (
    forms.find((f) => f.id === chosen) ??
    groupFormFor(locale, chosen, listeners) ??
    forms.find((f) => f.id === defaultAddress(locale, listeners))!
  );
}

/**
 * Speaking to a group where only the one-person form is known: the same register (ihr for du, Sie for Sie), and
 * in Vietnamese the group pair of the same politeness.
 */
function groupFormFor(
  locale: Locale,
  oneForm: string | null | undefined,
  listeners: Listeners,
): AddressForm | null {
  if (listeners !== 'group' || !oneForm) return null;
  const one = addressForms(locale, 'one').find((f) => f.id === oneForm);
  if (!one) return null;
  const groups = addressForms(locale, 'group');
  return groups.find((f) => f.id === one.group) ?? groups.find((f) => f.register === one.register) ?? null;
}

/**
 * The client's form when their language changes: the same form where the new language has it, else the new
 * language's default of the same politeness (Sie → "anh/chị – em", "bạn – mình" → du). Null stays null.
 */
export function carryAddress(
  from: Locale,
  id: string | null,
  to: Locale,
  listeners: Listeners,
): string | null {
  if (id === null) return null;
  if (addressForms(to, listeners).some((f) => f.id === id)) return id;
  const register = addressForms(from, listeners).find((f) => f.id === id)?.register;
  const fallback = defaultAddress(to, listeners);
  if (!register || register === resolveAddress(to, listeners, fallback).register) return fallback;
  return addressForms(to, listeners).find((f) => f.register === register)?.id ?? fallback;
}

/** Whether an id names a form this language has (for either audience). */
export function isAddressOf(locale: Locale, id: string): boolean {
  return [...addressForms(locale, 'one'), ...addressForms(locale, 'group')].some((f) => f.id === id);
}
