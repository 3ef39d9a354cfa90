// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN, Sim, T0, people, plan } from '../../../e2e/support/sim';
import { initI18n } from '../i18n/i18n';
import { useMeetingKeys } from '../live/meeting.keys';
import { PeoplePanel } from '../live/PeoplePanel';
import { applySnapshot } from '../store/store';
import { installFakeTransport } from './support/fake.transport';
import { snapshotOf } from './support/meeting.fixture';

beforeAll(() => initI18n('en'));

function group(n = 4) {
  return new Sim(plan({ audience: 'group', participants: people(n), turnLimitSec: 120 }), T0).do({
    type: 'start',
  });
}

function WithKeys() {
  useMeetingKeys();
  return <PeoplePanel />;
}

describe('PeoplePanel', () => {
  it('shows each person with their key and talk, who has the floor, who is quiet, and the speaking list', () => {
    const sim = group()
      .do({ type: 'giveFloor', participantId: 'p2' })
      .wait(MIN)
      .do({ type: 'queueAdd', participantId: 'p4' });
    applySnapshot(snapshotOf(sim), Date.now());
    render(<PeoplePanel />);
    expect(screen.getByTestId('floor').textContent).toMatch(/Anna has the floor\s*1:00 \/ 2:00/);
    const anna = screen.getByTestId('person-2');
    expect(anna.className).toContain('is-speaking');
    expect(within(anna).getByTitle('Take the floor back from Anna').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByTestId('person-1').className).toContain('is-quiet');
    expect(screen.getByTestId('person-1').textContent).toContain('not heard yet');
    expect(screen.getByTestId('queue').textContent).toContain('Sofia');
    expect(
      within(screen.getByTestId('person-4')).getByRole('button', { name: /off the speaking list/ }),
    ).toBeTruthy();
  });

  it('gives the floor with a click, takes it back with a click on the speaker, and queues with +', async () => {
    const { sent } = installFakeTransport();
    const sim = group().do({ type: 'giveFloor', participantId: 'p2' });
    applySnapshot(snapshotOf(sim), Date.now());
    render(<PeoplePanel />);
    await userEvent.click(screen.getByTitle('Give the floor to Luca'));
    await userEvent.click(screen.getByTitle('Take the floor back from Anna'));
    await userEvent.click(screen.getByRole('button', { name: 'Put Marco on the speaking list' }));
    expect(sent.map((c) => c.command)).toEqual([
      { type: 'giveFloor', participantId: 'p3' },
      { type: 'giveFloor', participantId: null },
      { type: 'queueAdd', participantId: 'p1' },
    ]);
  });

  it('takes the digits for people in a group meeting, wherever they sit on the keyboard', () => {
    const { sent } = installFakeTransport();
    const sim = group().do({ type: 'giveFloor', participantId: 'p1' });
    applySnapshot(snapshotOf(sim), Date.now());
    render(<WithKeys />);
    // AZERTY: the key that is "1" unshifted types "&", and its code is still Digit1.
    fireEvent.keyDown(window, { key: '&', code: 'Digit3' });
    fireEvent.keyDown(window, { key: '0', code: 'Digit0' });
    fireEvent.keyDown(window, { key: '@', code: 'Digit2', shiftKey: true });
    fireEvent.keyDown(window, { key: '9', code: 'Numpad9' });
    expect(sent.map((c) => c.command)).toEqual([
      { type: 'giveFloor', participantId: 'p3' },
      { type: 'giveFloor', participantId: null },
      { type: 'queueAdd', participantId: 'p2' },
    ]);
  });

  it('is not shown in a one-client call', () => {
    applySnapshot(
      snapshotOf(new Sim(plan({ participants: people(1) }), T0).do({ type: 'start' })),
      Date.now(),
    );
    const { container } = render(<PeoplePanel />);
    expect(container.textContent).toBe('');
  });
});
