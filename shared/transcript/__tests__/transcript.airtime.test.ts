import { describe, expect, it } from 'vitest';
import { MIN, Sim, people as participants, plan } from '../../../e2e/support/sim';
import type { MeetingCommand } from '../../meeting/meeting.commands';
import { buildReport } from '../../report/report.model';
import type { Roster } from '../name.match';
import { readTranscript } from '../transcript.read';
import type { TranscriptRecord } from '../transcript.schema';
import { fixture, type FIXTURES } from './support/fixtures';

const SEC = 1000;

async function read(name: keyof typeof FIXTURES): Promise<TranscriptRecord> {
  const { fileName, content } = fixture(name);
  const r = await readTranscript(content, fileName);
  if (!r.ok) throw new Error(r.key);
  return r.transcript;
}

const people = ['Marco Rossi', 'Giulia Bianchi', 'Lucía Fernández'].map((name, i) => ({
  ...participants(3)[i]!,
  name,
}));
const roster: Roster = { participants: people, you: 'Anna Weber' };

const floor = (participantId: string | null): MeetingCommand => ({ type: 'giveFloor', participantId });

/**
 * Budget from the start to 0:35, Website to 1:00 with an off-topic episode from 0:45 to 0:50; recording started a
 * second after the meeting (offset 1 s). `taps`: floor changes, by the second they happen at.
 */
async function meeting(transcript: TranscriptRecord, offsetMs = SEC, taps: [number, string | null][] = []) {
  const steps: [number, MeetingCommand][] = [
    [35, { type: 'next' }],
    [45, { type: 'toggleOffTopic' }],
    [50, { type: 'toggleOffTopic' }],
    [60, { type: 'end' }],
    ...taps.map(([at, who]): [number, MeetingCommand] => [at, floor(who)]),
  ];
  steps.sort((a, b) => a[0] - b[0]);
  const sim = new Sim(plan({ items: [{ title: 'Budget' }, { title: 'Website' }], participants: people })).do({
    type: 'start',
  });
  let now = 0;
  for (const [at, cmd] of steps) {
    sim.wait((at - now) * SEC).do(cmd);
    now = at;
  }
  const d = sim.log.run({ type: 'importTranscript', transcript, offsetMs, basis: 'fileName' }, sim.now);
  if (!d.ok) throw new Error(d.error.key);
  return sim;
}

const rows = (sim: Sim) =>
  buildReport(sim.state, sim.now, null, roster).transcript!.rows.map((r) => [
    r.key,
    r.talkMs,
    r.turns,
    r.longestTurnMs,
  ]);

