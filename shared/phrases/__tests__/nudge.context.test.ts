import { describe, expect, it } from 'vitest';
import { MIN, Sim, plan } from '../../../e2e/support/sim';
import { lineContext, lineVoice, slightFigures } from '../nudge.context';

const voice = lineVoice(null, 'en', 'one');
const rated = () =>
  new Sim(plan({ rate: { hourlyRateMinor: 6000, currency: 'EUR' }, capSec: 1800 })).do({ type: 'start' });

describe('what a line may quote', () => {
  it('prices off-topic time aloud only from five minutes on', () => {
    const sim = rated()
      .do({ type: 'toggleOffTopic' })
      .wait(4 * MIN + 59_000);
    expect(lineContext(sim.state, 'offTopic', sim.now, null, voice).cost).toBeNull();
    sim.wait(1000);
    expect(lineContext(sim.state, 'offTopic', sim.now, null, voice).cost).toEqual({
      amountMinor: 500,
      currency: 'EUR',
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
