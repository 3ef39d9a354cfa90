import type { AirtimeFigures } from '../../transcript/transcript.airtime';
import type { MeetingReport } from '../report.model';

/** One person's speaking time, as an export writes it: by name, from the transcript and as timed in the meeting. */
export interface AirtimeExportRow {
  name: string;
  transcript: AirtimeFigures;
  /** Null for the user and for names that are no participant, and when the floor was not tracked. */
  timed: AirtimeFigures | null;
}

/**
 * The rows of a report's transcript airtime, most talk first: a participant by their name in the plan, anyone else
 * by the transcript's spelling, speech nobody was named for as `unnamed`. Empty without a transcript.
 */
export function airtimeRows(r: MeetingReport, unnamed: string): AirtimeExportRow[] {
  return (r.transcript?.rows ?? []).map((row) => ({
    name:
      row.person.kind === 'participant'
        ? row.person.name
        : row.person.kind === 'none'
          ? unnamed
          : (row.names[0] ?? ''),
    transcript: { talkMs: row.talkMs, share: row.share, turns: row.turns, longestTurnMs: row.longestTurnMs },
    timed: row.tapped,
  }));
}