describe('airtime from a Zoom transcript', () => {
  it('adds up each person’s talk, turns and longest turn', async () => {
    const sim = await meeting(await read('zoom'));
    expect(rows(sim)).toEqual([
      // Marco: cues 2–3 run on (8–21 s, 13 s), 4 s of silence, cue 4 (25–30 s, 5 s) — one turn of 13 + 5 = 18 s;
      // then 35–38 s (3 s) after Giulia. 18 + 3 = 21 s in 2 turns.
      ['p:p1', 21 * SEC, 2, 18 * SEC],
      // Giulia: 30.5–34.5 s (4 s) and 42–50 s (8 s): 12 s in 2 turns.
      ['p:p2', 12 * SEC, 2, 8 * SEC],
      // Anna (the user): 2–7.5 s (5.5 s), 38–41 s (3 s), 50–52 s (2 s): 10.5 s in 3 turns.
      ['you', 10.5 * SEC, 3, 5.5 * SEC],
      // Lucía was in the call and said nothing the transcript caught: she has her row, at zero.
      ['p:p3', 0, 0, 0],
    ]);
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(t.totalTalkMs).toBe(43.5 * SEC); // 21 + 12 + 10.5
    expect(t.rows.map((r) => r.share)).toEqual([21 / 43.5, 12 / 43.5, 10.5 / 43.5, 0]);
    // The floor was never given in this meeting: nothing tapped to compare with.
    expect([t.tapped, t.rows[0]!.tapped]).toEqual([false, null]);
    expect(t.unmatched).toBe(0);
  });

  it('puts the talk in the agenda item and off-topic episode it fell in', async () => {
    const sim = await meeting(await read('zoom'));
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    const place = (kind: string) => t.places.find((p) => JSON.stringify(p.place).includes(kind))!;
    // Shifted by 1 s: Anna 3–8.5 s, Marco 9–22 s and 26–31 s, Giulia 31.5–35.5 s all in Budget (until 35 s), but
    // for Giulia's last half second.
    expect(place('i0').talk).toEqual({ you: 5.5 * SEC, 'p:p1': 18 * SEC, 'p:p2': 3.5 * SEC });
    // Website, 35–45 s and 50–60 s: Giulia 0.5 s + 43–45 s (2 s) + 50–51 s (1 s), Marco 36–39 s, Anna 39–42 s and
    // 51–53 s.
    expect(place('i1').talk).toEqual({ 'p:p2': 3.5 * SEC, 'p:p1': 3 * SEC, you: 5 * SEC });
    // Off-topic 45–50 s: Giulia, who spoke from 43 to 51 s.
    expect(place('offTopic').talk).toEqual({ 'p:p2': 5 * SEC });
    expect(t.places.map((p) => p.totalMs)).toEqual([27 * SEC, 11.5 * SEC, 5 * SEC]);
  });

  it('moves talk between places when the offset changes, and counts what falls outside the meeting', async () => {
    // Recording started 50 s after the meeting: Anna's 2–7.5 s land at 52–57.5 s (Website), Marco's 8–21 s at
    // 58–71 s, of which 58–60 s is Website; the meeting ended at 60 s, so the rest is outside it.
    const sim = await meeting(await read('zoom'), 50 * SEC);
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(t.places.map((p) => [p.place.kind, p.talk, p.totalMs])).toEqual([
      ['item', { you: 5.5 * SEC, 'p:p1': 2 * SEC }, 7.5 * SEC],
      ['outside', { 'p:p1': 19 * SEC, 'p:p2': 12 * SEC, you: 5 * SEC }, 36 * SEC], // 43.5 − 7.5; Marco 21 − 2
    ]);
  });
});

describe('airtime from a Teams transcript', () => {
  it('matches "Rossi, Marco (Acme)" to Marco Rossi and keeps an unknown name as its own row', async () => {
    const sim = await meeting(await read('teams'));
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(rows(sim)).toEqual([
      // Lucía: 9.5–16.5 s (7 s); 18–23 s, a 1 s pause (bridged), 24–26 s: 8 s. 15 s in 2 turns.
      ['p:p3', 15 * SEC, 2, 8 * SEC],
      // Marco: 1.5–9 s (two cues of one utterance, 7.5 s), 17–18 s (1 s), 29.5–35.5 s (6 s): 14.5 s in 3 turns.
      ['p:p1', 14.5 * SEC, 3, 7.5 * SEC],
      // Tom Baker is no one on the list: his 27–29 s wait for the user to say who he is.
      ['s:Tom Baker', 2 * SEC, 1, 2 * SEC],
      ['p:p2', 0, 0, 0],
    ]);
    expect(t.rows.map((r) => r.unmatched)).toEqual([false, false, true, false]);
    expect(t.unmatched).toBe(1);
    expect(t.names.map((n) => n.how)).toEqual(['same', 'same', null]);
  });

  it('gathers two names of one person into one row once the user says so', async () => {
    const sim = await meeting(await read('teams'));
    sim.log.run(
      { type: 'changeTranscript', names: { 'Tom Baker': { kind: 'participant', id: 'p1' } } },
      sim.now,
    );
    // Tom's 2 s now count as Marco's, and as a turn of its own between Lucía's and Marco's: 27–29 s and 29.5–35.5 s
    // are one run of "Marco" now, 2 + 0.5 (bridged) + 6 = 8.5 s, so Marco has 3 turns, the longest 8.5 s.
    expect(rows(sim)).toEqual([
      ['p:p1', 17 * SEC, 3, 8.5 * SEC], // 7.5 + 1 + 8.5
      ['p:p3', 15 * SEC, 2, 8 * SEC],
      ['p:p2', 0, 0, 0],
    ]);
  });
});

