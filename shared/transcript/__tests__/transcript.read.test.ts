import { describe, expect, it } from 'vitest';
import { readTranscript, type TranscriptRead } from '../transcript.read';
import { fixture } from './support/fixtures';

function ok(r: TranscriptRead) {
  if (!r.ok) throw new Error(`refused: ${r.key} ${JSON.stringify(r.params)}`);
  return r.transcript;
}

const vtt = (...cues: string[]) => `WEBVTT\n\n${cues.join('\n\n')}\n`;

describe('reading a Zoom transcript', () => {
  // Zoom's cloud recording: numbered cues, "Name: text", a run of cues by one speaker names them only once.
  it('takes each speaker from the "Name:" prefix and gives a cue without one to whoever spoke last', async () => {
    const { fileName, content } = fixture('zoom');
    const t = ok(await readTranscript(content, fileName));
    expect(t.source).toBe('zoom');
    expect(t.timing).toBe('cues');
    expect(t.speakers).toEqual(['Anna Weber', 'Marco Rossi', 'Giulia Bianchi']);
    expect(t.cues).toBe(9);
    expect(t.speech).toEqual([
      [0, 2000, 7500],
      [1, 8000, 15000],
      [1, 15000, 21000], // cue 3 names no one: Marco, still
      [1, 25000, 30000],
      [2, 30500, 34500],
      [1, 35000, 38000],
      [0, 38000, 41000],
      [2, 42000, 50000],
      [0, 50000, 52000],
    ]);
  });

  it('does not take a clock reading or a number before a colon for a name', async () => {
    const t = ok(
      await readTranscript(
        vtt(
          '1\n00:00:01.000 --> 00:00:02.000\nMarco Rossi: shall we say',
          '2\n00:00:02.000 --> 00:00:03.000\n10:30 tomorrow?',
          '3\n00:00:03.000 --> 00:00:04.000\n3: the third point',
        ),
        'x.vtt',
      ),
    );
    expect(t.speakers).toEqual(['Marco Rossi']);
    expect(t.speech.map((s) => s[0])).toEqual([0, 0, 0]);
  });

  it('keeps speech before anyone is named as nobody’s, never dropped', async () => {
    const t = ok(
      await readTranscript(
        vtt('1\n00:00:00.000 --> 00:00:03.000\n(inaudible)', '2\n00:00:03.000 --> 00:00:05.000\nAnna: Hello'),
        'x.vtt',
      ),
    );
    expect(t.speech).toEqual([
      [null, 0, 3000],
      [0, 3000, 5000],
    ]);
  });
});

describe('reading a Microsoft Teams transcript', () => {
  // Teams: a BOM, CRLF, GUID/utterance-part cue ids, <v Name>…</v> with character references in names.
  it('takes each speaker from the voice tag, with character references decoded', async () => {
    const { fileName, content } = fixture('teams');
    expect(content.charCodeAt(0)).toBe(0xfeff);
    expect(content).toContain('\r\n');
    const t = ok(await readTranscript(content, fileName));
    expect(t.source).toBe('teams');
    expect(t.speakers).toEqual(['Rossi, Marco (Acme)', 'Lucía Fernández', 'Tom Baker']);
    expect(t.speech).toEqual([
      [0, 1500, 6500],
      [0, 6500, 9000],
      [1, 9500, 16500],
      [0, 17000, 18000],
      [1, 18000, 23000],
      [1, 24000, 26000],
      [2, 27000, 29000],
      [0, 29500, 35500],
    ]);
  });

  it('shares a cue with two voices by the length of what each said, in order', async () => {
    const t = ok(
      await readTranscript(
        vtt('a/1-0\n00:00:10.000 --> 00:00:14.000\n<v Ana>Yes.</v> <v Ben>Yes, and also this.</v>'),
        'x.vtt',
      ),
    );
    // "Yes." is 4 characters, "Yes, and also this." 19: Ana gets 4/23 of 4000 ms = 695.65… → 696 ms.
    expect(t.speech).toEqual([
      [0, 10000, 10696],
      [1, 10696, 14000],
    ]);
  });

  it('takes "-->" inside a cue’s text for text, as the parser does', async () => {
    const t = ok(
      await readTranscript(
        vtt(
          '1\n00:00:01.000 --> 00:00:04.000\nAna: the flow is\nlogin --> dashboard',
          '2\n00:00:05.000 --> 00:00:06.000\nBen: ok',
        ),
        'x.vtt',
      ),
    );
    expect(t.speech).toEqual([
      [0, 1000, 4000],
      [1, 5000, 6000],
    ]);
  });

  it('reads NOTE and STYLE blocks and cue settings without taking them for speech', async () => {
    const t = ok(
      await readTranscript(
        'WEBVTT - exported\n\nNOTE duration:"00:01:00"\nlanguage:en-us\n\nSTYLE\n::cue { color: red }\n\n' +
          'x/1-0\n00:00:01.000 --> 00:00:02.000 align:start line:0%\n<v.loud Ana>Hi</v>\n',
        'x.vtt',
      ),
    );
    expect(t.speakers).toEqual(['Ana']);
    expect(t.speech).toEqual([[0, 1000, 2000]]);
  });
});

