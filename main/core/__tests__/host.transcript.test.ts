import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../../../shared/transcript/__tests__/support/fixtures';
import { HostClock } from '../clock/host.clock';
import { FakeTime } from '../../../e2e/support/fake.time';
import { startServer } from '../../../e2e/support/host.harness';
import { tempDataDir } from '../../../e2e/support/temp.dir';
import { TestClient } from '../../../e2e/support/ws.client';

const SEC = 1000;
// The Zoom fixture is named for a recording started at 14:02:30 UTC: a second after this meeting started.
const T = Date.UTC(2026, 10, 24, 14, 2, 29);

describe('transcripts over the contract', () => {
  let tmp: ReturnType<typeof tempDataDir>;
  let time: FakeTime;
  let srv: Awaited<ReturnType<typeof startServer>>;
  let c: TestClient;

  async function open() {
    srv = await startServer(tmp.dir, {}, { clock: new HostClock(time) });
    c = await TestClient.connect(srv.wsUrl, { token: srv.token });
  }

  beforeEach(async () => {
    tmp = tempDataDir();
    time = new FakeTime(T);
    await open();
    await c.ok({
      type: 'clients.save',
      client: { id: 'acme', name: 'Acme', contact: 'Marco Rossi', language: 'en' },
    });
    await c.ok({ type: 'settings.update', patch: { exports: { email: '', name: 'Anna Weber' } } });
  });

  afterEach(async () => {
    await c.close();
    await srv.close();
    tmp.cleanup();
  });

  /** Budget until 0:35, Website until 1:00 with off-topic from 0:45 to 0:50; ended, and put away unless `keepOpen`. */
  async function meeting(id: string, keepOpen = false) {
    await c.ok({
      type: 'meeting.create',
      plan: {
        id,
        title: 'Weekly call',
        clientId: 'acme',
        items: [
          { id: 'budget', title: 'Budget', budgetSec: 600 },
          { id: 'web', title: 'Website', budgetSec: 600 },
        ],
      },
      start: true,
    });
    const step = async (ms: number, type: 'next' | 'toggleOffTopic' | 'end') => {
      time.advance(ms);
      await c.ok({ type: 'meeting.command', command: { type } });
    };
    await step(35 * SEC, 'next');
    await step(10 * SEC, 'toggleOffTopic');
    await step(5 * SEC, 'toggleOffTopic');
    await step(10 * SEC, 'end');
    if (!keepOpen) await c.ok({ type: 'meeting.close' });
  }

  const importZoom = (meetingId: string) => {
    const { fileName, content } = fixture('zoom');
    return c.request({ type: 'transcript.import', meetingId, fileName, content, timeZone: 'Europe/Rome' });
  };

  it('imports a Zoom transcript for a past meeting and reports its airtime beside the meeting’s timeline', async () => {
    await meeting('w1');
    const r = await importZoom('w1');
    expect(r).toMatchObject({
      ok: true,
      result: { source: 'zoom', speakers: 3, cues: 9, unmatched: 1, offset: { ms: SEC, basis: 'fileName' } },
    });
    const { report } = await c.ok({ type: 'history.report', meetingId: 'w1' });
    const t = report.transcript!;
    // Marco Rossi is Acme's contact (the call's participant), Anna Weber the user; Giulia is no one on the list.
    expect(t.rows.map((x) => [x.key, x.talkMs, x.turns, x.longestTurnMs, x.unmatched])).toEqual([
      ['p:acme', 21 * SEC, 2, 18 * SEC, false], // 13 + 5 in one turn, then 3 (see the shared airtime test)
      ['s:Giulia Bianchi', 12 * SEC, 2, 8 * SEC, true], // 4 + 8
      ['you', 10.5 * SEC, 3, 5.5 * SEC, false], // 5.5 + 3 + 2
    ]);
    // With the recording a second behind the meeting: Budget 27 s, Website 11.5 s, the off-topic episode 5 s.
    expect(t.places.map((p) => [p.place, p.totalMs])).toEqual([
      [{ kind: 'item', itemId: 'budget' }, 27 * SEC],
      [{ kind: 'item', itemId: 'web' }, 11.5 * SEC],
      [{ kind: 'offTopic', episode: 0 }, 5 * SEC],
    ]);
  });

  it('takes the user’s answers and a new offset, journaled with the meeting, and keeps them across a restart', async () => {
    await meeting('w1');
    await importZoom('w1');
    const journal = () => readFileSync(join(tmp.dir, 'meetings', 'w1.jsonl'), 'utf8');
    expect(journal()).not.toContain('trade fair'); // who spoke when, never the words
    await c.ok({
      type: 'transcript.change',
      meetingId: 'w1',
      names: { 'Giulia Bianchi': { kind: 'other' } },
      offsetMs: 50 * SEC,
    });
    expect(
      await c.request({
        type: 'transcript.change',
        meetingId: 'w1',
        names: { 'Giulia Bianchi': { kind: 'participant', id: 'nobody' } },
      }),
    ).toMatchObject({ ok: false, error: { key: 'noParticipant', params: { id: 'nobody' }, path: 'names' } });
    await c.close();
    await srv.close();
    await open();
    const { report } = await c.ok({ type: 'history.report', meetingId: 'w1' });
    const t = report.transcript!;
    expect(t.names.find((n) => n.name === 'Giulia Bianchi')).toMatchObject({
      target: { kind: 'other' },
      how: 'user',
    });
    expect(t.unmatched).toBe(0);
    // 50 s later: Anna's first 5.5 s and Marco's 58–60 s fall in Website (see the shared test); the rest after the end.
    expect(t.places.map((p) => [p.place.kind, p.totalMs])).toEqual([
      ['item', 7.5 * SEC],
      ['outside', 36 * SEC],
    ]);
    expect(t.offset).toEqual({ ms: 50 * SEC, proposedMs: SEC, basis: 'fileName' });
  });

  it('imports into the ended meeting still open, and refuses one that is running', async () => {
    await meeting('w1', true);
    expect((await importZoom('w1')).ok).toBe(true);
    await c.ok({ type: 'meeting.close' });
    await c.ok({
      type: 'meeting.create',
      plan: { id: 'w2', title: 'Next', items: [{ id: 'a', title: 'A', budgetSec: 60 }] },
      start: true,
    });
    expect(await importZoom('w2')).toMatchObject({ ok: false, error: { key: 'transcriptNeedsEnd' } });
    expect(await importZoom('nope')).toMatchObject({ ok: false, error: { key: 'noMeetingInHistory' } });
  });

  it('refuses a foreign or damaged file with the reason, and changes nothing', async () => {
    await meeting('w1');
    await importZoom('w1');
    const before = readFileSync(join(tmp.dir, 'meetings', 'w1.jsonl'), 'utf8');
    const send = (fileName: string, content: string) =>
      c.request({ type: 'transcript.import', meetingId: 'w1', fileName, content, timeZone: 'UTC' });
    expect(await send('call.srt', '1\n00:00:01,000 --> 00:00:02,000\nHello\n')).toMatchObject({
      ok: false,
      error: { code: 'invalid', key: 'transcriptSrt', path: 'content' },
    });
    expect(await send('notes.txt', 'Minutes of the meeting\n\nAll agreed.')).toMatchObject({
      ok: false,
      error: { key: 'transcriptNotTranscript' },
    });
    expect(await send('captions.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n')).toMatchObject({
      ok: false,
      error: { key: 'transcriptNoSpeakers' },
    });
    // Over the ordinary message cap (256 KB), under the transcript's (8 MB): read, and refused for what it is.
    const long = `WEBVTT\n\n${'NOTE padding\n\n'.repeat(40_000)}`;
    expect(await send('long.vtt', long)).toMatchObject({ ok: false, error: { key: 'transcriptEmpty' } });
    const huge = 'x'.repeat(9 * 1024 * 1024);
    expect(await send('huge.vtt', huge)).toMatchObject({
      ok: false,
      error: { code: 'tooLarge', key: 'transcriptTooLarge', params: { max: 8, actual: 9 } },
    });
    expect(readFileSync(join(tmp.dir, 'meetings', 'w1.jsonl'), 'utf8')).toBe(before);
    const { report } = await c.ok({ type: 'history.report', meetingId: 'w1' });
    expect(report.transcript?.fileName).toBe('GMT20261124-140230_Recording.transcript.vtt');
  });

  it('removes a transcript, and a Teams one replaces a Zoom one with no answers carried over', async () => {
    await meeting('w1');
    await importZoom('w1');
    await c.ok({
      type: 'transcript.change',
      meetingId: 'w1',
      names: { 'Giulia Bianchi': { kind: 'other' } },
    });
    const teams = fixture('teams');
    const r = await c.ok({ type: 'transcript.import', meetingId: 'w1', ...teams, timeZone: 'Europe/Rome' });
    // "Launch plan-20261124_150005": 15:00:05 in Rome is 14:00:05 UTC, 2 min 24 s before the meeting started.
    expect(r).toMatchObject({ source: 'teams', speakers: 3, offset: { ms: -144 * SEC, basis: 'fileName' } });
    const { report } = await c.ok({ type: 'history.report', meetingId: 'w1' });
    expect(report.transcript!.names.map((n) => [n.name, n.how])).toEqual([
      ['Rossi, Marco (Acme)', 'same'],
      ['Lucía Fernández', null],
      ['Tom Baker', null],
    ]);
    await c.ok({ type: 'transcript.remove', meetingId: 'w1' });
    expect((await c.ok({ type: 'history.report', meetingId: 'w1' })).report.transcript).toBeNull();
    expect(await c.request({ type: 'transcript.remove', meetingId: 'w1' })).toMatchObject({
      ok: false,
      error: { key: 'noTranscript' },
    });
  });
});
