import { describe, expect, it } from 'vitest';
import { longMeeting } from '../../../e2e/support/long.meeting';

describe('a long meeting (fake clock, real sockets)', () => {
  it('runs 8 hours with three clients, a snapshot a second, and keeps its memory', async () => {
    const r = await longMeeting(8);
    // Every client heard every second.
    expect(r.messagesReceived).toBeGreaterThanOrEqual(3 * 8 * 3600);
    expect(r.eventsJournaled).toBeGreaterThan(90);
    expect(r.rssGrowthMb.holds).toBe(true);
  }, 120_000);
});
