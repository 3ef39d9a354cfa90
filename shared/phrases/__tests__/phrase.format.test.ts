import { describe, expect, it } from 'vitest';
import { resolveAddress } from '../address.forms';
import { availablePlaceholders, fillLine, formatMinutes } from '../phrase.format';

describe('line formatter', () => {
  it('writes minutes in words of each language, with Russian in the accusative a duration takes', () => {
    expect(formatMinutes(5, 'en')).toBe('5 minutes');
    expect(formatMinutes(1, 'en')).toBe('1 minute');
    expect(formatMinutes(20, 'ro')).toBe('20 de minute');
    expect(formatMinutes(1, 'it')).toBe('1 minuto');
    expect(formatMinutes(1, 'fr')).toBe('une minute');
    expect(formatMinutes(5, 'fr')).toBe('5 minutes');
    expect(formatMinutes(1, 'ru')).toBe('минуту');
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
    expect(text).toBe('Anna: 7 minutes off topic cost about 40 euros. Back to Budget, then Launch.');
    expect(
      fillLine('{cost}', { locale: 'it', minutes: 1, cost: { amountMinor: 3750, currency: 'EUR' } }),
    ).toBe('circa 40 euro');
  });

  it('refuses a line when a value is missing, so the picker can skip it', () => {
    expect(fillLine('Hi {client}', { locale: 'en', minutes: 2 })).toBeNull();
    expect(
      fillLine('That cost {cost}', { locale: 'en', minutes: 2, cost: { amountMinor: 0, currency: 'EUR' } }),
    ).toBeNull();
    expect(fillLine('Next: {next}', { locale: 'en', minutes: 2, next: '   ' })).toBeNull();
    expect(fillLine('{unknown}', { locale: 'en', minutes: 2 })).toBeNull();
  });

  it('fills Vietnamese lines from the pronoun pair, capitalised at the start of a sentence', () => {
    const words = (id: string) =>
      (resolveAddress('vi', 'one', id).id === id
        ? resolveAddress('vi', 'one', id)
        : resolveAddress('vi', 'group', id)
      ).words!;
    expect(
      fillLine('{You} thông cảm giúp {me} {pt}.', { locale: 'vi', minutes: 2, words: words('anh-em') }),
    ).toBe('Anh thông cảm giúp em ạ.');
    expect(
      fillLine('{We} làm tiếp {pt}.', { locale: 'vi', minutes: 2, words: words('g-quyvi-chungtoi') }),
    ).toBe('Chúng ta làm tiếp ạ.');
    // The vocative names the person with their title, or falls back to the pronoun alone.
    const anh = { locale: 'vi' as const, minutes: 2, words: words('anh-em') };
    expect(fillLine('{Voc} ơi, mình quay lại nhé.', { ...anh, name: 'Minh' })).toBe(
      'Anh Minh ơi, mình quay lại nhé.',
    );
    expect(fillLine('{Voc} ơi, mình quay lại nhé.', anh)).toBe('Anh ơi, mình quay lại nhé.');
    expect(fillLine('{voc} ơi', { locale: 'vi', minutes: 2, words: words('em-anh'), name: 'Lan' })).toBe(
      'Lan ơi',
    );
    expect(fillLine('{you}', { locale: 'it', minutes: 2 })).toBeNull();
  });

  it('says money the way people say it aloud, never with cents', () => {
    const cost = (amountMinor: number, currency: string, locale: 'en' | 'ru' | 'ro' | 'es') =>
      fillLine('{cost}', { locale, minutes: 5, cost: { amountMinor, currency } });
    expect(cost(2510, 'EUR', 'en')).toBe('about 25 euros');
    expect(cost(123_456, 'RUB', 'ru')).toBe('около 1\u00a0200 рублей');
    expect(cost(2_100, 'RUB', 'ru')).toBe('около 20 рублей');
    expect(cost(12_000, 'RON', 'ro')).toBe('cam 120 de lei');
    expect(cost(1_500, 'RON', 'ro')).toBe('cam 15 lei');
    expect(cost(100, 'USD', 'es')).toBe('alrededor de 1 dólar');
    // Less than a whole unit is not worth saying: lines with {cost} are not offered then.
    expect(cost(40, 'EUR', 'en')).toBeNull();
  });

  it('lists what a context can fill', () => {
    const names = availablePlaceholders({ locale: 'en', minutes: 3, item: 'A', client: null });
    expect([...names].sort()).toEqual(['item', 'minutes']);
  });
});

describe('forms of address', () => {
  it('speaks to a group in the form that goes with the one-person form', () => {
    expect(resolveAddress('vi', 'group', 'co-chau').id).toBe('g-cochu-chau');
    expect(resolveAddress('vi', 'group', 'ong-toi').id).toBe('g-quyvi-toi');
    expect(resolveAddress('vi', 'group', 'em-anh').id).toBe('g-cacem-anh');
    expect(resolveAddress('de', 'group', 'informal').register).toBe('informal');
    // Nothing known, or a form this language does not have: the default a native would pick.
    expect(resolveAddress('vi', 'one', null).id).toBe('anhchi-em');
    expect(resolveAddress('it', 'one', 'anh-em').id).toBe('formal');
  });
});
