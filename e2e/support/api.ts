import type { RunningHost } from './host.fixture';
import { TestClient } from './ws.client';

/**
 * The host's test client (the one every test and bench uses), connected to a running host with its token: for
 * setting up what a spec is not about. `ok(cmd)` sends and fails the spec on a refusal.
 */
export function hostApi(host: RunningHost): Promise<TestClient> {
  return TestClient.connect(`${host.origin.replace(/^http/, 'ws')}/ws`, { token: host.token });
}

/** Off-topic lines after 1, 2 and 3 seconds (and nothing else nagging), so specs need not wait minutes. */
export const FAST_RULES = {
  offTopic: [1, 2, 3],
  itemOverrun: [],
  capNear: [],
  capPassed: [],
  chatOverrun: [],
  adhocLength: [],
};
