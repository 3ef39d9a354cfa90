import { z } from 'zod';
import { decimalHours, hmm, hms } from '../../format/duration.format';
import { localParts } from '../local.time';
import { toCsv } from './csv';
import { timeRows, type ExportFile, type ExportMeeting, type ExportNote, type TimeRow } from './export.types';

/** Settings both time trackers' imports need; the email is asked for once, at the first export. */
export const timeTrackerOptionsSchema = z.object({
  email: z.email('enter the email address you use in the time tracker'),
  /** Off-topic (and end-of-meeting chat) rows: billable or not. Items are always billable. */
  offTopicBillable: z.boolean().default(false),
  timeZone: z.string().min(1).max(64),
});
export type TimeTrackerOptions = z.infer<typeof timeTrackerOptionsSchema>;

export const clockifyFormatSchema = z.object({
  dateFormat: z.enum(['MM/DD/YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD']).default('MM/DD/YYYY'),
  timeFormat: z.enum(['12h', '24h']).default('12h'),
  durationFormat: z.enum(['h:mm', 'hh:mm:ss', 'decimal']).default('h:mm'),
});
export type ClockifyFormat = z.infer<typeof clockifyFormatSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The rows worth booking: items actually worked on, off-topic episodes and the end chat. */
function bookable(meetings: readonly ExportMeeting[]): TimeRow[] {
  return meetings.flatMap((m) => timeRows(m)).filter((r) => r.actualMs > 0 && r.start !== null);
}

function description(r: TimeRow, offTopicLabel: string, chatLabel: string): string {
  if (r.kind === 'item') return r.title;
  if (r.kind === 'chat') return chatLabel;
  return r.title ? `${offTopicLabel} (${r.title})` : offTopicLabel;
}

function tags(r: TimeRow): string {
  return r.kind === 'item' ? 'tactful' : r.kind === 'offTopic' ? 'tactful, off-topic' : 'tactful, chat';
}

/**
 * Toggl Track's CSV import: the columns of its own detailed report, times in the user's time zone, durations as
 * hh:mm:ss. Client = the client, Project = the meeting title, Description = the item (or "Off-topic").
 */
export function togglCsv(
  meetings: readonly ExportMeeting[],
  o: TimeTrackerOptions,
  labels: { offTopic: string; chat: string },
  name: string,
): ExportFile {
  const rows = bookable(meetings).map((r) => {
    const p = localParts(r.start!, o.timeZone);
    return [
      o.email,
      r.meeting.clientName ?? '',
      r.meeting.report.title,
      description(r, labels.offTopic, labels.chat),
      r.kind === 'item' || o.offTopicBillable ? 'Yes' : 'No',
      `${p.year}-${pad(p.month)}-${pad(p.day)}`,
      `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`,
      hms(r.actualMs),
      tags(r),
    ];
  });
  const content = toCsv(
    ['Email', 'Client', 'Project', 'Description', 'Billable', 'Start date', 'Start time', 'Duration', 'Tags'],
    rows,
  );
  return {
    filename: `${name}-toggl.csv`,
    mime: 'text/csv;charset=utf-8',
    content,
    notes: [
      { kind: 'rows', count: rows.length },
      { kind: 'timeZone', timeZone: o.timeZone },
    ],
  };
}

function clockifyDate(p: ReturnType<typeof localParts>, f: ClockifyFormat['dateFormat']): string {
  if (f === 'YYYY-MM-DD') return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (f === 'DD/MM/YYYY') return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  return `${pad(p.month)}/${pad(p.day)}/${p.year}`;
}

function clockifyTime(p: ReturnType<typeof localParts>, f: ClockifyFormat['timeFormat']): string {
  if (f === '24h') return `${pad(p.hour)}:${pad(p.minute)}`;
  const h = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return `${h}:${pad(p.minute)} ${p.hour < 12 ? 'AM' : 'PM'}`;
}

function clockifyDuration(ms: number, f: ClockifyFormat['durationFormat']): string {
  if (f === 'hh:mm:ss') return hms(ms);
  if (f === 'decimal') return decimalHours(ms);
  return hmm(ms);
}

/**
 * Clockify's timesheet CSV import, with its sample's header. Dates, times and durations follow the format the user
 * picked (they must match the importing profile); the result's notes say which. Titles and names already fit
 * Clockify's limits (Project 250, Client 100, Description 3,000): Tactful's own are shorter.
 */
export function clockifyCsv(
  meetings: readonly ExportMeeting[],
  o: TimeTrackerOptions,
  f: ClockifyFormat,
  labels: { offTopic: string; chat: string },
  name: string,
): ExportFile {
  const rows = bookable(meetings).map((r) => {
    const p = localParts(r.start!, o.timeZone);
    return [
      r.meeting.report.title,
      r.meeting.clientName ?? '',
      description(r, labels.offTopic, labels.chat),
      '',
      o.email,
      tags(r),
      r.kind === 'item' || o.offTopicBillable ? 'Yes' : 'No',
      clockifyDate(p, f.dateFormat),
      clockifyTime(p, f.timeFormat),
      clockifyDuration(r.actualMs, f.durationFormat),
    ];
  });
  const content = toCsv(
    [
      'Project',
      'Client',
      'Description',
      'Task',
      'Email',
      'Tags',
      'Billable',
      'Start Date',
      'Start Time',
      'Duration (h)',
    ],
    rows,
  );
  const notes: ExportNote[] = [
    { kind: 'rows', count: rows.length },
    {
      kind: 'clockifyFormat',
      dateFormat: f.dateFormat,
      timeFormat: f.timeFormat,
      durationFormat: f.durationFormat,
    },
    { kind: 'timeZone', timeZone: o.timeZone },
  ];
  return { filename: `${name}-clockify.csv`, mime: 'text/csv;charset=utf-8', content, notes };
}
