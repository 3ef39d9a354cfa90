import { currencyDigits, isKnownCurrency, parseMoneyInput } from '../../../../shared/money/money';
import type { Locale } from '../../../../shared/phrases/phrase.types';
import { carryAddress, defaultAddress } from '../../../../shared/phrases/address.forms';
import type { Participant } from '../../../../shared/people/participant.schema';
import type { Client } from '../../../../shared/settings/client.schema';

/** The form as typed: the rate stays text until it is valid. */
export interface ClientFormState {
  id: string;
  name: string;
  contact: string;
  rate: string;
  currency: string;
  language: Locale;
  /** A form of address the language has (address.forms.ts); for the team, null: as polite as `address`. */
  address: string;
  groupAddress: string | null;
  notes: string;
  /** The people group meetings with them pick from. */
  team: Participant[];
  /** Kept as it was: editing an archived client does not bring it back. */
  archived: boolean;
}

export function blankForm(id: string, language: Locale): ClientFormState {
  return {
    id,
    name: '',
    contact: '',
    rate: '',
    currency: 'EUR',
    language,
    address: defaultAddress(language, 'one'),
    groupAddress: null,
    notes: '',
    team: [],
    archived: false,
  };
}

/** The language changed: each form of address carries over as the new language has it (Sie → usted, → anh – em). */
export function withLanguage(f: ClientFormState, language: Locale): ClientFormState {
  return {
    ...f,
    language,
    address: carryAddress(f.language, f.address, language, 'one') ?? defaultAddress(language, 'one'),
    groupAddress: carryAddress(f.language, f.groupAddress, language, 'group'),
    // Team members who spoke the client's language follow it, each keeping their politeness.
    team: f.team.map((m) =>
      m.language === f.language
        ? {
            ...m,
            language,
            address: carryAddress(m.language, m.address, language, 'one') ?? defaultAddress(language, 'one'),
          }
        : m,
    ),
  };
}

export function toForm(c: Client): ClientFormState {
  const digits = currencyDigits(c.currency);
  return {
    id: c.id,
    name: c.name,
    contact: c.contact,
    rate: c.hourlyRateMinor === null ? '' : (c.hourlyRateMinor / 10 ** digits).toFixed(digits),
    currency: c.currency,
    language: c.language,
    address: c.address,
    groupAddress: c.groupAddress,
    notes: c.notes,
    team: c.team,
    archived: c.archived,
  };
}

type ErrorKey =
  | 'clients.errors.name'
  | 'clients.errors.nameLong'
  | 'clients.errors.contactLong'
  | 'clients.errors.rate'
  | 'clients.errors.currency';
export type FormErrors = Partial<Record<'name' | 'contact' | 'rate' | 'currency', ErrorKey>> & {
  serverName?: string;
};

/** Checks the form; returns the client to save, or what is wrong (as message keys). */
export function fromForm(
  f: ClientFormState,
): { client: Client; errors: null } | { client: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = 'clients.errors.name';
  else if (name.length > 100) errors.name = 'clients.errors.nameLong';
  if (f.contact.trim().length > 100) errors.contact = 'clients.errors.contactLong';
  const currency = f.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency)) errors.currency = 'clients.errors.currency';
  let rate: number | null = null;
  if (f.rate.trim() !== '' && !errors.currency) {
    rate = parseMoneyInput(f.rate, currency);
    if (rate === null) errors.rate = 'clients.errors.rate';
  }
  if (Object.keys(errors).length > 0) return { client: null, errors };
  return {
    client: {
      id: f.id,
      name,
      contact: f.contact.trim(),
      hourlyRateMinor: rate,
      currency,
      language: f.language,
      address: f.address,
      groupAddress: f.groupAddress,
      notes: f.notes,
      team: f.team,
      archived: f.archived,
    },
    errors: null,
  };
}
