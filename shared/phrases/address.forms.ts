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
  /** The lines of this register are the ones that fit. */
  register: Register;
  listeners: Listeners;
  /** Vietnamese only: in Vietnamese the pronoun pair decides the register, so each pair is its own form. */
  words?: VietnameseWords;
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
  vi('anh-em', 'formal', 'one', { you: 'anh', me: 'em', we: 'mình', pt: 'ạ', voc: 'anh {name}' }),
  vi('chi-em', 'formal', 'one', { you: 'chị', me: 'em', we: 'mình', pt: 'ạ', voc: 'chị {name}' }),
  // Not knowing yet whether it is anh or chị: the written B2B form ("Chào anh/chị, em…"), the default.
  vi('anhchi-em', 'formal', 'one', { you: 'anh/chị', me: 'em', we: 'mình', pt: 'ạ', voc: 'anh/chị {name}' }),
  // A client of a parent's age, common with business owners.
  vi('co-chau', 'formal', 'one', { you: 'cô', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'cô {name}' }),
  vi('chu-chau', 'formal', 'one', { you: 'chú', me: 'cháu', we: 'mình', pt: 'ạ', voc: 'chú {name}' }),
  // Very senior or foreign clients: polite and level, "chúng ta" for the two of them.
  vi('ong-toi', 'formal', 'one', { you: 'ông', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'ông {name}' }),
  vi('ba-toi', 'formal', 'one', { you: 'bà', me: 'tôi', we: 'chúng ta', pt: 'ạ', voc: 'bà {name}' }),
  // A small agency speaking for itself to a client's company; the person is still called anh or chị by name.
  vi('benanh-benem', 'formal', 'one', {
    you: 'bên anh',
    me: 'bên em',
    we: 'mình',
    pt: 'ạ',
    voc: 'anh {name}',
  }),
  vi('benchi-benem', 'formal', 'one', {
    you: 'bên chị',
    me: 'bên em',
    we: 'mình',
    pt: 'ạ',
    voc: 'chị {name}',
  }),
  // A company to a company, as in a formal meeting. There is no way to call a company by name: {voc} is the
  // company itself, so formal lines to one person never say "{Voc} ơi" or a casual tag after {you}.
  vi('quycongty-chungtoi', 'formal', 'one', {
    you: 'quý công ty',
    me: 'chúng tôi',
    we: 'chúng ta',
    pt: 'ạ',
    voc: 'quý công ty',
  }),
  // Between equals, or to a younger client: called by their given name. "chúng mình" for we, as "mình" is I.
  vi('ban-minh', 'informal', 'one', { you: 'bạn', me: 'mình', we: 'chúng mình', pt: 'nhé', voc: '{name}' }),
  vi('em-anh', 'informal', 'one', { you: 'em', me: 'anh', we: 'mình', pt: 'nhé', voc: '{name}' }),
  vi('em-chi', 'informal', 'one', { you: 'em', me: 'chị', we: 'mình', pt: 'nhé', voc: '{name}' }),
  // To a group: a client's small team, a larger or more senior one, a mixed room the speaker is junior in; the first
  // formal one is what a group gets when only the one-person pair is known.
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
  // A team of peers.
  vi('g-moinguoi-minh', 'informal', 'group', {
    you: 'mọi người',
    me: 'mình',
    we: 'chúng mình',
    pt: 'nhé',
    voc: 'mọi người',
  }),
];

function vi(id: string, register: Register, listeners: Listeners, words: VietnameseWords): AddressForm {
  return { id, register, listeners, words };
}

/** The other languages: the register is the form (Lei/tu, usted/tú, vous/tu, Sie/du, dumneavoastră/tu, вы/ты). */
function registerForms(locale: Locale): AddressForm[] {
  return (['one', 'group'] as const).flatMap((listeners) =>
    LOCALE_REGISTERS[locale].map((register) => ({ id: register, register, listeners })),
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
  return addressForms(locale, 'group').find((f) => f.register === one.register) ?? null;
}

/** Whether an id names a form this language has (for either audience). */
export function isAddressOf(locale: Locale, id: string): boolean {
  return [...addressForms(locale, 'one'), ...addressForms(locale, 'group')].some((f) => f.id === id);
}
