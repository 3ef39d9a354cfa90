import { describe, expect, it } from 'vitest';
import { fuzzImports, fuzzMessages } from '../../../e2e/support/fuzz';

describe('fuzzing the host (fast-check)', () => {
  it('answers 10,000 random and mutated messages over the real WebSocket: no crash, clear refusals, nothing changed', async () => {
    const r = await fuzzMessages(10_000);
    expect(r.messages).toBe(10_000);
    expect(r.crashes).toBe(0);
    expect(r.unclearRejections).toBe(0);
    expect(r.changedByRejected).toBe(0);
    // The mix really exercised both sides.
    expect(r.accepted).toBeGreaterThan(500);
    expect(r.rejected).toBeGreaterThan(5000);
  }, 120_000);

  it('reads random pasted agendas, exports and damaged settings files without throwing or losing anything', async () => {
    const r = await fuzzImports(2000);
    expect(r.agendaThrows).toBe(0);
    expect(r.archivesChangedByRefusal).toBe(0);
    expect(r.archivesUnclear).toBe(0);
    expect(r.settingsFailures).toBe(0);
    expect(r.archivesAccepted).toBeGreaterThan(10);
    expect(r.archives - r.archivesAccepted).toBeGreaterThan(100);
  }, 120_000);
});
