import { existsSync } from 'node:fs';
import { parseArchive } from '../../../shared/report/export/json.archive';
import type { Host } from '../host';
import { HostError } from '../host.error';
import { journalPath } from './meeting.files';
import { writeJournal } from './meeting.records';

/**
 * Restores meetings from a JSON export. The whole file is checked before anything is written, so a bad one changes
 * nothing; meetings already here (same id) are skipped, so importing the same file twice adds nothing.
 */
export function importArchive(
  host: Host,
  text: string,
): { added: number; skipped: number; clientsAdded: number } {
  const parsed = parseArchive(text);
  if (!parsed.ok) throw new HostError('invalid', parsed.error);
  const { meetings, clients } = parsed.archive;
  let clientsAdded = 0;
  for (const c of clients) {
    if (host.data.client(c.id)) continue;
    const taken = host.data
      .clients()
      .some((x) => !x.archived && x.name.toLocaleLowerCase() === c.name.toLocaleLowerCase());
    // A different client with the same name is already here: keep both, told apart.
    host.data.saveClient(taken ? { ...c, name: `${c.name} (2)` } : c);
    clientsAdded++;
  }
  let added = 0;
  for (const m of meetings) {
    if (host.session?.id === m.id || existsSync(journalPath(host.dataDir, m.id))) continue;
    writeJournal(host.dataDir, m.id, m.journal);
    added++;
  }
  host.history.load(host.clock.now());
  return { added, skipped: meetings.length - added, clientsAdded };
}
