import { describe, expect, it } from 'vitest';
import { wrongRegisterWords } from '../register.markers';

describe('register markers', () => {
  it('catches the usual slips in each direction', () => {
    expect(wrongRegisterWords('it', 'formal', 'Se vuoi, torniamo al progetto.', 'one')).toEqual(['vuoi']);
    expect(wrongRegisterWords('it', 'informal', 'Se Lei vuole, torniamo al progetto.', 'one')).toEqual([
      'Lei',
      'vuole',
    ]);
    expect(wrongRegisterWords('de', 'formal', 'Hast du kurz Zeit?', 'one')).toEqual(['du']);
    expect(wrongRegisterWords('ru', 'formal', 'Давай вернёмся к твоему проекту.', 'one')).toEqual([
      'твоему',
      'давай',
    ]);
    expect(wrongRegisterWords('fr', 'formal', 'Je t’envoie le résumé.', 'one')).toEqual(['t’']);
    expect(wrongRegisterWords('vi', 'informal', 'Dạ, {you} thông cảm giúp {me} ạ.', 'one')).toEqual(['ạ']);
  });

  it('matches whole words only, and not inside placeholders or known compounds', () => {
    expect(wrongRegisterWords('it', 'formal', 'Tutto bene, torniamo a {item}.', 'one')).toEqual([]);
    expect(wrongRegisterWords('fr', 'informal', 'On se fixe un rendez-vous ?', 'one')).toEqual([]);
    expect(wrongRegisterWords('fr', 'formal', 'Je peux vous envoyer un résumé.', 'one')).toEqual([]);
  });

  it('lets group lines use the plural "you" that doubles as the polite one', () => {
    expect(wrongRegisterWords('ru', 'informal', 'Давайте вернёмся к повестке.', 'group')).toEqual([]);
    expect(wrongRegisterWords('ru', 'informal', 'Давайте вернёмся к повестке.', 'one')).toEqual(['давайте']);
  });

  it('refuses, in a line to a group, the words that speak to one person', () => {
    expect(wrongRegisterWords('de', 'informal', 'Kannst du das später klären?', 'group')).toEqual(['du']);
    expect(wrongRegisterWords('de', 'informal', 'Könnt ihr das später klären?', 'group')).toEqual([]);
    expect(wrongRegisterWords('it', 'formal', 'Le mando un riepilogo.', 'group')).toEqual(['Le']);
    expect(wrongRegisterWords('es', 'formal', 'Les envío un resumen.', 'group')).toEqual([]);
    expect(wrongRegisterWords('fr', 'informal', 'Je t’envoie le résumé.', 'any')).toEqual(['t’']);
  });

  it('has nothing to check in English', () => {
    expect(wrongRegisterWords('en', 'neutral', 'Shall we get back to it?', 'one')).toEqual([]);
  });
});
