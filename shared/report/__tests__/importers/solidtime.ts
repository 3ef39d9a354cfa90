/**
 * solidtime's time-entry importers (solidtime-io/solidtime, app/Service/Import/Importers/: TogglTimeEntriesImporter
 * @ 01b60c0f, ClockifyTimeEntriesImporter in its version with the "first number above 12" check,
 * GenericTimeEntriesImporter @ 474edc58, DefaultImporter @ 04f0e769), ported line by line for
 * what they require and how they read each value. The database is left out: an entry is what would be saved.
 * Every importer runs inside ImportService's DB::transaction, so the first ImportException imports nothing.
 */
import { createFromFormat, leagueCsv, PhpError } from './php';

export class ImportException extends Error {}

export interface SolidtimeEntry {
  userEmail: string;
  /** The name a placeholder user gets when the email is not a member yet (validated: required, max 255). */
  userName: string;
  client: string | null;
  project: string | null;
  task: string | null;
  description: string;
  billable: boolean;
  tags: string[];
  /** UTC epoch ms. */
  start: number;
  end: number;
}

function requireHeader(header: string[], fields: string[]) {
  // validateHeader(): in_array($requiredField, $header, true) — exact, case-sensitive names.
  for (const f of fields)
    if (!header.includes(f)) throw new ImportException(`Invalid CSV header, missing field: ${f}`);
}

/** DefaultImporter::init(): a placeholder user's name is 'required' and 'max:255'; a task name 'max:500'. */
function checkNames(e: SolidtimeEntry) {
  if (e.userName === '') throw new ImportException('Invalid data: The name field is required.');
  if (e.userName.length > 255)
    throw new ImportException('Invalid data: The name field must not be greater than 255.');
  if (e.task !== null && e.task.length > 500)
    throw new ImportException(`Task name ("${e.task}") is too long, maximum length is 500 characters`);
}

/** getTags(): Str::trim($tags) === '' → none, else explode(', ', $tags) (Toggl and Clockify importers). */
const commaSpaceTags = (s: string) => (s.trim() === '' ? [] : s.split(', '));

function carbon(format: string, value: string, tz: string, message: string): number {
  try {
    return createFromFormat(format, value, tz);
  } catch (e) {
    if (e instanceof PhpError) throw new ImportException(message);
    throw e;
  }
}

/**
 * TogglTimeEntriesImporter::importData($data, $timezone). Reader: delimiter ',', enclosure '"', escape ''.
 * Required header (validateHeader): User, Email, Client, Project, Task, Description, Billable, Start date, Start
 * time, End date, End time, Tags. Billable must be 'Yes' or 'No'. Start and end:
 * Carbon::createFromFormat('Y-m-d H:i:s', date.' '.time, $timezone)->utc(), where $timezone is the importing user's
 * profile zone (ImportController). Duration is never read: an entry lasts End − Start.
 */
export function solidtimeToggl(csv: string, timezone: string): SolidtimeEntry[] {
  const { header, records } = leagueCsv(csv, { delimiter: ',', escape: '' });
  requireHeader(header, [
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
    'Tags',
  ]);
  return records.map((r) => {
    if (r.Billable !== 'Yes' && r.Billable !== 'No') throw new ImportException('Invalid billable value');
    const e: SolidtimeEntry = {
      userEmail: r.Email!,
      userName: r.User!,
      client: r.Client === '' ? null : r.Client!,
      project: r.Project === '' ? null : r.Project!,
      task: r.Task === '' ? null : r.Task!,
      description: r.Description!,
      billable: r.Billable === 'Yes',
      tags: commaSpaceTags(r.Tags!),
      start: carbon(
        'Y-m-d H:i:s',
        `${r['Start date']} ${r['Start time']}`,
        timezone,
        `Start date ("${r['Start date']}") or time ("${r['Start time']}") are invalid`,
      ),
      end: carbon(
        'Y-m-d H:i:s',
        `${r['End date']} ${r['End time']}`,
        timezone,
        `End date ("${r['End date']}") or time ("${r['End time']}") are invalid`,
      ),
    };
    checkNames(e);
    return e;
  });
}

const CLOCKIFY_DATE_TIME =
  /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}) ([0-9]{1,2}):([0-9]{1,2})(:[0-9]{1,2})? (AM|PM)$/;

