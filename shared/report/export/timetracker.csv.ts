import { z } from 'zod';
import type { ExportLabels } from '../../i18n/export.labels';
import { localParts, type LocalParts } from '../local.time';
import { toCsv } from './csv';
import type { ExportFile, ExportMeeting, ExportNote } from './export.types';
import { clockDuration, entryFields, timeEntries, type TimeEntry, type TrackerOptions } from './time.entries';

export const clockifyFormatSchema = z.object({
  /**
   * Who reads the file: Clockify itself, in the formats of the importing profile; or solidtime and Kimai, whose
   * Clockify importers read only MM/DD/YYYY dates and 12-hour times (solidtime refuses anything else, and Kimai
   * would read 05/11 as May 11th), so that choice fixes the formats.
   */
  target: z.enum(['clockify', 'solidtimeKimai']).default('clockify'),
  dateFormat: z.enum(['MM/DD/YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD']).default('MM/DD/YYYY'),
  timeFormat: z.enum(['12h', '24h']).default('12h'),
  durationFormat: z.enum(['h:mm', 'hh:mm:ss', 'decimal']).default('hh:mm:ss'),
});
export type ClockifyFormat = z.infer<typeof clockifyFormatSchema>;

/** The formats a Clockify export is written in: the profile's, or the only ones solidtime and Kimai read. */
export function clockifyFormatUsed(f: ClockifyFormat): ClockifyFormat {
  return f.target === 'clockify'
    ? f
    : { target: f.target, dateFormat: 'MM/DD/YYYY', timeFormat: '12h', durationFormat: 'hh:mm:ss' };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local date and time of a moment in the zone the tracker's profile uses (whole seconds: entries are). */
const local = (at: number, timeZone: string) => localParts(at, timeZone);
const isoDate = (p: LocalParts) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;
const time24 = (p: LocalParts) => `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
const tags = (t: string[]) => t.join(', ');

/** The header of Toggl Track's detailed report, which its import help page names as the model to follow. */
export const TOGGL_FIELDS = [
  'User',
  'Email',
  'Client',
  'Project',
  'Task',
  'Description',
  'Billable',
  'Start date',
  'Start time',
  'End date',
  'End time',
  'Duration',
  'Tags',
] as const;

/**
 * Toggl Track's CSV, in the layout of its detailed report (which Toggl's import reads, and which solidtime's and
 * Kimai's Toggl importers require whole): one row per entry, local dates YYYY-MM-DD and times HH:MM:SS in the
 * profile's zone, Duration HH:MM:SS = End − Start. Task stays empty: tasks are a paid Toggl feature, and both
 * other importers accept an empty one. Text is written as typed: a tracker stores it, it never evaluates it.
 */
export function togglCsv(
  meetings: readonly ExportMeeting[],
  o: TrackerOptions,
  l: ExportLabels,
  name: string,
) {
  const rows = timeEntries(meetings).map((e) => {
    const f = entryFields(e, o, l);
    const s = local(e.start, o.timeZone);
    const t = local(e.end, o.timeZone);
    return [
      f.user,
      o.email,
      f.client,
      f.project,
      '',
      f.description,
      f.billable ? 'Yes' : 'No',
      isoDate(s),
      time24(s),
      isoDate(t),
      time24(t),
      clockDuration(e),
      tags(f.tags),
    ];
  });
  return trackerFile(`${name}-toggl.csv`, toCsv(TOGGL_FIELDS, rows, { formulaGuard: false }), rows.length, [
    { kind: 'timeZone', timeZone: o.timeZone },
  ]);
}

function clockifyDate(p: LocalParts, f: ClockifyFormat['dateFormat']): string {
  if (f === 'YYYY-MM-DD') return isoDate(p);
  if (f === 'DD/MM/YYYY') return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  return `${pad(p.month)}/${pad(p.day)}/${p.year}`;
}

/** With seconds, as Clockify's detailed report writes them, so no importer cuts an entry to the minute. */
function clockifyTime(p: LocalParts, f: ClockifyFormat['timeFormat']): string {
  if (f === '24h') return time24(p);
  const h = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return `${h}:${pad(p.minute)}:${pad(p.second)} ${p.hour < 12 ? 'AM' : 'PM'}`;
}

function clockifyDuration(e: TimeEntry, f: ClockifyFormat['durationFormat']): string {
  const s = Math.round((e.end - e.start) / 1000);
  if (f === 'hh:mm:ss') return clockDuration(e);
  if (f === 'decimal') return decimal(s);
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}:${pad(m % 60)}`;
}

const decimal = (seconds: number) => (Math.round(seconds / 36) / 100).toFixed(2);

/** The header of Clockify's detailed report (its import help page names it as the model to follow). */
export const CLOCKIFY_FIELDS = [
  'Project',
  'Client',
  'Description',
  'Task',
  'User',
  'Group',
  'Email',
  'Tags',
  'Billable',
  'Start Date',
  'Start Time',
  'End Date',
  'End Time',
  'Duration (h)',
  'Duration (decimal)',
] as const;

/**
 * Clockify's CSV in its detailed-report layout (what solidtime's and Kimai's Clockify importers require), one row
 * per entry. Dates, times and durations in the formats of the importing Clockify profile, or the fixed ones
 * solidtime and Kimai read; times keep their seconds. Task is the kind of time (Kimai makes it the activity and
 * refuses an empty one); Group stays empty. Titles and names fit Clockify's limits (Project 250, Client 100,
 * Description 3,000): Tactful's own are shorter.
 */
export function clockifyCsv(
  meetings: readonly ExportMeeting[],
  o: TrackerOptions,
  format: ClockifyFormat,
  l: ExportLabels,
  name: string,
): ExportFile {
  const f = clockifyFormatUsed(format);
  const rows = timeEntries(meetings).map((e) => {
    const x = entryFields(e, o, l);
    const s = local(e.start, o.timeZone);
    const t = local(e.end, o.timeZone);
    return [
      x.project,
      x.client,
      x.description,
      x.task,
      x.user,
      '',
      o.email,
      tags(x.tags),
      x.billable ? 'Yes' : 'No',
      clockifyDate(s, f.dateFormat),
      clockifyTime(s, f.timeFormat),
      clockifyDate(t, f.dateFormat),
      clockifyTime(t, f.timeFormat),
      clockifyDuration(e, f.durationFormat),
      decimal(Math.round((e.end - e.start) / 1000)),
    ];
  });
  return trackerFile(
    `${name}-clockify.csv`,
    toCsv(CLOCKIFY_FIELDS, rows, { formulaGuard: false }),
    rows.length,
    [
      {
        kind: 'clockifyFormat',
        target: f.target,
        dateFormat: f.dateFormat,
        timeFormat: f.timeFormat,
        durationFormat: f.durationFormat,
      },
      { kind: 'timeZone', timeZone: o.timeZone },
    ],
  );
}

/** A time-tracker CSV with its notes: how many rows, then what the user must match in the tracker. */
export function trackerFile(
  filename: string,
  content: string,
  count: number,
  notes: ExportNote[],
): ExportFile {
  return { filename, mime: 'text/csv;charset=utf-8', content, notes: [{ kind: 'rows', count }, ...notes] };
}
