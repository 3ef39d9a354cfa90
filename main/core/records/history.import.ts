import { existsSync } from 'node:fs';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import { replay } from '../../../shared/meeting/meeting.replay';
import { parseArchive } from '../../../shared/report/export/json.archive';
import type { Client } from '../../../shared/settings/client.schema';
import type { HistoryIndex } from '../history/history.index';
import { journalPath } from '../history/meeting.files';
import { HostError } from '../host.error';
import { writeJournalFile } from '../journal/journal';

export interface ImportDeps {
  dataDir: string;
  now: number;
  history: HistoryIndex;
  openMeetingId: string | null;
  clients(): Client[];
  saveClient(c: Client): Client;
}

/**
 * A meeting exported while it ran is over here, not live: it ends, interrupted, at the moment of the export (or
 * at its last event, if the export's clock was behind), so its figures read as they did then.
 */
function closedAtExport(journal: readonly MeetingEvent[], exportedAt: number): readonly MeetingEvent[] {
  const state = replay(journal);
  if (!isLive(state)) return journal;
  const at = Number.isFinite(exportedAt) ? Math.max(state.lastAt, exportedAt) : state.lastAt;
  return [...journal, { type: 'ended', at, interrupted: true }];
}

/**
 * Restores meetings from a JSON export. The whole file is checked before anything is written, so a bad one changes
 * nothing; meetings already here (same id) are skipped, so importing the same file twice adds nothing.
 */
export function importArchive(
  deps: ImportDeps,
  text: string,
): { added: number; skipped: number; clientsAdded: number } {
  const parsed = parseArchive(text);
  if (!parsed.ok) throw new HostError('invalid', 'importRefused', { detail: parsed.error });
  const { meetings, clients } = parsed.archive;
  let clientsAdded = 0;
  for (const c of clients) {
    const here = deps.clients();
    if (here.some((x) => x.id === c.id)) continue;
    const taken = here.some((x) => !x.archived && x.name.toLocaleLowerCase() === c.name.toLocaleLowerCase());
    // A different client with the same name is already here: keep both, told apart.
    deps.saveClient(taken ? { ...c, name: `${c.name} (2)` } : c);
    clientsAdded++;
  }
  const exportedAt = Date.parse(parsed.archive.exportedAt);
  let added = 0;
  for (const m of meetings) {
    const path = journalPath(deps.dataDir, m.id);
    if (deps.openMeetingId === m.id || existsSync(path)) continue;
    writeJournalFile(path, closedAtExport(m.journal, exportedAt));
    added++;
  }
  deps.history.load(deps.now);
  return { added, skipped: meetings.length - added, clientsAdded };
}
