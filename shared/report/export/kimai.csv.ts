import type { ExportLabels } from '../../i18n/export.labels';
import { localDate, localTime } from '../local.time';
import { toCsv } from './csv';
import type { ExportFile, ExportMeeting } from './export.types';
import { entryFields, timeEntries, type TrackerOptions } from './time.entries';
import { trackerFile } from './timetracker.csv';

/** The header of the import plugin's own sample (Resources/demo/timesheet.csv), the columns its TimesheetImporter reads. */
export const KIMAI_FIELDS = [
  'Date',
  'From',
  'To',
  'Duration',
  'Rate',
  'User',
  'Email',
  'Customer',
  'Project',
  'Activity',
  'Description',
  'Billable',
  'Tags',
] as const;

/**
 * Kimai's own timesheet CSV (its import plugin's "Timesheet" importer), semicolon-separated like the plugin's sample
 * and the default of its import form. Richer than the Toggl or Clockify layouts for Kimai: the activity is the kind
 * of time (not "Importer"), the duration is exact whole seconds, Billable is 1/0 (which every version of
 * convertBoolean reads) and tags are comma-separated without spaces. Date, From and To are local in the zone of the
 * Kimai user's profile; an entry past midnight keeps its Duration, from which Kimai rebuilds its end. Rate stays
 * empty: Kimai prices the entry with its own rates.
 */
export function kimaiCsv(
  meetings: readonly ExportMeeting[],
  o: TrackerOptions,
  l: ExportLabels,
  name: string,
): ExportFile {
  const rows = timeEntries(meetings).map((e) => {
    const f = entryFields(e, o, l);
    return [
      localDate(e.start, o.timeZone),
      localTime(e.start, o.timeZone),
      localTime(e.end, o.timeZone),
      Math.round((e.end - e.start) / 1000),
      '',
      f.user,
      o.email,
      f.client || l.noClient,
      f.project,
      f.task,
      f.description,
      f.billable ? '1' : '0',
      f.tags.join(','),
    ];
  });
  const content = toCsv(KIMAI_FIELDS, rows, { formulaGuard: false, delimiter: ';' });
  return trackerFile(`${name}-kimai.csv`, content, rows.length, [{ kind: 'timeZone', timeZone: o.timeZone }]);
}
