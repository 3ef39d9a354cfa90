import type { ReadCue, ReadCues } from './transcript.cue';

/**
 * Google Meet writes no WebVTT: its transcript is a Google Doc ("<title> - Transcript"), which the user downloads as
 * plain text (or Markdown). Each paragraph is "Name: text"; a time mark ("00:12:40") stands on its own line every
 * few paragraphs, and "Transcription ended after 01:05:17" closes it. Each paragraph's moments are estimated from
 * its share of the text between two marks: people speak at a steady enough pace for airtime, not for subtitles.
 */

/** "00:12:40", or "### 00:12:40" in the Markdown download. */
const TIME_MARK = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/u;
const SPEAKER_LINE = /^([^:\n]{1,80}?):\s+(\S.*)$/u;
const ANY_TIME = /\b(\d{1,2}):([0-5]\d):([0-5]\d)\b/u;
/** A block with no closing mark is given the pace of the rest, or this (about 150 words a minute). */
const DEFAULT_CHARS_PER_MS = 15 / 1000;

function clockMs(h: string, m: string, s: string): number {
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
}

/** A line with the Markdown download's decoration removed: "**Name:** text" → "Name: text". */
function plain(line: string): string {
  return line
    .replace(/\*\*/gu, '')
    .replace(/^#+\s*/u, '')
    .replace(/[\u00A0\s]+/gu, ' ')
    .trim();
}

interface Paragraph {
  name: string;
  chars: number;
  line: number;
}

interface Block {
  atMs: number;
  paragraphs: Paragraph[];
}

/** Whether a text looks like a Google Meet transcript: a time mark on its own line, then "Name: text". */
export function looksLikeMeet(lines: readonly string[]): boolean {
  const marks = lines.map(plain);
  const first = marks.findIndex((l) => TIME_MARK.test(l));
  return first !== -1 && marks.slice(first + 1).some((l) => SPEAKER_LINE.test(l));
}

/** The blocks between time marks, and where the transcript says it ended (null when the file was cut short). */
function blocksOf(lines: readonly string[]): { blocks: Block[]; endMs: number | null } {
  const blocks: Block[] = [];
  let endMs: number | null = null;
  for (const [i, raw] of lines.entries()) {
    const line = plain(raw);
    if (line === '') continue;
    const mark = TIME_MARK.exec(line);
    if (mark) {
      blocks.push({ atMs: clockMs(mark[1]!, mark[2]!, mark[3]!), paragraphs: [] });
      continue;
    }
    // Before the first mark: the date, the title, perhaps Gemini's notes. After the end line: its footer.
    const block = blocks.at(-1);
    if (!block || endMs !== null) continue;
    const speaker = SPEAKER_LINE.exec(line);
    // A line that is not someone speaking but reads a time closes the transcript ("Transcription ended after …",
    // in whatever language the Doc is in).
    const end = speaker && !TIME_MARK.test(speaker[2]!) ? null : ANY_TIME.exec(line);
    if (end) endMs = clockMs(end[1]!, end[2]!, end[3]!);
    else if (speaker)
      block.paragraphs.push({ name: speaker[1]!.trim(), chars: speaker[2]!.length, line: i + 1 });
    else {
      const last = block.paragraphs.at(-1);
      if (last) last.chars += line.length;
    }
  }
  return { blocks, endMs };
}

/** Reads a Google Meet transcript saved as text; each paragraph becomes one cue with estimated moments. */
export function readMeet(lines: readonly string[]): ReadCues {
  const { blocks, endMs } = blocksOf(lines);
  const chars = (b: Block) => b.paragraphs.reduce((n, p) => n + p.chars, 0);
  // The pace of the closed blocks, for a last block the file does not close.
  let spanMs = 0;
  let spanChars = 0;
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (next && next.atMs > b.atMs && chars(b) > 0) {
      spanMs += next.atMs - b.atMs;
      spanChars += chars(b);
    }
  });
  const pace = spanMs > 0 ? spanChars / spanMs : DEFAULT_CHARS_PER_MS;
  const cues: ReadCue[] = [];
  blocks.forEach((b, i) => {
    const total = chars(b);
    const closing = blocks[i + 1]?.atMs ?? (endMs !== null && endMs > b.atMs ? endMs : null);
    const until = Math.max(b.atMs, closing ?? b.atMs + Math.round(total / pace));
    let at = b.atMs;
    let said = 0;
    for (const p of b.paragraphs) {
      said += p.chars;
      // Shares of the whole block, rounded once each, so the paragraphs tile it exactly.
      const to = total === 0 ? until : b.atMs + Math.round(((until - b.atMs) * said) / total);
      cues.push({
        id: String(cues.length + 1),
        line: p.line,
        startMs: at,
        endMs: to,
        voices: [{ name: p.name, chars: p.chars }],
      });
      at = to;
    }
  });
  return { source: 'meet', timing: 'estimated', cues };
}
