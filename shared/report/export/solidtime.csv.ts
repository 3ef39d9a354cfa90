import type { ExportLabels } from '../../i18n/export.labels';
import { toCsv } from './csv';
import type { ExportFile, ExportMeeting } from './export.types';
import { entryFields, timeEntries, utcSecond, type TrackerOptions } from './time.entries';
import { trackerFile } from './timetracker.csv';

/** The columns solidtime's "Generic Time Entries" importer requires (GenericTimeEntriesImporter::REQUIRED_FIELDS). */
export const SOLIDTIME_FIELDS = [
  'description',
  'billable',
  'client',
  'project',
  'tags',
  'start',
  'end',
  'task',
  'user_name',
  'user_email',
] as const;

/**
 * solidtime's own CSV ("Generic Time Entries"): one row per entry with start and end in UTC (YYYY-MM-DDTHH:MM:SSZ),
 * so no profile zone can shift them; TimeTagger's import reads the same file (start, end, project, tags, description).
 * Richer than the Toggl or Clockify layouts for solidtime: the zone is in the file, and Task is kept.
 */
export function solidtimeCsv(
  meetings: readonly ExportMeeting[],
  o: Omit<TrackerOptions, 'timeZone'>,
  l: ExportLabels,
  name: string,
): ExportFile {
  const rows = timeEntries(meetings).map((e) => {
    const f = entryFields(e, { ...o, timeZone: 'UTC' }, l);
    return [
      f.description,
      f.billable ? 'true' : 'false',
      f.client,
      f.project,
      f.tags.join(', '),
      utcSecond(e.start),
      utcSecond(e.end),
      f.task,
      f.user,
      o.email,
    ];
  });
  return trackerFile(
    `${name}-solidtime.csv`,
    toCsv(SOLIDTIME_FIELDS, rows, { formulaGuard: false }),
    rows.length,
    [{ kind: 'utc' }],
  );
}
