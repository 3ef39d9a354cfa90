import { clock } from '../../../format/time';

/** "+0:05", "−1:30", "+1:02:00": how far the transcript's 00:00 is from the meeting's start, to the second. */
export function formatOffset(ms: number): string {
  const sec = Math.round(ms / 1000);
  return `${sec < 0 ? '−' : '+'}${clock(Math.abs(sec))}`;
}

const OFFSET = /^([+\-−])?\s*(?:(?:(\d+):)?(\d{1,2}):)?(\d{1,2})$/u;

/**
 * What the user typed as an offset, in ms: a sign (none is +), then h:mm:ss, m:ss or seconds. Null when it does
 * not read as one, so the field keeps what was typed and says so.
 */
export function parseOffset(text: string): number | null {
  const m = OFFSET.exec(text.trim());
  if (!m) return null;
  const [, sign, h, min, sec] = m;
  if ((min !== undefined || h !== undefined) && Number(sec) > 59) return null;
  if (h !== undefined && Number(min) > 59) return null;
  const total = (Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(sec)) * 1000;
  return sign === '-' || sign === '−' ? -total : total;
}
