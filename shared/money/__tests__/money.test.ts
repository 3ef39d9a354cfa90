import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDuration } from '../../format/duration.format';
import {
  billedSeconds,
  costOfMs,
  currencyDigits,
  currencySchema,
  formatMoney,
  parseMoneyInput,
} from '../money';

describe('money', () => {
  it('prices time exactly in minor units, rounding half up', () => {
    expect(costOfMs(11 * 60_000, 20_000)).toBe(3667); // 11 min at €200/h = €36.666…
    expect(costOfMs(60 * 60_000, 4500)).toBe(4500);
    expect(costOfMs(1000, 1800)).toBe(1); // one second at €18/h is half a cent: it rounds up
    expect(costOfMs(0, 9999)).toBe(0);
    expect(costOfMs(-5, 9999)).toBe(0);
  });

  it('prices the whole seconds a report shows, so time and money multiply out by hand', () => {
    // 72.3 s is shown as "1 min 12 s": at €60/h that is €1.20, not the €1.21 of 72.3 s.
    expect(billedSeconds(72_300)).toBe(72);
    expect(exactDuration(72_300, 'en')).toBe('1 min 12 sec');
    expect(costOfMs(72_300, 6000)).toBe(120);
    expect(costOfMs(72_500, 6000)).toBe(costOfMs(73_000, 6000));
  });

  it('never drifts from exact integer arithmetic, even for huge values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 24 * 3_600_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (ms, rate) => {
          const sec = BigInt(Math.round(ms / 1000));
          const exact = (sec * BigInt(rate) * 2n + 3600n) / 7200n;
          expect(costOfMs(ms, rate)).toBe(Number(exact));
        },
      ),
    );
  });

  it('knows each currency’s minor unit', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('parses what people type as an amount', () => {
    expect(parseMoneyInput('45', 'EUR')).toBe(4500);
    expect(parseMoneyInput('45,5', 'EUR')).toBe(4550);
    expect(parseMoneyInput(' 1 200.05 ', 'USD')).toBe(120005);
    expect(parseMoneyInput('45.555', 'EUR')).toBeNull();
    expect(parseMoneyInput('-3', 'EUR')).toBeNull();
    expect(parseMoneyInput('abc', 'EUR')).toBeNull();
    expect(parseMoneyInput('1500', 'JPY')).toBe(1500);
  });

  it('accepts only real currency codes', () => {
    expect(currencySchema.safeParse('EUR').success).toBe(true);
    expect(currencySchema.safeParse('eur').success).toBe(false);
    expect(currencySchema.safeParse('XYZ').success).toBe(false);
  });
});
