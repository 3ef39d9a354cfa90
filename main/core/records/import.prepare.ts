import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import { replay } from '../../../shared/meeting/meeting.replay';
import { parseArchive } from '../../../shared/report/export/json.archive';
import { summarize } from '../../../shared/report/meeting.summary';
import { buildReport } from '../../../shared/report/report.model';
import type { Client } from '../../../shared/settings/client.schema';
import { journalLine } from '../journal/journal';

/** One meeting of an import, ready to write: its journal's text and its summary (as JSON, cheap to pass on). */
export interface PreparedMeeting {
  id: string;
  journal: string;
  summary: string;
}

export type PreparedImport =
  { ok: true; meetings: PreparedMeeting[]; clients: Client[] } | { ok: false; error: string };

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
 * The expensive part of an import, done before anything is written (off the event loop, in the import worker): the
 * file is parsed and checked whole (every journal must replay as the engine would have written it), and each
 * meeting becomes the text and summary the host stores.
 */
export function prepareImport(text: string, now: number): PreparedImport {
  const parsed = parseArchive(text);
  if (!parsed.ok) return parsed;
  const exportedAt = Date.parse(parsed.archive.exportedAt);
  const meetings = parsed.archive.meetings.map((m): PreparedMeeting => {
    const journal = closedAtExport(m.journal, exportedAt);
    const state = replay(journal);
    return {
      id: m.id,
      journal: journal.map((e, seq) => journalLine(seq, e)).join(''),
      summary: JSON.stringify(summarize(buildReport(state, now, state.plan.rate), state)),
    };
  });
  return { ok: true, meetings, clients: parsed.archive.clients };
}
