import { hmm } from '../../format/duration.format';
import { currencyDigits } from '../../money/money';
import { toCsv } from './csv';
import { timeRows, type ExportFile, type ExportMeeting } from './export.types';

export const TACTFUL_CSV_FIELDS = [
  'meeting_id',
  'meeting_title',
  'client',
  'kind',
  'row',
  'title',
  'start',
  'end',
  'planned_s',
  'actual_s',
  'planned_hmm',
  'actual_hmm',
  'over_s',
  'cost',
  'currency',
  // Speaking time, on "airtime" rows: one per person of the meeting, as the floor was given ("timed").
  'person',
  'source',
  'talk_s',
  'share',
  'turns',
  'longest_turn_s',
] as const;

/** 3750 EUR → "37.50"; 1500 JPY → "1500". */
export function majorUnits(amountMinor: number, currency: string): string {
  const d = currencyDigits(currency);
  return (amountMinor / 10 ** d).toFixed(d);
}

const iso = (at: number) => new Date(at).toISOString();

const NO_AIRTIME = ['', '', '', '', '', ''];

/** One row per person of the meeting, when the floor was given: their talk, share, turns and longest turn. */
function airtimeRows(m: ExportMeeting): (string | number)[][] {
  const a = m.report.airtime;
  if (!a) return [];
  const r = m.report;
  return a.people.map((p) => [
    r.meetingId,
    r.title,
    m.clientName ?? '',
    r.kind,
    'airtime',
    '',
    r.startedAt === null ? '' : iso(r.startedAt),
    r.endedAt === null ? '' : iso(r.endedAt),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    p.name,
    'timed',
    Math.round(p.talkMs / 1000),
    p.share.toFixed(3),
    p.turns,
    Math.round(p.longestTurnMs / 1000),
  ]);
}

/**
 * Tactful's own CSV, for spreadsheets: one row per agenda item worked on and per off-topic episode (and the chat at
 * the end), then one "airtime" row per person when the floor was given, with ISO 8601 times (UTC) and durations both in seconds and as h:mm. Money is in major units with the
 * currency beside it. A spreadsheet runs formulas, so cells that would start one are guarded.
 */
export function tactfulCsv(meetings: readonly ExportMeeting[], name: string): ExportFile {
  const rows = meetings.flatMap((m) => [
    ...timeRows(m).map((r) => [
      m.report.meetingId,
      m.report.title,
      m.clientName ?? '',
      m.report.kind,
      r.kind === 'item' ? 'item' : r.kind === 'offTopic' ? 'off_topic' : 'chat',
      r.title,
      iso(r.start),
      iso(r.end),
      r.plannedMs === null ? '' : Math.round(r.plannedMs / 1000),
      Math.round(r.actualMs / 1000),
      r.plannedMs === null ? '' : hmm(r.plannedMs),
      hmm(r.actualMs),
      r.plannedMs === null ? '' : Math.round((r.actualMs - r.plannedMs) / 1000),
      r.cost ? majorUnits(r.cost.amountMinor, r.cost.currency) : '',
      r.cost?.currency ?? '',
      ...NO_AIRTIME,
    ]),
    ...airtimeRows(m),
  ]);
  return {
    filename: `${name}.csv`,
    mime: 'text/csv;charset=utf-8',
    content: toCsv(TACTFUL_CSV_FIELDS, rows, { formulaGuard: true }),
    notes: [{ kind: 'rows', count: rows.length }],
  };
}