describe('airtime from a Google Meet transcript', () => {
  it('reads estimated moments the same way', async () => {
    const sim = await meeting(await read('meet'), 0);
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(t.timing).toBe('estimated');
    // Marco 0–30 s and 52.5–90 s, Giulia 30–40 s, Anna 40–52.5 s (see the reader's test for the shares).
    expect(rows(sim)).toEqual([
      ['p:p1', 67.5 * SEC, 2, 37.5 * SEC], // 30 + 37.5
      ['you', 12.5 * SEC, 1, 12.5 * SEC],
      ['p:p2', 10 * SEC, 1, 10 * SEC],
      ['p:p3', 0, 0, 0],
    ]);
    expect(t.spanMs).toBe(1.5 * MIN);
    // Someone speaks all along from 0 to 90 s: Budget 0–35 s, Website 35–45 and 50–60 s, off-topic 45–50 s, and
    // 60–90 s after the meeting ended.
    expect(t.places.map((p) => p.totalMs)).toEqual([35 * SEC, 20 * SEC, 5 * SEC, 30 * SEC]);
  });
});

describe('tapped beside transcript', () => {
  // The facilitator gave the floor: Marco at 0:08, Giulia at 0:30, Marco at 0:36, nobody at 0:39 (the user spoke),
  // Giulia at 0:43, nobody at 0:51.
  const taps: [number, string | null][] = [
    [8, 'p1'],
    [30, 'p2'],
    [36, 'p1'],
    [39, null],
    [43, 'p2'],
    [51, null],
  ];

  it('puts each participant’s tapped figures beside their transcript ones', async () => {
    const sim = await meeting(await read('zoom'), SEC, taps);
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(t.tapped).toBe(true);
    expect(
      t.rows.map((r) => [
        r.key,
        r.talkMs,
        r.tapped && [r.tapped.talkMs, r.tapped.turns, r.tapped.longestTurnMs],
      ]),
    ).toEqual([
      // Tapped, Marco: 0:08–0:30 (22 s) and 0:36–0:39 (3 s) = 25 s in 2 turns.
      ['p:p1', 21 * SEC, [25 * SEC, 2, 22 * SEC]],
      // Giulia: 0:30–0:36 (6 s) and 0:43–0:51 (8 s) = 14 s in 2 turns.
      ['p:p2', 12 * SEC, [14 * SEC, 2, 8 * SEC]],
      // The user is never tapped; Lucía never had the floor.
      ['you', 10.5 * SEC, null],
      ['p:p3', 0, [0, 0, 0]],
    ]);
    // Shares of all tapped talk: 25 / 39 and 14 / 39.
    expect(t.rows.map((r) => r.tapped?.share)).toEqual([25 / 39, 14 / 39, undefined, 0]);
  });

  it('and per place: the same stretches, tapped and transcribed', async () => {
    const sim = await meeting(await read('zoom'), SEC, taps);
    const t = buildReport(sim.state, sim.now, null, roster).transcript!;
    expect(t.places.map((p) => [p.place, p.tapped])).toEqual([
      // Budget (to 0:35): Marco 0:08–0:30, Giulia 0:30–0:35.
      [
        { kind: 'item', itemId: 'i0' },
        { 'p:p1': 22 * SEC, 'p:p2': 5 * SEC },
      ],
      // Website: Giulia 0:35–0:36, 0:43–0:45 and 0:50–0:51 (4 s); Marco 0:36–0:39.
      [
        { kind: 'item', itemId: 'i1' },
        { 'p:p2': 4 * SEC, 'p:p1': 3 * SEC },
      ],
      // Off-topic 0:45–0:50: Giulia.
      [{ kind: 'offTopic', episode: 0 }, { 'p:p2': 5 * SEC }],
    ]);
  });
});
