import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { meetingEventSchema, type MeetingEvent } from '../../../shared/meeting/meeting.events';
import { writeFileAtomic } from '../fs';

/** One journal line: the event with its sequence number, so a gap or a reordering is noticed on reading. */
export function journalLine(seq: number, event: MeetingEvent): string {
  return `${JSON.stringify({ seq, ...event })}\n`;
}

/** Writes a whole journal at once (an import, a generated history): atomically, fsync'd, never over another. */
export function writeJournalFile(path: string, events: readonly MeetingEvent[]): void {
  if (existsSync(path)) throw new Error(`${path} already exists`);
  writeFileAtomic(path, events.map((e, seq) => journalLine(seq, e)).join(''));
}

export class JournalCorrupt extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${path}, line ${line}: ${reason}`);
  }
}

export interface LoadedJournal {
  events: MeetingEvent[];
  /** A last line cut short by a crash mid-write; it is dropped. */
  tornTail: string | null;
  /** Bytes of whole, valid lines: where the file is cut back to before appending again. */
  goodBytes: number;
}

/**
 * Reads a journal. A torn last line (no newline, or not valid) is a crash mid-append and is dropped; anything wrong
 * before it means the file is damaged and throws JournalCorrupt, so the caller can quarantine it.
 */
export function readJournal(path: string): LoadedJournal {
  const bytes = readFileSync(path);
  const events: MeetingEvent[] = [];
  let offset = 0;
  let lineNo = 0;
  while (offset < bytes.length) {
    const nl = bytes.indexOf(0x0a, offset);
    const end = nl === -1 ? bytes.length : nl;
    const raw = bytes.subarray(offset, end).toString('utf8');
    lineNo += 1;
    const parsed = parseLine(raw, events.length);
    const isLast = nl === -1 || nl === bytes.length - 1;
    if (typeof parsed === 'string' || nl === -1) {
      // A crash mid-append leaves a partial last line; the OS may even persist the newline before the bytes.
      if (isLast) return finish(path, events, raw, offset);
      throw new JournalCorrupt(path, lineNo, parsed as string);
    }
    events.push(parsed);
    offset = end + 1;
  }
  return finish(path, events, null, offset);
}

function finish(
  path: string,
  events: MeetingEvent[],
  tornTail: string | null,
  goodBytes: number,
): LoadedJournal {
  if (events.length === 0)
    throw new JournalCorrupt(path, 1, tornTail === null ? 'the file is empty' : 'no complete event');
  if (events[0]!.type !== 'planned')
    throw new JournalCorrupt(path, 1, 'a journal starts with the meeting plan');
  return { events, tornTail, goodBytes };
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
 * An append-only meeting journal: one JSON line per event (with its sequence number, so a gap is noticed), each
 * fsync'd before `append` returns — an event the host acknowledged survives a crash or a power cut.
 */
export class Journal {
  private constructor(
    readonly path: string,
    private readonly fd: number,
    private seq: number,
  ) {}

  /** Creates a new journal; fails if one exists at that path. */
  static create(path: string): Journal {
    return new Journal(path, openSync(path, 'ax'), 0);
  }

  /** Opens an existing journal for appending, after cutting off a torn tail. */
  static reopen(path: string, loaded: LoadedJournal): Journal {
    if (loaded.tornTail !== null) truncateSync(path, loaded.goodBytes);
    const journal = new Journal(path, openSync(path, 'a'), loaded.events.length);
    fsyncSync(journal.fd);
    return journal;
  }

  get length(): number {
    return this.seq;
  }

  append(event: MeetingEvent): void {
    const bytes = Buffer.from(journalLine(this.seq, event), 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    fsyncSync(this.fd);
    this.seq += 1;
  }

  close(): void {
    closeSync(this.fd);
  }
}
