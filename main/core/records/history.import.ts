import { existsSync, statSync } from 'node:fs';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { MeetingSummary } from '../../../shared/report/meeting.summary';
import { clientSchema, type Client } from '../../../shared/settings/client.schema';
import type { HistoryIndex } from '../history/history.index';
import { journalPath, meetingsDir } from '../history/meeting.files';
import { syncDir, writeFileAtomic } from '../fs';
import { HostError } from '../host.error';
import type { OffThread } from './off.thread';

export interface ImportDeps {
  dataDir: string;
  now: number;
  history: HistoryIndex;
  /** Asked before each meeting is written: the open one is never overwritten. */
  openMeetingId(): string | null;
  clients(): Client[];
  /** Adds all the new clients in one write, or none. */
  addClients(clients: Client[]): void;
  offThread: OffThread;
  /** The index could not be saved after the meetings were: reported, the import still stands. */
  problem(message: string): void;
}

/** How long the import may hold the event loop before it lets ticks and other clients in. */
const SLICE_MS = 8;
const MAX_NAME = 100;

/**
 * The clients an import adds: those not here yet (by id). One whose name is taken by another client keeps both,
 * told apart by " (2)", " (3)"…, within the name's 100 characters. All are checked before any is kept.
 */
export function clientsToAdd(here: readonly Client[], incoming: readonly Client[]): Client[] {
  const ids = new Set(here.map((c) => c.id));
  const names = new Set(here.filter((c) => !c.archived).map((c) => c.name.toLocaleLowerCase()));
  const out: Client[] = [];
  for (const c of incoming) {
    if (ids.has(c.id)) continue;
    let name = c.name;
    for (let n = 2; !c.archived && names.has(name.toLocaleLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${c.name.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    const r = clientSchema.safeParse({ ...c, name });
    if (!r.success)
      throw new HostError('invalid', 'importRefused', {
        detail: `client "${c.name}": ${r.error.issues[0]?.message ?? 'invalid'}`,
      });
    out.push(r.data);
    ids.add(c.id);
    if (!c.archived) names.add(name.toLocaleLowerCase());
  }
  return out;
}

/**
 * Restores meetings from a JSON export. The whole file is parsed and checked first, off the event loop, so a bad one
 * changes nothing; then the new clients are written in one go, and the meetings one by one in short slices, so a
 * large import never stalls the meeting that is running. Meetings already here (same id) are skipped, so importing
 * the same file twice adds nothing (and one a full disk stopped part-way can simply be imported again).
 */
export async function importArchive(
  deps: ImportDeps,
  text: string,
): Promise<{ added: number; skipped: number; clientsAdded: number }> {
  const prepared = await deps.offThread.prepareImport(text, deps.now);
  if (!prepared.ok) throw new HostError('invalid', 'importRefused', { detail: prepared.error });
  const clients = clientsToAdd(deps.clients(), prepared.clients);
  if (clients.length > 0) deps.addClients(clients);
  let added = 0;
  let sliceEnd = performance.now() + SLICE_MS;
  const folder = meetingsDir(deps.dataDir);
  for (const m of prepared.meetings) {
    if (performance.now() > sliceEnd) {
      // The renames of this slice are made durable together, then ticks and other clients get their turn.
      syncDir(folder);
      await yieldToLoop();
      sliceEnd = performance.now() + SLICE_MS;
    }
    const path = journalPath(deps.dataDir, m.id);
    if (deps.openMeetingId() === m.id || existsSync(path)) continue;
    writeFileAtomic(path, m.journal, 0o600, { syncFolder: false });
    deps.history.put(JSON.parse(m.summary) as MeetingSummary, statOf(path));
    added++;
  }
  syncDir(folder);
  try {
    deps.history.flush();
  } catch (e) {
    deps.problem(`saving the history index after an import failed: ${(e as Error).message}`);
  }
  return { added, skipped: prepared.meetings.length - added, clientsAdded: clients.length };
}

function statOf(path: string): { bytes: number; mtimeMs: number } {
  const st = statSync(path);
  return { bytes: st.size, mtimeMs: st.mtimeMs };
}