/**
 * ClockifyTimeEntriesImporter's start/end block: date.' '.time must match
 * /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}) ([0-9]{1,2}):([0-9]{1,2})(:[0-9]{1,2})? (AM|PM)$/ — else the value stays
 * null and the import fails ("… are invalid"); a first number above 12 fails with "please select the correct date
 * format"; then Carbon::createFromFormat('m/d/Y h:i A') without seconds or 'm/d/Y H:i:s A' with them, in $timezone.
 */
function clockifyMoment(date: string, time: string, tz: string, which: 'Start' | 'End'): number {
  const s = `${date} ${time}`;
  const m = CLOCKIFY_DATE_TIME.exec(s);
  const invalid = `${which} date ("${date}") or time ("${time}") are invalid`;
  if (!m) throw new ImportException(invalid);
  if (Number(m[1]) > 12)
    throw new ImportException(
      `Start date ("${date}") is invalid, please select the correct date format before exporting from Clockify`,
    );
  return carbon(m[6] === undefined ? 'm/d/Y h:i A' : 'm/d/Y H:i:s A', s, tz, invalid);
}

/**
 * ClockifyTimeEntriesImporter::importData($data, $timezone). Required header: Project, Client, Description, Task,
 * User, Group, Email, Tags, Billable, Start Date, Start Time, End Date, End Time. Description at most 5000 bytes;
 * Billable 'Yes' or 'No'; Duration (h) and Duration (decimal) are never read.
 */
export function solidtimeClockify(csv: string, timezone: string): SolidtimeEntry[] {
  const { header, records } = leagueCsv(csv, { delimiter: ',', escape: '' });
  requireHeader(header, [
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
  ]);
  return records.map((r) => {
    if (new TextEncoder().encode(r.Description!).length > 5000)
      throw new ImportException('Time entry description is too long');
    if (r.Billable !== 'Yes' && r.Billable !== 'No') throw new ImportException('Invalid billable value');
    const e: SolidtimeEntry = {
      userEmail: r.Email!,
      userName: r.User!,
      client: r.Client === '' ? null : r.Client!,
      project: r.Project === '' ? null : r.Project!,
      task: r.Task === '' ? null : r.Task!,
      description: r.Description!,
      billable: r.Billable === 'Yes',
      tags: commaSpaceTags(r.Tags!),
      start: clockifyMoment(r['Start Date']!, r['Start Time']!, timezone, 'Start'),
      end: clockifyMoment(r['End Date']!, r['End Time']!, timezone, 'End'),
    };
    checkNames(e);
    return e;
  });
}

/**
 * GenericTimeEntriesImporter::importData (solidtime's own CSV). REQUIRED_FIELDS: description, billable, client,
 * project, tags, start, end, task, user_name, user_email. Billable must be 'true' or 'false'; tags are
 * explode(',') with each Str::trim'd; start and end are Carbon::createFromFormat('Y-m-d\TH:i:s\Z', $v, 'UTC'): UTC,
 * whatever the importing user's zone (the $timezone argument is not used).
 */
export function solidtimeGeneric(csv: string): SolidtimeEntry[] {
  const { header, records } = leagueCsv(csv, { delimiter: ',', escape: '' });
  requireHeader(header, [
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
  ]);
  return records.map((r) => {
    if (r.billable !== 'true' && r.billable !== 'false') throw new ImportException('Invalid billable value');
    const e: SolidtimeEntry = {
      userEmail: r.user_email!,
      userName: r.user_name!,
      client: r.client === '' ? null : r.client!,
      project: r.project === '' ? null : r.project!,
      task: r.task === '' ? null : r.task!,
      description: r.description!,
      billable: r.billable === 'true',
      tags: r.tags!.trim() === '' ? [] : r.tags!.split(',').map((t) => t.trim()),
      start: carbon('Y-m-d\\TH:i:s\\Z', r.start!, 'UTC', `Value of start ("${r.start}") is invalid`),
      end: carbon('Y-m-d\\TH:i:s\\Z', r.end!, 'UTC', `Value of end ("${r.end}") is invalid`),
    };
    checkNames(e);
    return e;
  });
}
