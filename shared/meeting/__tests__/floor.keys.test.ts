import { describe, expect, it } from 'vitest';
import { Sim, people, plan } from '../../../e2e/support/sim';
import { floorCommand, hasFloorKeys } from '../floor.keys';
import { quickCommand } from '../quick.actions';

const running = () => new Sim(plan({ audience: 'group', participants: people(4) })).do({ type: 'start' });

describe('digit keys', () => {
  it('give the floor to participant n, take it back with their own digit or 0, and queue with shift', () => {
    const sim = running();
    expect(floorCommand(sim.view(), 2)).toEqual({ type: 'giveFloor', participantId: 'p2' });
    expect(floorCommand(sim.view(), 0)).toBeNull();
    sim.do(floorCommand(sim.view(), 2)!);
    expect(floorCommand(sim.view(), 2)).toEqual({ type: 'giveFloor', participantId: null });
    expect(floorCommand(sim.view(), 0)).toEqual({ type: 'giveFloor', participantId: null });
    expect(floorCommand(sim.view(), 3, true)).toEqual({ type: 'queueAdd', participantId: 'p3' });
    sim.do(floorCommand(sim.view(), 3, true)!);
    expect(floorCommand(sim.view(), 3, true)).toEqual({ type: 'queueRemove', participantId: 'p3' });
    expect(quickCommand('queueNext', sim.view().allowed)).toEqual({ type: 'queueNext' });
  });

  it('do nothing for nobody, someone who left, a one-client call, or before the start', () => {
    const sim = running().do({ type: 'leaveParticipant', participantId: 'p4' });
    expect(floorCommand(sim.view(), 4)).toBeNull();
    expect(floorCommand(sim.view(), 7)).toBeNull();
    const planned = new Sim(plan({ audience: 'group', participants: people(2) }));
    expect(floorCommand(planned.view(), 1)).toBeNull();
    const one = new Sim(plan({ participants: people(1) })).do({ type: 'start' });
    expect(hasFloorKeys(one.view())).toBe(false);
    expect(floorCommand(one.view(), 1)).toBeNull();
  });

  it('"next" is the next person in a round, then the next item', () => {
    const sim = new Sim(
      plan({
        audience: 'group',
        participants: people(2),
        items: [{ budgetSec: 1, round: { perPersonSec: 60, auto: false } }, { budgetSec: 600 }],
      }),
    ).do({ type: 'start' });
    expect(quickCommand('startNext', sim.view().allowed)).toEqual({ type: 'roundNext' });
    sim.do({ type: 'roundNext' });
    expect(quickCommand('startNext', sim.view().allowed)).toEqual({ type: 'next' });
  });
});
