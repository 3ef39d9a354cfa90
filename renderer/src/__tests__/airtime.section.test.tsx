// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MIN, Sim, people, plan } from '../../../e2e/support/sim';
import { buildReport } from '../../../shared/report/report.model';
import { AirtimeSection } from '../dashboard/report/AirtimeSection';
import { initI18n } from '../i18n/i18n';

/** Marco 3 min, Anna 1 min of four people: 75 % against an equal 25 %, three times an equal share. */
function report() {
  const sim = new Sim(plan({ audience: 'group', participants: people(4), items: [{ budgetSec: 1800 }] }))
    .do({ type: 'start' })
    .do({ type: 'giveFloor', participantId: 'p1' })
    .wait(3 * MIN)
    .do({ type: 'giveFloor', participantId: 'p2' })
    .wait(MIN)
    .do({ type: 'end' });
  return { report: buildReport(sim.state, sim.now, null), clientName: null, people: [] };
}

describe('the report’s balance figure', () => {
  it('writes the ratio with the language’s decimal sign', async () => {
    await initI18n('it');
    const data = report() as unknown as Parameters<typeof AirtimeSection>[0]['data'];
    render(<AirtimeSection data={data} />);
    expect(screen.getByTestId('airtime-balance').textContent).toMatch(/3,0/);
  });
});
