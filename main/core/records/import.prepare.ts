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
 * The expensive part of an import, done before anything is written (off the event loop, in the import worker): the
 * file is parsed and checked whole (every journal must replay as the engine would have written it), and each
 * meeting becomes the text and summary the host stores.
 */
export function prepareImport(text: string, now: number): PreparedImport {
  const parsed = parseArchive(text);
  if (!parsed.ok) return parsed;
  const meetings = parsed.archive.meetings.map((m): PreparedMeeting => {
    const state = replay(m.journal);
    return {
      id: m.id,
      journal: m.journal.map((e, seq) => journalLine(seq, e)).join(''),
      summary: JSON.stringify(summarize(buildReport(state, now, state.plan.rate), state)),
    };
  });
  return { ok: true, meetings, clients: parsed.archive.clients };
}
