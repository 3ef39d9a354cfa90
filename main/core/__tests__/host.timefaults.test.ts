import { describe, expect, it } from 'vitest';
import { runTimeFaults } from '../../../e2e/support/time.faults';

describe('time faults mid-meeting (fake clock)', () => {
  it('keeps every duration by the documented rule through clock jumps of ±1 h and 20-minute suspends', () => {
    const r = runTimeFaults(150);
    expect(r.firstViolation).toBeNull();
    expect(r.violations).toBe(0);
    expect(r.steps).toBeGreaterThan(r.scenarios * 4);
  }, 120_000);
});
