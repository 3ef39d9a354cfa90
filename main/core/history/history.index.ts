import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { meetingSummarySchema } from '../../../shared/contract/contract.schemas';
import { replay } from '../../../shared/meeting/meeting.replay';
import { summarize, type MeetingSummary } from '../../../shared/report/meeting.summary';
import { buildReport } from '../../../shared/report/report.model';
import { writeFileAtomic } from '../fs';
import { readAndRepair } from '../journal/journal.repair';
import { quarantineMove } from '../journal/quarantine';
import type { Logger } from '../log';
import { MEETING_ID, journalPath, meetingsDir } from './meeting.files';

// Bumped whenever MeetingSummary or the entry changes shape: an older index is rebuilt from the journals.
const INDEX_VERSION = 5;

/** Size and modification time of a journal when it was summarised: either differing means the summary is stale. */
export interface JournalStat {
  bytes: number;
  mtimeMs: number;
}

const entrySchema = z.object({ summary: meetingSummarySchema, bytes: z.number(), mtimeMs: z.number() });
type IndexEntry = z.infer<typeof entrySchema>;

interface IndexFile {
  version: number;
  entries: Record<string, IndexEntry>;
}

export interface IndexLoad {
  /** Journals read because the index did not know them, or knew an older size or time. */
  read: number;
  /** Journals with nothing to keep, moved to quarantine. */
  quarantined: string[];
  /** What was repaired in damaged journals (their valid events kept), in words for the user. */
  repaired: string[];
}

/**
 * Summaries of every meeting, derived from the journals and cached in index.json. Loading stats each journal and
 * re-reads only those whose size or time changed (or that the index does not know), so a large history opens fast;
 * a missing, unreadable or older-version index is simply rebuilt, and an entry that does not validate is summarised
 * again from its journal.
 */
export class HistoryIndex {
  private entries = new Map<string, IndexEntry>();
  private dirty = false;

  constructor(
    private readonly dataDir: string,
    private readonly log: Logger,
  ) {}

  private get file(): string {
    return join(this.dataDir, 'index.json');
  }

  load(now: number): IndexLoad {
    this.entries = this.readIndexFile();
    const result: IndexLoad = { read: 0, quarantined: [], repaired: [] };
    const dir = meetingsDir(this.dataDir);
    const onDisk = new Set<string>();
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const id = name.endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : null;
      if (!id || !MEETING_ID.test(id)) continue;
      onDisk.add(id);
      const st = statSync(join(dir, name));
      const known = this.entries.get(id);
      if (known?.bytes === st.size && known.mtimeMs === st.mtimeMs && st.isFile()) continue;
      result.read += 1;
      try {
        const problem = this.summariseJournal(id, now);
        if (problem) {
          result.repaired.push(problem);
          this.log.warn(problem);
        }
      } catch (e) {
        result.quarantined.push(quarantineMove(this.dataDir, join(dir, name), now));
        this.log.error(`meeting ${id} could not be read (${(e as Error).message}); moved to quarantine`);
        this.entries.delete(id);
        onDisk.delete(id);
        this.dirty = true;
      }
    }
    for (const id of [...this.entries.keys()]) {
      if (!onDisk.has(id)) {
        this.entries.delete(id);
        this.dirty = true;
      }
    }
    this.flush();
    return result;
  }

  /** The entries of index.json that validate; the rest (and a whole unreadable file) are rebuilt by `load`. */
  private readIndexFile(): Map<string, IndexEntry> {
    let parsed: Partial<IndexFile>;
    try {
      parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<IndexFile>;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        this.log.warn('history index was unreadable; rebuilding it from the journals');
      return new Map();
    }
    if (parsed?.version !== INDEX_VERSION || typeof parsed.entries !== 'object' || parsed.entries === null) {
      this.log.info('history index is from another version; rebuilding it from the journals');
      return new Map();
    }
    const entries = new Map<string, IndexEntry>();
    let bad = 0;
    for (const [id, raw] of Object.entries(parsed.entries)) {
      const r = entrySchema.safeParse(raw);
      if (r.success && r.data.summary.id === id) entries.set(id, r.data);
      else bad++;
    }
    if (bad > 0)
      this.log.warn(`history index had ${bad} damaged entries; they are rebuilt from the journals`);
    return entries;
  }

  /**
   * Re-reads one journal and refreshes its summary (after a meeting changes, or when the index is stale). A damaged
   * journal keeps its valid events; what was repaired is returned in words (null when nothing was). Throws when the
   * journal has nothing to keep.
   */
  summariseJournal(id: string, now: number): string | null {
    const path = journalPath(this.dataDir, id);
    const read = readAndRepair(this.dataDir, path, id, now);
    const state = replay(read.loaded.events);
    const summary = summarize(buildReport(state, now, state.plan.rate), state);
    const st = statSync(path);
    this.entries.set(id, { summary, bytes: st.size, mtimeMs: st.mtimeMs });
    this.dirty = true;
    return read.problem;
  }

  /** Records a summary the host computed itself (it already has the state), with its journal's size and time. */
  put(summary: MeetingSummary, stat: JournalStat): void {
    this.entries.set(summary.id, { summary, ...stat });
    this.dirty = true;
  }

  get(id: string): MeetingSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  all(): MeetingSummary[] {
    return [...this.entries.values()].map((e) => e.summary);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes index.json atomically when something changed. */
  flush(): void {
    if (!this.dirty) return;
    const body: IndexFile = { version: INDEX_VERSION, entries: Object.fromEntries(this.entries) };
    writeFileAtomic(this.file, JSON.stringify(body));
    this.dirty = false;
  }
}
