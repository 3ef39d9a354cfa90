import { ParseErrorCode, parseTextStream, tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { CueVoice, ReadCue, ReadCues, Refusal } from './transcript.cue';
import { decodeReferences } from './char.references';

/**
 * Zoom writes who spoke at the start of the cue text: "Marco Rossi: Good morning". A name is a few words without a
 * colon; a bare number or a clock reading before the colon ("10: …", "12:30") is text, not a name.
 */
const ZOOM_PREFIX = /^([^:\n]{1,80}?):\s+(?=\S)/u;
const NOT_A_NAME = /^[\d\s.,]+$/u;
/** Teams numbers each utterance (a GUID, then utterance-part) and repeats it on every cue the utterance spans. */
const TEAMS_CUE_ID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\/\d+-\d+$/iu;

/** Errors that mean cues could not be read (settings Tactful does not use may be odd without harm). */
const FATAL: ReadonlySet<number> = new Set([
  ParseErrorCode.BadSignature,
  ParseErrorCode.BadTimestamp,
  ParseErrorCode.BadFormat,
]);

function textLength(nodes: readonly VTTNode[]): number {
  let n = 0;
  for (const node of nodes) n += node.type === 'text' ? node.data.trim().length : textLength(node.children);
  return n;
}

function plainText(nodes: readonly VTTNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.data : plainText(node.children))).join('');
}

/** The voices of one cue, in order: `<v Name>` spans (Teams), else a "Name: " prefix (Zoom), else nobody. */
function voicesOf(cue: VTTCue, useVoiceTags: boolean): CueVoice[] {
  const nodes = tokenizeVTTCue(cue);
  if (useVoiceTags) {
    const voices: CueVoice[] = [];
    const walk = (list: readonly VTTNode[]) => {
      for (const node of list) {
        if (node.type === 'text') continue;
        if (node.type === 'v') {
          // The parser leaves character references in the annotation: Teams writes "Far&#237;as".
          const name = decodeReferences(node.voice).trim();
          voices.push({ name: name === '' ? null : name, chars: textLength(node.children) });
        } else walk(node.children);
      }
    };
    walk(nodes);
    return voices.length > 0 ? voices : [{ name: null, chars: textLength(nodes) }];
  }
  const text = plainText(nodes).trim();
  const m = ZOOM_PREFIX.exec(text);
  if (m && !NOT_A_NAME.test(m[1]!)) return [{ name: m[1]!.trim(), chars: text.length - m[0].length }];
  return [{ name: null, chars: text.length }];
}

const STAMP = String.raw`(?:(\d+):)?(\d{2}):(\d{2})(?:\.(\d{1,3}))?`;
const TIMING = new RegExp(String.raw`^\s*${STAMP}\s*-->\s*${STAMP}`, 'u');

function stampMs(h: string | undefined, m: string, s: string, frac: string | undefined): number {
  return ((Number(h ?? '0') * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number((frac ?? '0').padEnd(3, '0'));
}

/**
 * The line number of each cue timing line ("00:01:02.500 --> …") and the moment it starts (null when it cannot be
 * read). A timing line opens a block, after a cue id or none; "-->" further down is cue text, as the parser reads it.
 * A cue of no length says nothing about airtime and the parser leaves it out: so does this.
 */
function timingLines(text: string): { line: number; startMs: number | null }[] {
  const out: { line: number; startMs: number | null }[] = [];
  let inBlock = 0;
  text.split(/\r\n|\r|\n/u).forEach((l, i) => {
    inBlock = l.trim() === '' ? 0 : inBlock + 1;
    if (inBlock > 2 || !l.includes('-->')) return;
    const m = TIMING.exec(l);
    if (!m) return void out.push({ line: i + 1, startMs: null });
    const from = stampMs(m[1], m[2]!, m[3]!, m[4]);
    if (from !== stampMs(m[5], m[6]!, m[7]!, m[8])) out.push({ line: i + 1, startMs: from });
  });
  return out;
}

/**
 * The file's lines as the parser reads them: one `read()` per line. Its own `parseText` feeds a web ReadableStream,
 * whose bookkeeping per read made a 5,000-cue transcript take ten times longer to read than to parse; this reader
 * answers each read at once. The parser uses nothing of a stream but `getReader().read()` and `cancel()`.
 */
function lineStream(text: string): ReadableStream<string> {
  const lines = text.split(/\r\n|\r|\n/u);
  let next = 0;
  const reader = {
    read: () =>
      Promise.resolve(
        next < lines.length
          ? { done: false as const, value: lines[next++]! }
          : { done: true as const, value: undefined },
      ),
    cancel: () => {
      next = lines.length;
      return Promise.resolve();
    },
  };
  return { getReader: () => reader } as unknown as ReadableStream<string>;
}

/**
 * Reads a WebVTT transcript with media-captions (the WebVTT parser of the Vidstack player): cue ids, settings, NOTE
 * and STYLE blocks, CRLF. Who spoke comes from voice tags when the file has any, else from Zoom's name prefixes.
 */
export async function readVtt(text: string): Promise<ReadCues | Refusal> {
  const parsed = await parseTextStream(lineStream(text), { type: 'vtt', strict: false, errors: true });
  // Tolerant parsing skips a cue it cannot read: refuse the file instead, so nothing is left out unsaid.
  const first = parsed.errors.find((e) => FATAL.has(e.code));
  if (first) return { key: 'transcriptDamaged', params: { line: first.line } };
  const cues = parsed.cues;
  // It also drops, without a word, a cue whose end is before its start: every timing line must have become a cue.
  const timings = timingLines(text);
  const lost = timings.findIndex(
    (t, i) => cues[i] === undefined || Math.round(cues[i].startTime * 1000) !== t.startMs,
  );
  if (lost !== -1) return { key: 'transcriptDamaged', params: { line: timings[lost]!.line } };
  if (cues.length === 0) return { key: 'transcriptEmpty', params: {} };
  const useVoiceTags = cues.some((c) => /<v[\s.]/u.test(c.text));
  const read: ReadCue[] = cues.map((c, i) => ({
    id: c.id,
    line: timings[i]!.line,
    startMs: Math.round(c.startTime * 1000),
    endMs: Math.round(c.endTime * 1000),
    voices: voicesOf(c, useVoiceTags),
  }));
  const source = useVoiceTags
    ? read.some((c) => TEAMS_CUE_ID.test(c.id))
      ? 'teams'
      : 'vtt'
    : read.every((c, i) => /^\d+$/u.test(c.id) && (i === 0 || Number(c.id) > Number(read[i - 1]!.id)))
      ? 'zoom' // numbers its cues 1, 2, 3…
      : 'vtt';
  return { source, timing: 'cues', cues: read };
}