describe('reading a Google Meet transcript', () => {
  // Meet writes a Google Doc, downloaded as text: time marks on their own lines, "Name: text" paragraphs, and
  // "Transcription ended after …" at the end. Each paragraph's moments come from its share of the text.
  it('spreads each block over its time by the length of each paragraph', async () => {
    const { fileName, content } = fixture('meet');
    const t = ok(await readTranscript(content, fileName));
    expect(t.source).toBe('meet');
    expect(t.timing).toBe('estimated');
    expect(t.speakers).toEqual(['Marco Rossi', 'Giulia Bianchi', 'Anna Weber']);
    expect(t.speech).toEqual([
      // 00:00:00–00:00:40 holds 60 + 20 = 80 characters: Marco 40 s × 60/80 = 30 s, Giulia the other 10 s.
      [0, 0, 30000],
      [1, 30000, 40000],
      // 00:00:40 until "ended after 00:01:30" holds 25 + 75 characters: Anna 50 s × 25/100 = 12.5 s, Marco 37.5 s.
      [2, 40000, 52500],
      [0, 52500, 90000],
    ]);
  });

  it('reads the Markdown download the same way, and gives an unclosed last block the pace of the rest', async () => {
    const md = [
      '### 00:00:00',
      '**Ana:** ' + 'a'.repeat(30),
      '**Ben:** ' + 'b'.repeat(10),
      '### 00:00:20',
      '**Ana:** ' + 'c'.repeat(20),
    ].join('\n');
    const t = ok(await readTranscript(md, 'notes.md'));
    // The first block: 40 characters in 20 s, 2 a second. The last, unclosed: 20 characters at that pace is 10 s.
    expect(t.speech).toEqual([
      [0, 0, 15000],
      [1, 15000, 20000],
      [0, 20000, 30000],
    ]);
  });
});

describe('refusing what is not a transcript', () => {
  const refused = async (content: string) => {
    const r = await readTranscript(content, 'file');
    return r.ok ? 'accepted' : [r.key, r.params];
  };

  it('says an SRT file is SubRip', async () => {
    expect(await refused('1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n')).toEqual(['transcriptSrt', {}]);
  });

  it('says random text is not a transcript', async () => {
    expect(await refused('Dear Marco,\nplease find the minutes attached.\n')).toEqual([
      'transcriptNotTranscript',
      {},
    ]);
    expect(await refused('')).toEqual(['transcriptNotTranscript', {}]);
  });

  it('says a WebVTT file without speakers cannot show airtime', async () => {
    expect(await refused(vtt('1\n00:00:01.000 --> 00:00:02.000\nHello there'))).toEqual([
      'transcriptNoSpeakers',
      {},
    ]);
  });

  it('points at the line of a cue the parser would have skipped', async () => {
    // A cue that ends before it starts, and an unreadable timestamp: tolerant parsing drops both without a word.
    expect(
      await refused(
        vtt('1\n00:00:01.000 --> 00:00:02.000\nA: hi', '2\n00:00:05.000 --> 00:00:03.000\nA: no'),
      ),
    ).toEqual(['transcriptDamaged', { line: 8 }]);
    expect(
      await refused(
        vtt('1\n00:00:01.000 --> 00:00:02.000\nA: hi', '2\n00:0x:05.000 --> 00:00:06.000\nA: no'),
      ),
    ).toEqual(['transcriptDamaged', { line: 8 }]);
  });

  it('says a header without cues has no speech', async () => {
    expect(await refused('WEBVTT\n\nNOTE nothing yet\n')).toEqual(['transcriptEmpty', {}]);
  });
});
