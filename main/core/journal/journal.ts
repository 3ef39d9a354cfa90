import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { meetingEventSchema, type MeetingEvent } from '../../../shared/meeting/meeting.events';
import { writeFileAtomic } from '../fs';
import { storageFailure } from '../host.error';

/** One journal line: the event with its sequence number, so a gap or a reordering is noticed on reading. */
export function journalLine(seq: number, event: MeetingEvent): string {
  return `${JSON.stringify({ seq, ...event })}\n`;
}

const journalText = (events: readonly MeetingEvent[]) => events.map((e, seq) => journalLine(seq, e)).join('');

/** A journal with nothing to keep: no event, or not starting with the plan. The caller quarantines the file. */
export class JournalCorrupt extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${path}, line ${line}: ${reason}`);
  }
}

/** What reading a journal left out, and why. */
export interface JournalDamage {
  /** The first line left out (1-based). */
  line: number;
  reason: string;
  /** A last line cut short: what a crash (or a full disk) mid-write leaves. */
  torn: boolean;
  /** Bytes after the valid events that were left out. */
  droppedBytes: number;
  /** Damaged lines skipped (the events after them were in sequence) or mended (a fragment glued to an event). */
  mended: number;
}

export interface LoadedJournal {
  /** The valid events, in order: everything up to the first damage that could not be mended. */
  events: MeetingEvent[];
  /** Bytes of whole, valid lines from the start: the file can be cut back to this when nothing was mended. */
  goodBytes: number;
  /** What was left out or mended, or null when the file is exactly its events. */
  damage: JournalDamage | null;
}

type Line = { raw: string; start: number; end: number; last: boolean; newline: boolean };

function* lines(bytes: Buffer): Generator<Line> {
  let offset = 0;
  while (offset < bytes.length) {
    const nl = bytes.indexOf(0x0a, offset);
    const end = nl === -1 ? bytes.length : nl;
    const next = end + 1;
    yield {
      raw: bytes.subarray(offset, end).toString('utf8'),
      start: offset,
      end: Math.min(next, bytes.length),
      last: next >= bytes.length,
      newline: nl !== -1,
    };
    offset = next;
  }
}

/**
 * Reads a journal, keeping every valid event it can. A torn last line (a crash mid-append) is left out. A damaged
 * line is mended when it is a fragment glued to a whole event (what a full disk left before 0.2), skipped when the
 * next line carries on the sequence, and otherwise ends the journal there: the events before it are kept and the
 * rest is reported. Only a journal with no valid plan at its start throws (JournalCorrupt).
 */
export function readJournal(path: string): LoadedJournal {
  const bytes = readFileSync(path);
  const events: MeetingEvent[] = [];
  let goodBytes = 0;
  let exact = true;
  let mended = 0;
  let damage: Omit<JournalDamage, 'mended'> | null = null;
  let lineNo = 0;
  let pendingBad: { lineNo: number; reason: string; start: number; torn: boolean } | null = null;
  for (const line of lines(bytes)) {
    lineNo += 1;
    const parsed = line.newline ? parseLine(line.raw, events.length) : 'the line is incomplete';
    const event =
      typeof parsed !== 'string' ? parsed : line.newline ? gluedEvent(line.raw, events.length) : null;
    if (event) {
      if (typeof parsed === 'string') mended++;
      // The line before was junk, and this one carries on the sequence: the junk is skipped.
      if (pendingBad) mended++;
      if (mended > 0) exact = false;
      pendingBad = null;
      events.push(event);
      if (exact) goodBytes = line.end;
      continue;
    }
    if (pendingBad) break;
    // Torn: the last line, unfinished (a crash or a full disk mid-write; the newline may reach the disk first).
    const torn = line.last && (!line.newline || !isJson(line.raw));
    pendingBad = { lineNo, reason: parsed as string, start: line.start, torn };
  }
  if (pendingBad)
    damage = {
      line: pendingBad.lineNo,
      reason: pendingBad.reason,
      torn: pendingBad.torn,
      droppedBytes: bytes.length - pendingBad.start,
    };
  if (events.length === 0)
    throw new JournalCorrupt(path, 1, bytes.length === 0 ? 'the file is empty' : 'no complete event');
  if (events[0]!.type !== 'planned')
    throw new JournalCorrupt(path, 1, 'a journal starts with the meeting plan');
  if (!damage && mended === 0) return { events, goodBytes, damage: null };
  return {
    events,
    goodBytes,
    damage: {
      ...(damage ?? { line: 0, reason: 'damaged lines were mended', torn: false, droppedBytes: 0 }),
      mended,
    },
  };
}

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/** A whole event at the end of a damaged line: a partial write that the next append was glued onto. */
function gluedEvent(raw: string, expectedSeq: number): MeetingEvent | null {
  const at = raw.lastIndexOf('{"seq":');
  if (at <= 0) return null;
  const parsed = parseLine(raw.slice(at), expectedSeq);
  return typeof parsed === 'string' ? null : parsed;
}

function parseLine(raw: string, expectedSeq: number): MeetingEvent | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'not valid JSON';
  }
  const seq = (json as { seq?: unknown } | null)?.seq;
  if (seq !== expectedSeq) return `expected event #${expectedSeq}, found ${JSON.stringify(seq)}`;
  const r = meetingEventSchema.safeParse(json);
  if (!r.success)
    return `not a valid event: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`;
  return r.data;
}

