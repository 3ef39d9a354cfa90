import { currencyDigits, isKnownCurrency, parseMoneyInput } from '../../../../shared/money/money';
import type { Locale } from '../../../../shared/phrases/phrase.types';
import { DEFAULT_VI_SELF, type ViAddress, type ViSelf } from '../../../../shared/phrases/vietnamese';
import type { Client } from '../../../../shared/settings/client.schema';

/** The form as typed: the rate stays text until it is valid. */
export interface ClientFormState {
  id: string;
  name: string;
  rate: string;
  currency: string;
  language: Locale;
  address: 'formal' | 'informal';
  viYou: ViAddress;
  viMe: ViSelf;
  notes: string;
}

export function toForm(c: Client): ClientFormState {
  const digits = currencyDigits(c.currency);
  return {
    id: c.id,
    name: c.name,
    rate: c.hourlyRateMinor === null ? '' : (c.hourlyRateMinor / 10 ** digits).toFixed(digits),
    currency: c.currency,
    language: c.language,
    address: c.address,
    viYou: c.vi.you,
    viMe: c.vi.me,
    notes: c.notes,
  };
}

type ErrorKey =
  'clients.errors.name' | 'clients.errors.nameLong' | 'clients.errors.rate' | 'clients.errors.currency';
export type FormErrors = Partial<Record<'name' | 'rate' | 'currency', ErrorKey>> & { serverName?: string };

/** Checks the form; returns the client to save, or what is wrong (as message keys). */
export function fromForm(
  f: ClientFormState,
): { client: Client; errors: null } | { client: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = 'clients.errors.name';
  else if (name.length > 100) errors.name = 'clients.errors.nameLong';
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
      hourlyRateMinor: rate,
      currency,
      language: f.language,
      address: f.address,
      vi: { you: f.viYou, me: f.viMe },
      notes: f.notes,
      archived: false,
    },
    errors: null,
  };
}

/** What a Vietnamese speaker usually calls themselves, given how they address the client. */
export function defaultSelfFor(you: ViAddress): ViSelf {
  return DEFAULT_VI_SELF[you];
}
