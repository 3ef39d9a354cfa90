import { hmm } from '../../format/duration.format';
import { currencyDigits } from '../../money/money';
import { toCsv } from './csv';
import { airtimeRows } from './airtime.rows';
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
  // Speaking time, on "airtime" rows: one per person and source ("transcript", or "timed" as the floor was given).
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

/** One row per person and source (as timed when the floor was given, from the transcript when one was imported). */
function airtimeCsvRows(m: ExportMeeting): (string | number)[][] {
  const r = m.report;
  return airtimeRows(r, '').map(({ name, source, figures: f }) => [
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
    name,
    source,
    Math.round(f.talkMs / 1000),
    f.share.toFixed(4),
    f.turns,
    Math.round(f.longestTurnMs / 1000),
  ]);
}

/**
 * Tactful's own CSV, for spreadsheets: one row per agenda item worked on and per off-topic episode (and the chat at
 * the end), with ISO 8601 times (UTC) and durations both in seconds and as h:mm, then "airtime" rows per person
 * and source. Money is in major units with the currency beside it. A spreadsheet runs formulas, so cells that would
 * start one are guarded.
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
    ...airtimeCsvRows(m),
  ]);
  return {
    filename: `${name}.csv`,
    mime: 'text/csv;charset=utf-8',
    content: toCsv(TACTFUL_CSV_FIELDS, rows, { formulaGuard: true }),
    notes: [{ kind: 'rows', count: rows.length }],
  };
}
