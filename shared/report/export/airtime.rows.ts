import type { AirtimeFigures } from '../../transcript/transcript.airtime';
import type { MeetingReport } from '../report.model';

/** Where a speaking-time figure comes from: the floor as the facilitator gave it, or the call's transcript. */
export type AirtimeSource = 'timed' | 'transcript';

/** One person's speaking time by one source, as an export writes it. */
export interface AirtimeExportRow {
  name: string;
  source: AirtimeSource;
  figures: AirtimeFigures;
}

const figuresOf = (f: AirtimeFigures): AirtimeFigures => ({
  talkMs: f.talkMs,
  share: f.share,
  turns: f.turns,
  longestTurnMs: f.longestTurnMs,
});

/**
 * A report's speaking time as rows: everyone in the meeting as timed (in roster order, the silent too) when the
 * floor was given, then the transcript's rows when one was imported (most talk first: a participant by their name
 * in the plan, anyone else by the transcript's spelling, speech nobody was named for as `unnamed`).
 */
export function airtimeRows(r: MeetingReport, unnamed: string): AirtimeExportRow[] {
  const timed = (r.airtime?.people ?? []).map((p): AirtimeExportRow => ({
    name: p.name,
    source: 'timed',
    figures: figuresOf(p),
  }));
  const transcript = (r.transcript?.rows ?? []).map((row): AirtimeExportRow => ({
    name:
      row.person.kind === 'participant'
        ? row.person.name
        : row.person.kind === 'none'
          ? unnamed
          : (row.names[0] ?? ''),
    source: 'transcript',
    figures: figuresOf(row),
  }));
  return [...timed, ...transcript];
}
