import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE_MS, totalsOf, turnsOf } from '../speech.turns';
import { talkByPlace, type PlaceSpan } from '../transcript.align';
import { readTranscript } from '../transcript.read';
import type { Speech } from '../transcript.schema';

const NAMES = ['Marco Rossi', 'Lucía Fernández', 'Nguyễn Văn An', 'Anna-Lena Weber'];

/** Speech in order of start: each stretch starts at or after the one before (overlaps allowed). */
const speechArb = fc
  .array(
    fc.record({
      who: fc.integer({ min: 0, max: NAMES.length - 1 }),
      gap: fc.integer({ min: 0, max: 6000 }),
      len: fc.integer({ min: 0, max: 20_000 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((xs) => {
    let at = 0;
    return xs.map(({ who, gap, len }): Speech => {
      at += gap;
      return [who, at, at + len];
    });
  });

const byKey = (who: number | null) => (who === null ? 'none' : String(who));

function union(stretches: readonly Speech[]): number {
  let total = 0;
  let end = -1;
  for (const [, from, to] of [...stretches].sort((a, b) => a[1] - b[1])) {
    if (from >= end) total += to - from;
    else if (to > end) total += to - end;
    end = Math.max(end, to);
  }
  return total;
}

const clock = (ms: number) => {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
};

describe('transcript airtime, for any speech', () => {
  it('is unchanged when a stretch is cut in two', () => {
    fc.assert(
      fc.property(speechArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (speech, pick, where) => {
        const i = pick % speech.length;
        const [who, from, to] = speech[i]!;
        const cut = from + Math.floor((to - from) * where);
        const split: Speech[] = [
          ...speech.slice(0, i),
          [who, from, cut],
          [who, cut, to],
          ...speech.slice(i + 1),
        ];
        expect(totalsOf(turnsOf(split, byKey))).toEqual(totalsOf(turnsOf(speech, byKey)));
      }),
    );
  });

  it('gives each person at least the time their cues cover, and only pauses of up to BRIDGE_MS more', () => {
    fc.assert(
      fc.property(speechArb, (speech) => {
        const totals = totalsOf(turnsOf(speech, byKey));
        for (const [key, p] of totals) {
          const mine = speech.filter((s) => String(s[0]) === key);
          expect(p.talkMs).toBeGreaterThanOrEqual(union(mine));
          expect(p.talkMs).toBeLessThanOrEqual(union(mine) + BRIDGE_MS * mine.length);
          expect(p.longestTurnMs).toBeLessThanOrEqual(p.talkMs);
        }
        // A turn ends exactly where the speaker changes.
        const changes = speech.filter((s, i) => i === 0 || s[0] !== speech[i - 1]![0]).length;
        expect([...totals.values()].reduce((n, p) => n + p.turns, 0)).toBe(changes);
      }),
    );
  });

  it('loses and invents no talk when it is put on the meeting’s timeline', () => {
    const spansArb = fc
      .array(
        fc.record({ kind: fc.constantFrom('item', 'offTopic', 'chat', 'paused'), len: fc.nat(30_000) }),
        { maxLength: 20 },
      )
      .map((xs) => {
        let at = 0;
        return xs.map(({ kind, len }, i): PlaceSpan => {
          const from = at;
          at += len;
          const place =
            kind === 'item'
              ? { kind, itemId: `i${i % 3}` }
              : kind === 'offTopic'
                ? { kind, episode: i }
                : { kind };
          return { place, from, to: at } as PlaceSpan;
        });
      });
    fc.assert(
      fc.property(speechArb, spansArb, fc.integer({ min: -60_000, max: 60_000 }), (speech, spans, shift) => {
        const turns = turnsOf(speech, byKey);
        const placed = talkByPlace(
          turns.flatMap((t) => t.talk),
          spans,
          shift,
        );
        for (const [key, p] of totalsOf(turns)) {
          const there = [...placed.values()].reduce((n, m) => n + (m.get(key) ?? 0), 0);
          expect(there).toBe(p.talkMs);
        }
      }),
    );
  });
});

describe('reading transcripts written the way Zoom and Teams write them', () => {
  const styleArb = fc.record({
    app: fc.constantFrom('zoom', 'teams'),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
  });

  it('gets back exactly who spoke when', async () => {
    await fc.assert(
      fc.asyncProperty(speechArb, styleArb, async (speech, { app, bom, eol }) => {
        const cues = speech.map(([who, from, to], i) => {
          const name = NAMES[who!]!;
          const text = 'so we agreed & moved on: fine';
          const line =
            app === 'zoom'
              ? `${i + 1}${eol}${clock(from)} --> ${clock(to)}${eol}${name}: ${text}`
              : `0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/${i}-0${eol}${clock(from)} --> ${clock(to)}${eol}` +
                `<v ${name.replace(/í/gu, '&#237;')}>${text.replace('&', '&amp;')}</v>`;
          return line;
        });
        const file = `${bom ? '\uFEFF' : ''}WEBVTT${eol}${eol}${cues.join(eol + eol)}${eol}`;
        const r = await readTranscript(file, 'x.vtt');
        if (!r.ok) {
          expect(r.key).toBe('transcriptEmpty');
          expect(speech.every(([, f, t]) => f === t)).toBe(true);
          return;
        }
        const names = r.transcript.speakers;
        const back = r.transcript.speech.map(([w, f, t]) => [names[w!], f, t]);
        // A cue of no length is nobody's airtime: the parser leaves it out.
        const timed = speech.filter(([, f, t]) => t > f);
        expect(back).toEqual([...timed].sort((a, b) => a[1] - b[1]).map(([w, f, t]) => [NAMES[w!], f, t]));
        expect(r.transcript.source).toBe(app);
      }),
      { numRuns: 60 },
    );
  });
});
