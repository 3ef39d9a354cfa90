import { readJournal, rewriteToEvents, type LoadedJournal } from './journal';
import { quarantineCopy } from './quarantine';

/** In words for the user: what was left out of a journal, and where the original is. */
export function describeDamage(id: string, loaded: LoadedJournal, kept: string): string {
  const d = loaded.damage!;
  if (d.torn && d.mended === 0)
    return (
      `meeting ${id}: the last line of its journal was cut short (Tactful or the computer stopped mid-write) and ` +
      `was left out (${d.droppedBytes} bytes, never acknowledged); the original is kept at ${kept}`
    );
  const parts = [`the ${loaded.events.length} events before it were kept`];
  if (d.mended > 0) parts.push(`${d.mended} damaged line(s) were mended or skipped`);
  if (d.droppedBytes > 0)
    parts.push(`${d.droppedBytes} bytes from line ${d.line} on were left out (${d.reason})`);
  return `meeting ${id}: its journal was damaged; ${parts.join(', ')}; the original is kept at ${kept}`;
}

/**
 * Reads a journal and puts the file right: its valid events stay, a damaged or torn part is copied to quarantine
 * first and then cut off (or the file is written again from the events, when lines were mended). Returns what the
 * file holds now, and the problem to report (null when it was fine). Throws JournalCorrupt when nothing can be kept.
 */
export function readAndRepair(
  dataDir: string,
  path: string,
  id: string,
  now: number,
): { loaded: LoadedJournal; problem: string | null } {
  const loaded = readJournal(path);
  if (!loaded.damage) return { loaded, problem: null };
  const kept = quarantineCopy(dataDir, path, now);
  rewriteToEvents(path, loaded);
  const fixed = readJournal(path);
  return { loaded: fixed, problem: describeDamage(id, loaded, kept) };
}
