import type { MeetingKind } from '../agenda/agenda.schema';

/** A stretch of time that was planned: a calendar event, or a meeting planned in Tactful for that time. */
export interface PlannedWindow {
  start: number;
  end: number;
  /** Who it is with; null when nobody knows (an event no client was matched to). */
  clientId: string | null;
}

/** A call that starts this early is still the planned one (people join a few minutes before). */
export const EARLY_MS = 15 * 60_000;

/**
 * The planned stretch a call starting at `at` with this client belongs to, if any: it must be under way (or about
 * to start), and with the same client — unless either side does not know who it is with.
 */
export function coveringWindow<W extends PlannedWindow>(
  at: number,
  clientId: string | null,
  windows: readonly W[],
): W | null {
  let best: W | null = null;
  for (const w of windows) {
    if (at < w.start - EARLY_MS || at >= w.end) continue;
    if (w.clientId !== null && clientId !== null && w.clientId !== clientId) continue;
    // The nearest start wins; a window that names the client over one that does not.
    const better =
      !best ||
      (w.clientId !== null && best.clientId === null) ||
      ((w.clientId === null) === (best.clientId === null) &&
        Math.abs(w.start - at) < Math.abs(best.start - at));
    if (better) best = w;
  }
  return best;
}

/** Whether a call that starts now was planned: unscheduled ('adhoc') when nothing planned covers the moment. */
export function callKind(
  at: number,
  clientId: string | null,
  windows: readonly PlannedWindow[],
): MeetingKind {
  return coveringWindow(at, clientId, windows) ? 'scheduled' : 'adhoc';
}
