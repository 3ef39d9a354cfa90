import { describe, expect, it } from 'vitest';
import { MIN, Sim, plan } from '../../../e2e/support/sim';
import { clientSchema } from '../../settings/client.schema';
import { fillLine } from '../phrase.format';
import { lineContext, lineVoice, personVoice, slightFigures } from '../nudge.context';

const voice = lineVoice(null, 'en', 'one');
const rated = () =>
  new Sim(plan({ rate: { hourlyRateMinor: 6000, currency: 'EUR' }, capSec: 1800 })).do({ type: 'start' });

describe('what a line may quote', () => {
  it('prices off-topic time aloud only from five minutes on, and from ten whole units of the currency', () => {
    const costAt = (rate: { hourlyRateMinor: number; currency: string }, ms: number) => {
      const sim = new Sim(plan({ rate, capSec: 3600 }))
        .do({ type: 'start' })
        .do({ type: 'toggleOffTopic' })
        .wait(ms);
      return lineContext(sim.state, 'offTopic', sim.now, null, voice).cost;
    };
    const eur120 = { hourlyRateMinor: 12000, currency: 'EUR' };
    // 120 €/h: 9.98 € at 4:59 is under five minutes; 10 € at five minutes is said.
    expect(costAt(eur120, 4 * MIN + 59_000)).toBeNull();
    expect(costAt(eur120, 5 * MIN)).toEqual({ amountMinor: 1000, currency: 'EUR' });
    // 60 €/h: 9.99 € at 9:59 is a single-digit sum; 10 € at ten minutes is said.
    const eur60 = { hourlyRateMinor: 6000, currency: 'EUR' };
    expect(costAt(eur60, 9 * MIN + 59_000)).toBeNull();
    expect(costAt(eur60, 10 * MIN)).toEqual({ amountMinor: 1000, currency: 'EUR' });
    // A currency without cents: 10 yen is ten whole units, so only the five minutes count.
    expect(costAt({ hourlyRateMinor: 6000, currency: 'JPY' }, 5 * MIN)).toEqual({
      amountMinor: 500,
      currency: 'JPY',
    });
  });

  it('finds an elapsed time under three minutes too slight to quote, and time left never', () => {
    const sim = rated()
      .do({ type: 'toggleOffTopic' })
      .wait(2 * MIN);
    const early = lineContext(sim.state, 'offTopic', sim.now, null, voice);
    expect(early.minutes).toBe(2);
    expect([...slightFigures('offTopic', early)]).toEqual(['minutes']);
    sim.wait(MIN);
    expect([...slightFigures('offTopic', lineContext(sim.state, 'offTopic', sim.now, null, voice))]).toEqual(
      [],
    );

    const nearEnd = rated().wait(29 * MIN);
    const left = lineContext(nearEnd.state, 'capNear', nearEnd.now, null, voice);
    expect(left.minutes).toBe(1);
    expect([...slightFigures('capNear', left)]).toEqual([]);
  });
});

describe('a line to one person in the room', () => {
  const minh = (address: string) => ({ id: 'p1', name: 'Minh', org: '', language: 'vi' as const, address });
  const said = (address: string) => {
    const sim = rated();
    const v = personVoice(minh(address), 'vi');
    return fillLine(
      '{Me} cảm ơn {voc} {pt}; {you} nói tiếp nhé.',
      lineContext(sim.state, 'turnOverrun', sim.now, null, v),
    );
  };

  it('calls them by name in Vietnamese when the pair does not know them (“anh/chị” is written, never said)', () => {
    expect(said('anhchi-em')).toBe('Em cảm ơn Minh ạ; Minh nói tiếp nhé.');
  });

  it('and with the pronoun of their pair when it does', () => {
    expect(said('anh-em')).toBe('Em cảm ơn anh Minh ạ; anh nói tiếp nhé.');
    expect(said('em-chi')).toBe('Chị cảm ơn Minh nhé; em nói tiếp nhé.');
  });

  it('leaves a line to the client, written, as the pair writes it', () => {
    const sim = rated();
    const client = clientSchema.parse({
      id: 'c1',
      name: 'Sao Mai',
      language: 'vi',
      contact: 'Minh',
      address: 'anhchi-em',
    });
    const v = lineVoice(client, 'vi', 'one');
    expect(fillLine('{Me} cảm ơn {voc} {pt}.', lineContext(sim.state, 'offTopic', sim.now, null, v))).toBe(
      'Em cảm ơn anh/chị ạ.',
    );
  });
});