/**
 * Makes the file hold exactly the events read: cut back to the valid prefix, or written again when lines were
 * mended. The caller keeps a copy of the original first.
 */
export function rewriteToEvents(path: string, loaded: LoadedJournal): void {
  if (!loaded.damage) return;
  if (loaded.damage.mended > 0) writeFileAtomic(path, journalText(loaded.events));
  else truncateSync(path, loaded.goodBytes);
}

/**
 * An append-only meeting journal: one JSON line per event (with its sequence number, so a gap is noticed). A batch
 * is one write and one fsync before `append` returns, so an event the host acknowledged survives a crash or a power
 * cut. A write or fsync that fails (a full disk) is cut back to the last whole batch, and nothing more is appended
 * until that cut succeeds: the file never holds a fragment that a later event would be glued onto.
 */
export class Journal {
  /** A failed write may have left bytes past `good` that are not cut back yet. */
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly fd: number,
    private seq: number,
    private good: number,
  ) {}

  /** Creates a new journal; fails if one exists at that path. */
  static create(path: string): Journal {
    return new Journal(path, openSync(path, 'ax', 0o600), 0, 0);
  }

  /** Opens an existing journal for appending; `loaded` must be what the file holds (see rewriteToEvents). */
  static reopen(path: string, loaded: LoadedJournal): Journal {
    if (loaded.damage) throw new Error(`${path} must be put right before it is appended to`);
    const fd = openSync(path, 'a', 0o600);
    try {
      fchmodSync(fd, 0o600);
      if (fstatSync(fd).size !== loaded.goodBytes) ftruncateSync(fd, loaded.goodBytes);
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
    return new Journal(path, fd, loaded.events.length, loaded.goodBytes);
  }

  get length(): number {
    return this.seq;
  }

  /** Bytes of whole events, and when the file last changed (the history index's staleness key). */
  stat(): { bytes: number; mtimeMs: number } {
    return { bytes: this.good, mtimeMs: fstatSync(this.fd).mtimeMs };
  }

  /** Appends a batch as one write and one fsync; on failure nothing of it stays, and a HostError says why. */
  append(events: readonly MeetingEvent[]): void {
    if (events.length === 0) return;
    this.cutBack();
    const bytes = Buffer.from(events.map((e, i) => journalLine(this.seq + i, e)).join(''), 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
      fsyncSync(this.fd);
    } catch (e) {
      this.dirty = true;
      try {
        this.cutBack();
      } catch {
        // Tried again before the next append; until then nothing is written.
      }
      throw storageFailure(e);
    }
    this.good += bytes.length;
    this.seq += events.length;
  }

  /** Cuts the file back to its last whole batch after a failed write; throws (as a HostError) while it cannot. */
  private cutBack(): void {
    if (!this.dirty) return;
    try {
      ftruncateSync(this.fd, this.good);
      fsyncSync(this.fd);
    } catch (e) {
      throw storageFailure(e);
    }
    this.dirty = false;
  }

  close(): void {
    closeSync(this.fd);
  }
}
