import { describe, expect, it } from 'vitest';
import { wrongRegisterWords } from '../register.markers';

describe('register markers', () => {
  it('catches the usual slips in each direction', () => {
    expect(wrongRegisterWords('it', 'formal', 'Se vuoi, torniamo al progetto.', false)).toEqual(['vuoi']);
    expect(wrongRegisterWords('it', 'informal', 'Se Lei vuole, torniamo al progetto.', false)).toEqual([
      'Lei',
      'vuole',
    ]);
    expect(wrongRegisterWords('de', 'formal', 'Hast du kurz Zeit?', false)).toEqual(['du']);
    expect(wrongRegisterWords('ru', 'formal', 'Давай вернёмся к твоему проекту.', false)).toEqual([
      'твоему',
      'давай',
    ]);
    expect(wrongRegisterWords('fr', 'formal', 'Je t’envoie le résumé.', false)).toEqual(['t’']);
    expect(wrongRegisterWords('vi', 'informal', 'Dạ, {you} thông cảm giúp {me} ạ.', false)).toEqual(['ạ']);
  });

  it('matches whole words only, and not inside placeholders or known compounds', () => {
    expect(wrongRegisterWords('it', 'formal', 'Tutto bene, torniamo a {item}.', false)).toEqual([]);
    expect(wrongRegisterWords('fr', 'informal', 'On se fixe un rendez-vous ?', false)).toEqual([]);
    expect(wrongRegisterWords('fr', 'formal', 'Je peux vous envoyer un résumé.', false)).toEqual([]);
  });

  it('lets group lines use the plural "you" that doubles as the polite one', () => {
    expect(wrongRegisterWords('ru', 'informal', 'Давайте вернёмся к повестке.', true)).toEqual([]);
    expect(wrongRegisterWords('ru', 'informal', 'Давайте вернёмся к повестке.', false)).toEqual(['давайте']);
  });

  it('has nothing to check in English', () => {
    expect(wrongRegisterWords('en', 'neutral', 'Shall we get back to it?', false)).toEqual([]);
  });
});
