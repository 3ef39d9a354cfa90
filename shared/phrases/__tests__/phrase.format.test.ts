import { describe, expect, it } from 'vitest';
import { availablePlaceholders, fillLine, formatMinutes } from '../phrase.format';

describe('line formatter', () => {
  it('writes minutes in words of each language, with Russian in the accusative a duration takes', () => {
    expect(formatMinutes(5, 'en')).toBe('5 minutes');
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(20, 'ro')).toBe('20 de minute');
    expect(formatMinutes(1, 'it')).toBe('1 minuto');
    expect(formatMinutes(1, 'ru')).toBe('1 минуту');
    expect(formatMinutes(21, 'ru')).toBe('21 минуту');
    expect(formatMinutes(3, 'ru')).toBe('3 минуты');
    expect(formatMinutes(11, 'ru')).toBe('11 минут');
    expect(formatMinutes(5, 'vi')).toBe('5 phút');
    expect(formatMinutes(5, 'de')).toBe('5 Minuten');
  });

  it('fills every placeholder, with money in the line’s locale', () => {
    const text = fillLine('{client}: {minutes} off topic cost {cost}. Back to {item}, then {next}.', {
      locale: 'en',
      minutes: 7,
      client: 'Anna',
      cost: { amountMinor: 3750, currency: 'EUR' },
      item: 'Budget',
      next: 'Launch',
    });
    expect(text).toBe('Anna: 7 minutes off topic cost €37.50. Back to Budget, then Launch.');
    expect(
      fillLine('{cost}', { locale: 'it', minutes: 1, cost: { amountMinor: 3750, currency: 'EUR' } }),
    ).toBe('37,50\u00a0€');
  });

  it('refuses a line when a value is missing, so the picker can skip it', () => {
    expect(fillLine('Hi {client}', { locale: 'en', minutes: 2 })).toBeNull();
    expect(
      fillLine('That cost {cost}', { locale: 'en', minutes: 2, cost: { amountMinor: 0, currency: 'EUR' } }),
    ).toBeNull();
    expect(fillLine('Next: {next}', { locale: 'en', minutes: 2, next: '   ' })).toBeNull();
    expect(fillLine('{unknown}', { locale: 'en', minutes: 2 })).toBeNull();
  });

  it('capitalises Vietnamese pronouns at the start of a sentence', () => {
    expect(fillLine('{You} ơi, {me} xin phép', { locale: 'vi', minutes: 2, you: 'anh', me: 'em' })).toBe(
      'Anh ơi, em xin phép',
    );
    expect(fillLine('{You} thông cảm', { locale: 'vi', minutes: 2, you: 'quý khách', me: 'tôi' })).toBe(
      'Quý khách thông cảm',
    );
  });

  it('lists what a context can fill', () => {
    const names = availablePlaceholders({ locale: 'en', minutes: 3, item: 'A', client: null });
    expect([...names].sort()).toEqual(['item', 'minutes']);
  });
});
