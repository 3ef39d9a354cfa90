import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../phrases/phrase.types';
import { formatDurationInput, parseDuration } from '../duration.parse';

describe('duration parsing', () => {
  it.each([
    ['10', 600],
    ['10m', 600],
    ['10 min', 600],
    ['10 minutes', 600],
    ['90s', 90],
    ['1h', 3600],
    ['1h30', 5400],
    ['1h 30m', 5400],
    ['1h05', 3900],
    ['1:30', 5400],
    ['1.5h', 5400],
    ['2,5', 150],
    ['2m 30s', 150],
    ['  15M ', 900],
    ['0', 0],
    ['20 мин', 1200],
    ['1 ч 30 мин', 5400],
    ['25 phút', 1500],
    ['1 giờ', 3600],
    ['1 Std.', 3600],
    ['45 Min.', 2700],
    ['2 ore', 7200],
    ['10 minutos', 600],
    ['1 heure 15', 4500],
    ["10'", 600],
  ])('"%s" is %i s', (input, sec) => {
    expect(parseDuration(input)).toEqual({ ok: true, sec });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['abc', 'format'],
    ['10x', 'format'],
    ['1h70', 'format'],
    ['13h', 'tooLong'],
  ])('"%s" is refused (%s)', (input, error) => {
    expect(parseDuration(input)).toEqual({ ok: false, error });
  });

  it('formats any budget, in any language, so that it parses back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 * 3600 }), fc.constantFrom(...locales), (sec, locale) => {
        expect(parseDuration(formatDurationInput(sec, locale))).toEqual({ ok: true, sec });
      }),
      { numRuns: 2000 },
    );
  });

  it('shows budgets back in the language of the UI', () => {
    expect(formatDurationInput(900)).toBe('15m');
    expect(formatDurationInput(5400)).toBe('1h30');
    expect(formatDurationInput(900, 'ru')).toBe('15\u00a0мин');
    expect(formatDurationInput(5400, 'de')).toBe('1\u00a0Std. 30\u00a0Min.');
    expect(formatDurationInput(1500, 'vi')).toBe('25\u00a0phút');
    expect(formatDurationInput(0, 'fr')).toBe('0\u00a0min');
  });
});
