import { describe, expect, it } from 'vitest';
import { matchNames, nameWords, type Roster } from '../name.match';

const roster: Roster = {
  participants: [
    { id: 'p1', name: 'Marco Rossi' },
    { id: 'p2', name: 'Lucía Fernández' },
    { id: 'p3', name: 'Giulia Bianchi' },
    { id: 'p4', name: 'Giulia Verdi' },
  ],
  you: 'Anna Weber',
};

const match = (names: string[], mapping = {}) =>
  matchNames(names, roster, mapping).map((m) => [m.name, m.target, m.how, m.candidates]);

describe('matching transcript names to participants', () => {
  it('reads names as people compare them', () => {
    expect(nameWords('  Lucía  FERNÁNDEZ ')).toEqual(['lucia', 'fernandez']);
    expect(nameWords('Rossi, Marco (Acme)')).toEqual(['marco', 'rossi']);
    expect(nameWords('Marco Rossi | Acme GmbH')).toEqual(['marco', 'rossi']);
    expect(nameWords('Marco Rossi - Acme')).toEqual(['marco', 'rossi']);
    expect(nameWords('Jean-Pierre Dupont [Guest]')).toEqual(['jean-pierre', 'dupont']);
    expect(nameWords("Marco's iPhone")).toEqual(["marco's", 'iphone']);
  });

  it('matches the same name in any case, accents, order and with an organisation after it', () => {
    expect(match(['lucia fernandez', 'Rossi, Marco (Acme)', 'ANNA WEBER'])).toEqual([
      ['lucia fernandez', { kind: 'participant', id: 'p2' }, 'same', []],
      ['Rossi, Marco (Acme)', { kind: 'participant', id: 'p1' }, 'same', []],
      ['ANNA WEBER', { kind: 'you' }, 'same', []],
    ]);
  });

  it('matches a first name, or an initial, only when no one else shares it', () => {
    expect(match(['Marco', 'Marco R.', 'Lucía F'])).toEqual([
      ['Marco', { kind: 'participant', id: 'p1' }, 'firstName', []],
      ['Marco R.', { kind: 'participant', id: 'p1' }, 'firstName', []],
      ['Lucía F', { kind: 'participant', id: 'p2' }, 'firstName', []],
    ]);
    expect(match(['Giulia'])).toEqual([['Giulia', null, null, ['p3', 'p4']]]);
  });

  it('leaves a name that is no one unmatched, and never takes a different surname for the same person', () => {
    expect(match(["Marco's iPhone", 'Marco Bianchi', 'Tom Baker'])).toEqual([
      ["Marco's iPhone", null, null, []],
      ['Marco Bianchi', null, null, []],
      ['Tom Baker', null, null, []],
    ]);
  });

  it('takes the user’s answer over any match', () => {
    expect(
      match(['Giulia', 'Marco'], { Giulia: { kind: 'participant', id: 'p4' }, Marco: { kind: 'other' } }),
    ).toEqual([
      ['Giulia', { kind: 'participant', id: 'p4' }, 'user', []],
      ['Marco', { kind: 'other' }, 'user', []],
    ]);
  });

  it('does without the user’s name when it is not known', () => {
    expect(matchNames(['Anna Weber'], { ...roster, you: null }, {})[0]!.target).toBeNull();
    expect(matchNames(['Anna Weber'], { ...roster, you: '  ' }, {})[0]!.target).toBeNull();
  });
});
