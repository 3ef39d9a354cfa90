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

/**
 * Tactful's own CSV, for spreadsheets: one row per agenda item worked on and per off-topic episode (and the chat at
 * the end), with ISO 8601 times (UTC) and durations both in seconds and as h:mm; with a transcript, an "airtime"
 * row per person and source after them. Money is in major units with the
 * currency beside it. A spreadsheet runs formulas, so cells that would start one are guarded.
 */
export function tactfulCsv(meetings: readonly ExportMeeting[], name: string): ExportFile {
  const seconds = (ms: number) => Math.round(ms / 1000);
  const airtime = (m: ExportMeeting) =>
    airtimeRows(m.report, '').flatMap((a) =>
      (
        [
          ['transcript', a.transcript],
          ['timed', a.timed],
        ] as const
      ).flatMap(([source, f]) =>
        f === null
          ? []
          : [
              [
                m.report.meetingId,
                m.report.title,
                m.clientName ?? '',
                m.report.kind,
                'airtime',
                ...Array<string>(10).fill(''),
                a.name,
                source,
                seconds(f.talkMs),
                f.share.toFixed(4),
                f.turns,
                seconds(f.longestTurnMs),
              ],
            ],
      ),
    );
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
      ...Array<string>(6).fill(''),
    ]),
    ...airtime(m),
  ]);
  return {
    filename: `${name}.csv`,
    mime: 'text/csv;charset=utf-8',
    content: toCsv(TACTFUL_CSV_FIELDS, rows, { formulaGuard: true }),
    notes: [{ kind: 'rows', count: rows.length }],
  };
}
