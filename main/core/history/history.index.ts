import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../shared/report/report.model';
import { summarize, type MeetingSummary } from '../../../shared/report/meeting.summary';
import { replay } from '../../../shared/meeting/meeting.replay';
import { readJournal } from '../journal/journal';
import { writeFileAtomic } from '../fs';
import { quarantineMove } from '../journal/quarantine';
import type { Logger } from '../log';
import { MEETING_ID, journalPath, meetingsDir } from './meeting.files';

// Bumped whenever MeetingSummary changes shape: an older index is rebuilt from the journals.
const INDEX_VERSION = 4;

interface IndexEntry {
  summary: MeetingSummary;
  /** Journal size when summarised: a different size means the summary is stale. */
  bytes: number;
}

interface IndexFile {
  version: number;
  entries: Record<string, IndexEntry>;
}

export interface IndexLoad {
  /** Journals read because the index did not know them, or knew an older size. */
  read: number;
  /** Journals found damaged and moved to quarantine. */
  quarantined: string[];
}

/**
 * Summaries of every meeting, derived from the journals and cached in index.json. Loading stats each journal and
 * re-reads only those whose size changed (or that the index does not know), so a large history opens fast; a
 * missing, unreadable or older-version index is simply rebuilt.
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
    this.entries = new Map(Object.entries(this.readIndexFile()?.entries ?? {}));
    const result: IndexLoad = { read: 0, quarantined: [] };
    const dir = meetingsDir(this.dataDir);
    const onDisk = new Set<string>();
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const id = name.endsWith('.jsonl') ? name.slice(0, -'.jsonl'.length) : null;
      if (!id || !MEETING_ID.test(id)) continue;
      onDisk.add(id);
      const bytes = statSync(join(dir, name)).size;
      if (this.entries.get(id)?.bytes === bytes) continue;
      result.read += 1;
      try {
        this.summariseJournal(id, now);
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

  private readIndexFile(): IndexFile | null {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as IndexFile;
      if (parsed.version !== INDEX_VERSION || typeof parsed.entries !== 'object') {
        this.log.info('history index is from another version; rebuilding it from the journals');
        return null;
      }
      return parsed;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        this.log.warn('history index was unreadable; rebuilding it from the journals');
      return null;
    }
  }

  /** Re-reads one journal and refreshes its summary (after a meeting changes, or when the index is stale). */
  summariseJournal(id: string, now: number): MeetingSummary {
    const path = journalPath(this.dataDir, id);
    const loaded = readJournal(path);
    const state = replay(loaded.events);
    const summary = summarize(buildReport(state, now, state.plan.rate), state);
    this.entries.set(id, { summary, bytes: loaded.goodBytes });
    this.dirty = true;
    return summary;
  }

  /** Records a summary the host computed itself (it already has the state), with the journal's current size. */
  put(summary: MeetingSummary): void {
    const bytes = statSync(journalPath(this.dataDir, summary.id)).size;
    this.entries.set(summary.id, { summary, bytes });
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
