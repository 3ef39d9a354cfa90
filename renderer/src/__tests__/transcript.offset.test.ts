import { describe, expect, it } from 'vitest';
import { formatOffset, parseOffset } from '../dashboard/report/transcript/offset.text';

describe('the transcript offset as typed', () => {
  it('reads a sign and h:mm:ss, m:ss or seconds', () => {
    expect(parseOffset('+0:05')).toBe(5_000);
    expect(parseOffset('0:05')).toBe(5_000);
    expect(parseOffset('−1:30')).toBe(-90_000); // the minus sign it is shown with
    expect(parseOffset('-1:30')).toBe(-90_000); // and the hyphen a keyboard types
    expect(parseOffset(' +1:02:03 ')).toBe(3_723_000);
    expect(parseOffset('45')).toBe(45_000);
  });

  it('refuses what is not one, so the field keeps it and says so', () => {
    for (const bad of ['', '+', '1:75', '1:60:00', '5 min', '1.5', '++1:00', '1:2:3:4'])
      expect(parseOffset(bad)).toBeNull();
  });

  it('shows it back the way it reads', () => {
    expect([formatOffset(1_000), formatOffset(-144_000), formatOffset(0), formatOffset(3_723_400)]).toEqual([
      '+0:01',
      '−2:24',
      '+0:00',
      '+1:02:03',
    ]);
    for (const ms of [0, 5_000, -90_000, 3_723_000]) expect(parseOffset(formatOffset(ms))).toBe(ms);
  });
});
