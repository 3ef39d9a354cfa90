import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../e2e/support/child.host';
import { fuzzHttp } from '../../../e2e/support/http.fuzz';

/** The size that fits `npm test` (about half a minute on two cores); `npm run bench` sends more. */
const REQUESTS = 10_000;

describe('fuzzing the HTTP side (fast-check, raw bytes over real sockets, the built host)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it(`answers ${REQUESTS.toLocaleString('en')} random and mutated requests and upgrades without a crash or a 5xx`, async () => {
    const r = await fuzzHttp(REQUESTS);
    expect(r.requests).toBe(REQUESTS);
    expect(r.crashes).toBe(0);
    expect(r.serverErrors).toBe(0);
    expect(r.healthFailures).toBe(0);
    // The mix reached every part: pages, refusals of every kind, and upgrades that were accepted.
    expect(r.statuses['200']).toBeGreaterThan(100);
    expect(r.statuses['400']).toBeGreaterThan(1000);
    for (const s of ['101', '302', '401', '403', '404', '405', '421'])
      expect(r.statuses[s], s).toBeGreaterThan(0);
  }, 120_000);
});
