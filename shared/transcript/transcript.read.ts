import { looksLikeMeet, readMeet } from './meet.read';
import type { ReadCues, Refusal } from './transcript.cue';
import {
  MAX_TRANSCRIPT_CUES,
  MAX_TRANSCRIPT_MS,
  MAX_TRANSCRIPT_SPEAKERS,
  type Speech,
  type TranscriptRecord,
} from './transcript.schema';
import { readVtt } from './vtt.read';

export type TranscriptRead = { ok: true; transcript: TranscriptRecord } | ({ ok: false } & Refusal);

/** A SubRip file: a cue number, then "00:00:01,000 --> 00:00:04,000" with commas. */
const SRT_TIMING = /^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/u;

const refuse = (key: Refusal['key'], params: Refusal['params'] = {}): TranscriptRead => ({
  ok: false,
  key,
  params,
});

/**
 * Who spoke when: each voice of each cue in order of start. A cue that names no one continues whoever spoke last
 * (Zoom names the speaker once for a run of cues, Teams leaves a tag off now and then); before anyone is named it
 * stays nobody's, and shows as such. A cue with several voices is shared between them by the length of what each
 * said, in the order they spoke.
 */
function speechOf(read: ReadCues): { speakers: string[]; speech: Speech[] } {
  const speakers: string[] = [];
  const index = new Map<string, number>();
  const speech: Speech[] = [];
  let last: number | null = null;
  const cues = [...read.cues].sort((a, b) => a.startMs - b.startMs);
  for (const cue of cues) {
    const total = cue.voices.reduce((n, v) => n + v.chars, 0);
    let at = cue.startMs;
    let said = 0;
    for (const [i, v] of cue.voices.entries()) {
      let who: number | null = last;
      if (v.name !== null) {
        who = index.get(v.name) ?? null;
        if (who === null) {
          who = speakers.push(v.name) - 1;
          index.set(v.name, who);
        }
      }
      said += v.chars;
      const span = cue.endMs - cue.startMs;
      const to =
        total === 0
          ? cue.startMs + Math.round((span * (i + 1)) / cue.voices.length)
          : cue.startMs + Math.round((span * said) / total);
      speech.push([who, at, to]);
      at = to;
      last = who;
    }
  }
  return { speakers, speech };
}

/**
 * Reads a transcript file: WebVTT from Zoom (cue text "Name: …"), Microsoft Teams (`<v Name>…</v>`) or anything that
 * writes either, or a Google Meet transcript downloaded as text. A file that is none of these, is damaged, or names
 * no speaker is refused with the reason.
 */
export async function readTranscript(content: string, fileName: string): Promise<TranscriptRead> {
  const text = content.replace(/^\uFEFF/u, '');
  let read: ReadCues | Refusal;
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/u.test(text)) read = await readVtt(text);
  else if (SRT_TIMING.test(text)) return refuse('transcriptSrt');
  else {
    const lines = text.split(/\r?\n/u);
    if (!looksLikeMeet(lines)) return refuse('transcriptNotTranscript');
    read = readMeet(lines);
  }
  if ('key' in read) return { ok: false, ...read };
  if (read.cues.length === 0) return refuse('transcriptEmpty');
  if (read.cues.length > MAX_TRANSCRIPT_CUES) return refuse('tooMany', { max: MAX_TRANSCRIPT_CUES });
  const late = read.cues.find((c) => c.endMs > MAX_TRANSCRIPT_MS || c.endMs < c.startMs);
  if (late) return refuse('transcriptDamaged', { line: late.line });
  const { speakers, speech } = speechOf(read);
  if (speakers.length === 0) return refuse('transcriptNoSpeakers');
  if (speakers.length > MAX_TRANSCRIPT_SPEAKERS) return refuse('tooMany', { max: MAX_TRANSCRIPT_SPEAKERS });
  return {
    ok: true,
    transcript: {
      fileName: fileName.slice(0, 255),
      source: read.source,
      timing: read.timing,
      speakers,
      speech,
      cues: read.cues.length,
    },
  };
}
