import { describe, expect, it } from 'vitest';
import { proposeOffset, talkByPlace, type PlaceSpan } from '../transcript.align';

const MEETING_START = Date.UTC(2026, 10, 24, 14, 0, 0); // 24 Nov 2026, 14:00:00 UTC

describe('proposing where the transcript’s 00:00 falls', () => {
  it('reads a Zoom recording’s start, in UTC, from its file name', () => {
    expect(
      proposeOffset('GMT20261124-140230_Recording.transcript.vtt', MEETING_START, 'Europe/Rome'),
    ).toEqual({
      offsetMs: 150_000, // 14:02:30 − 14:00:00
      basis: 'fileName',
    });
  });

  it('reads a local time in the user’s zone (Teams names recordings that way)', () => {
    // 15:00:05 in Rome in November is 14:00:05 UTC.
    expect(
      proposeOffset('Launch plan-20261124_150005-Meeting Recording.vtt', MEETING_START, 'Europe/Rome'),
    ).toEqual({ offsetMs: 5_000, basis: 'fileName' });
    // In New York (UTC−5 in November), 10:00:05 is 15:00:05 UTC: an hour and 5 s after the meeting started.
    expect(proposeOffset('x-20261124_100005.vtt', MEETING_START, 'America/New_York')).toEqual({
      offsetMs: 3_605_000,
      basis: 'fileName',
    });
  });

  it('assumes the recording started with the meeting when the name says nothing, or another day', () => {
    expect(proposeOffset('transcript.vtt', MEETING_START, 'UTC')).toEqual({
      offsetMs: 0,
      basis: 'meetingStart',
    });
    expect(proposeOffset('GMT20261120-140230_Recording.transcript.vtt', MEETING_START, 'UTC')).toEqual({
      offsetMs: 0,
      basis: 'meetingStart',
    });
  });
});

describe('putting talk where it fell in the meeting', () => {
  const spans: PlaceSpan[] = [
    { place: { kind: 'item', itemId: 'a' }, from: 1000, to: 2000 },
    { place: { kind: 'offTopic', episode: 0 }, from: 2000, to: 2500 },
    { place: { kind: 'paused' }, from: 2500, to: 3000 },
    { place: { kind: 'item', itemId: 'a' }, from: 3000, to: 4000 },
  ];

  it('cuts each stretch where the timeline changes and counts the rest as outside', () => {
    const talk = [
      { key: 'x', from: 500, to: 2200 }, // 500 ms before the start, 1000 in a, 200 off-topic
      { key: 'y', from: 2400, to: 3100 }, // 100 off-topic, 500 paused, 100 in a
      { key: 'x', from: 3900, to: 4600 }, // 100 in a, 600 after the end
    ];
    const out = talkByPlace(talk, spans, 0);
    expect(Object.fromEntries([...out].map(([k, v]) => [k, Object.fromEntries(v)]))).toEqual({
      outside: { x: 500 + 600 },
      'item:a': { x: 1000 + 100, y: 100 },
      'offTopic:0': { x: 200, y: 100 },
      paused: { y: 500 },
    });
  });

  it('shifts the transcript onto the meeting’s clock', () => {
    const out = talkByPlace([{ key: 'x', from: 0, to: 500 }], spans, 1800);
    // 1800–2300 on the meeting's clock: 200 ms in a, 300 off-topic.
    expect(out.get('item:a')?.get('x')).toBe(200);
    expect(out.get('offTopic:0')?.get('x')).toBe(300);
  });
});
