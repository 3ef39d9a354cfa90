import { describe, expect, it } from 'vitest';
import { MIN, Sim, plan } from '../../../e2e/support/sim';
import { meetingEventSchema } from '../../meeting/meeting.events';
import { MeetingLog } from '../../meeting/meeting.log';
import { buildReport } from '../../report/report.model';
import type { TranscriptRecord } from '../transcript.schema';

const record: TranscriptRecord = {
  fileName: 'call.vtt',
  source: 'teams',
  timing: 'cues',
  speakers: ['Marco', 'Tom Baker'],
  speech: [
    [0, 0, 5000],
    [1, 6000, 9000],
  ],
  cues: 2,
};

function ended() {
  return new Sim(plan())
    .do({ type: 'start' })
    .wait(10 * MIN)
    .do({ type: 'end' });
}

const importIt = {
  type: 'importTranscript',
  transcript: record,
  offsetMs: 0,
  basis: 'meetingStart',
} as const;

describe('a transcript on the meeting’s record', () => {
  it('waits until the meeting has ended', () => {
    const sim = new Sim(plan()).do({ type: 'start' });
    const d = sim.log.decide(importIt, sim.now);
    expect(d).toEqual({ ok: false, error: { code: 'notAllowed', key: 'transcriptNeedsEnd', params: {} } });
  });

  it('keeps the user’s answers and offset, takes one back with null, and replaces it all on a new import', () => {
    const sim = ended();
    sim.log.run(importIt, sim.now);
    expect(sim.state.transcript).toMatchObject({
      names: {},
      offsetMs: 0,
      proposal: { basis: 'meetingStart' },
    });
    sim.log.run(
      {
        type: 'changeTranscript',
        names: { Marco: { kind: 'you' }, 'Tom Baker': { kind: 'other' } },
        offsetMs: -4000,
      },
      sim.now,
    );
    sim.log.run({ type: 'changeTranscript', names: { Marco: null } }, sim.now);
    expect(sim.state.transcript).toMatchObject({
      names: { 'Tom Baker': { kind: 'other' } },
      offsetMs: -4000,
    });
    sim.log.run({ ...importIt, offsetMs: 2000 }, sim.now);
    expect(sim.state.transcript).toMatchObject({ names: {}, offsetMs: 2000, proposal: { offsetMs: 2000 } });
  });

  it('refuses answers about names the transcript does not have, and a change that changes nothing', () => {
    const sim = ended();
    expect(sim.log.decide({ type: 'removeTranscript' }, sim.now)).toMatchObject({
      ok: false,
      error: { key: 'noTranscript' },
    });
    sim.log.run(importIt, sim.now);
    expect(
      sim.log.decide({ type: 'changeTranscript', names: { Zoe: { kind: 'you' } } }, sim.now),
    ).toMatchObject({
      ok: false,
      error: { key: 'noSpeaker', params: { name: 'Zoe' } },
    });
    expect(sim.log.decide({ type: 'changeTranscript', offsetMs: 0 }, sim.now)).toMatchObject({
      ok: false,
      error: { key: 'nothingToChange' },
    });
    expect(sim.log.decide({ type: 'changeTranscript', names: { Marco: null } }, sim.now)).toMatchObject({
      ok: false,
      error: { key: 'nothingToChange' },
    });
  });

  it('reads back from the journal as it was, and is gone once removed', () => {
    const sim = ended();
    sim.log.run(importIt, sim.now);
    sim.log.run({ type: 'changeTranscript', names: { Marco: { kind: 'you' } } }, sim.now);
    // Through JSON and the event schema, as the journal stores and reads it.
    const journal = sim.events.map((e) => meetingEventSchema.parse(JSON.parse(JSON.stringify(e))));
    expect(MeetingLog.replay(journal).state).toEqual(sim.state);
    sim.log.run({ type: 'removeTranscript' }, sim.now);
    expect(sim.state.transcript).toBeNull();
  });

  it('takes a speaker called anything, "constructor" and "__proto__" too, as just a name', () => {
    const sim = ended();
    const odd = { ...record, speakers: ['constructor', '__proto__'] };
    sim.log.run({ ...importIt, transcript: odd }, sim.now);
    expect(buildReport(sim.state, sim.now, null).transcript!.names.map((n) => n.target)).toEqual([
      null,
      null,
    ]);
    sim.log.run({ type: 'changeTranscript', names: { constructor: { kind: 'you' as const } } }, sim.now);
    const names = buildReport(sim.state, sim.now, null).transcript!.names;
    expect(names.map((n) => [n.name, n.target, n.how])).toEqual([
      ['constructor', { kind: 'you' }, 'user'],
      ['__proto__', null, null],
    ]);
    expect(Object.getPrototypeOf(sim.state.transcript!.names)).toBe(Object.prototype);
  });

  it('is refused by the event schema when damaged', () => {
    const bad = (transcript: unknown) =>
      meetingEventSchema.safeParse({
        type: 'transcriptImported',
        at: 0,
        transcript,
        offsetMs: 0,
        basis: 'fileName',
      }).success;
    expect(bad(record)).toBe(true);
    expect(bad({ ...record, speech: [[2, 0, 1000]] })).toBe(false); // no third speaker
    expect(bad({ ...record, speech: [[0, 5000, 1000]] })).toBe(false); // ends before it starts
    expect(bad({ ...record, speech: [record.speech[1], record.speech[0]] })).toBe(false); // out of order
  });
});
