import { z } from 'zod';

/** ISO 4217 code, upper case, known to this runtime's Intl. */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as EUR')
  .refine(isKnownCurrency, 'unknown currency code');

/** Amounts are integers in the currency's minor unit (cents): money is never a float. */
export const minorAmountSchema = z
  .number()
  .int('amounts are whole minor units (cents)')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

export interface Money {
  amountMinor: number;
  currency: string;
}

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function isKnownCurrency(code: string): boolean {
  return knownCurrencies.has(code);
}

/** Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

const SEC_PER_HOUR = 3600n;

/** Billed time is whole seconds (half up): the seconds every figure beside a cost shows, and the ones priced. */
export function billedSeconds(ms: number): number {
  return ms <= 0 ? 0 : Math.round(ms / 1000);
}

/**
 * What `ms` of time costs at an hourly rate: its whole seconds times the rate, rounded half up to a whole minor
 * unit, so "1 min 12 s at €60/h" is €1.20 for whoever checks by hand. Exact: no floating money.
 */
export function costOfMs(ms: number, hourlyRateMinor: number): number {
  if (hourlyRateMinor <= 0) return 0;
  const product = BigInt(billedSeconds(ms)) * BigInt(hourlyRateMinor);
  return Number((product + SEC_PER_HOUR / 2n) / SEC_PER_HOUR);
}

/** Formats minor units for a locale: 3750 EUR → "€37.50" (en) or "37,50 €" (it). */
export function formatMoney(m: Money, locale: string, opts: { whole?: boolean } = {}): string {
  const digits = currencyDigits(m.currency);
  const value = m.amountMinor / 10 ** digits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    ...(opts.whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
  }).format(value);
}

/** Parses what a user types as an amount ("45", "45.50", "45,5") into minor units, or null. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  const m = /^(\d{1,12})(?:[.,](\d+))?$/.exec(t);
  if (!m) return null;
  const digits = currencyDigits(currency);
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
}
