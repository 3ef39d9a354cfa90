/**
 * Kimai's import plugin (kevinpapst/ImportBundle @ 40f7b388, Importer/*), ported for what it requires and how it
 * reads each value, with the one Kimai core call it makes on durations (kimai/kimai src/Utils/Duration.php
 * parseDurationString). The database is left out: a row is the timesheet it would build, or its errors. Pass 2 of
 * AbstractTimesheetImporter::import saves only when no row has an error, so one bad row imports nothing.
 */
import { leagueCsv, newDateTime, PhpError } from './php';

export interface KimaiRow {
  user: string;
  email: string;
  customer: string;
  project: string;
  activity: string;
  description: string;
  billable: boolean;
  tags: string[];
  /** UTC epoch ms. */
  begin: number;
  end: number;
  /** Seconds, as stored (the Duration given, else End − Begin). */
  duration: number;
}

export type KimaiResult =
  | { ok: false; error: string }
  | { ok: true; rows: ({ ok: true; row: KimaiRow } | { ok: false; errors: string[] })[] };

/** Duration::parseDurationString: "h:mm[:ss]" (colon), whole seconds, or PHP's DateInterval 'PT…' (natural). */
export function parseDurationString(d: string): number {
  if (d.includes(':')) {
    const parts = d.split(':');
    if (parts.length < 2) throw new PhpError(`Colon format cannot parse: ${d}`);
    let seconds = 0;
    if (parts.length === 3) seconds += Number(parts.pop());
    return seconds + Number(parts[1]) * 60 + Number(parts[0]) * 3600;
  }
  if (d !== '' && !Number.isNaN(Number(d)) && Number(d) === Math.trunc(Number(d))) return Number(d);
  const m = /^(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(d.toUpperCase());
  if (!m || d === '') throw new PhpError(`Invalid input for natural format: ${d}`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** AbstractTimesheetImporter::parseDuration: numeric without '.' or ',' is seconds, else the core parser. */
function parseDuration(d: string): number {
  if (d.trim() !== '' && !Number.isNaN(Number(d)) && !d.includes('.') && !d.includes(','))
    return Math.trunc(Number(d));
  return parseDurationString(d);
}

/** ImporterHelper::convertBoolean: 'true', 'yes', 'on', '1' (trimmed, any case) are true, everything else false. */
const convertBoolean = (v: string | boolean) =>
  typeof v === 'boolean' ? v : ['true', 'yes', 'on', '1'].includes(v.trim().toLowerCase());

/** filter_var($email, FILTER_VALIDATE_EMAIL), close enough for well-formed addresses. */
const validEmail = (e: string) => /^[^\s@"(),:;<>[\\\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(e);

type Normalised = Record<string, string | boolean | number>;

/** AbstractTimesheetImporter::importRow on a row its subclass normalised, in the importing user's zone. */
function importRow(
  r: Normalised,
  userTz: string,
): { ok: true; row: KimaiRow } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const str = (k: string) => (r[k] === undefined ? '' : String(r[k]));
  // collectFieldErrors()
  if (str('User') === '') errors.push('User: Empty or missing field');
  if (!validEmail(str('Email'))) errors.push('Email: Invalid email address');
  if (str('Begin') === '') errors.push('Begin: Empty or missing field');
  if (str('End') === '') errors.push('End: Empty or missing field');
  if (str('Project') === '') errors.push('Project: Empty or missing field');
  if (str('Activity') === '') errors.push('Activity: Empty or missing field');
  if (typeof r.Duration === 'string' && r.Duration.startsWith('-'))
    errors.push('Duration: Negative values not supported');
  if (typeof r.Duration === 'number' && r.Duration < 0)
    errors.push('Duration: Negative values not supported');
  if (errors.length > 0) return { ok: false, errors };
  try {
    let duration = 0;
    let found: number | null = null;
    if (typeof r.Duration === 'number') found = duration = r.Duration;
    else if (typeof r.Duration === 'string' && r.Duration.length > 0)
      found = duration = parseDuration(r.Duration);
    // new \DateTime($record['Begin'], $timezone), the user's own zone.
    const begin = newDateTime(str('Begin'), userTz);
    let end = newDateTime(str('End'), userTz);
    // "fix dates running over midnight"
    if (end < begin) end = duration > 0 ? begin + duration * 1000 : end + 86_400_000;
    const tags =
      typeof r.Tags === 'string'
        ? r.Tags.split(',')
            .filter((t) => t !== '')
            .map((t) => t.slice(0, 100).trim()) // getTag(): trim(mb_substr($tagName, 0, 100))
        : [];
    return {
      ok: true,
      row: {
        user: str('User'),
        email: str('Email'),
        customer: str('Customer'),
        project: str('Project'),
        activity: str('Activity'),
        description: str('Description'),
        billable: 'Billable' in r ? convertBoolean(r.Billable as string | boolean) : true,
        tags,
        begin,
        end,
        duration: found ?? Math.round((end - begin) / 1000),
      },
    };
  } catch (e) {
    if (e instanceof PhpError) return { ok: false, errors: [e.message] };
    throw e;
  }
}

/** ImporterService::importCsv: League Reader with the delimiter picked in the form (escape stays League's `\`). */
function read(csv: string, delimiter: ',' | ';', required: string[], known: (header: string[]) => string[]) {
  const { header, records } = leagueCsv(csv, { delimiter, escape: '\\' });
  if (records.length === 0) return { error: 'Unsupported file given: empty' };
  const opposite = delimiter === ',' ? ';' : ',';
  if (header.length === 1 && header[0]!.includes(opposite))
    return { error: `Unsupported file given: retry with the "${opposite}" delimiter` };
  const have = known(header);
  const missing = required.filter((f) => !have.includes(f));
  if (missing.length > 0)
    return { error: `Invalid file given, missing and/or invalid columns: ${missing.join(', ')}` };
  return { records };
}

function run(
  csv: string,
  delimiter: ',' | ';',
  required: string[],
  known: (header: string[]) => string[],
  normalise: (r: Record<string, string>) => Normalised,
  userTz: string,
): KimaiResult {
  const got = read(csv, delimiter, required, known);
  if (got.error !== undefined) return { ok: false, error: got.error };
  try {
    return { ok: true, rows: got.records!.map((r) => importRow(normalise(r), userTz)) };
  } catch (e) {
    // A parse error outside importRow's try (e.g. Duration (h) in ClockifyTimesheetImporter) fails the import.
    if (e instanceof PhpError) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * TogglTimesheetImporter: supports() is array_diff of User, Email, Client, Project, Task, Description, Billable,
 * Start date, Start time, End date, End time, Duration, Tags against the header (exact names). Customer = Client or
 * 'Importer'; Activity = Task or 'Importer'; Begin = Start date.' '.Start time; End likewise; Duration through
 * parseDurationString; Billable through convertBoolean.
 */
export function kimaiToggl(csv: string, delimiter: ',' | ';', userTz: string): KimaiResult {
  const required = [
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
  ];
  return run(
    csv,
    delimiter,
    required,
    (h) => h,
    (raw) => {
      const v: Normalised = {
        Customer: 'Importer',
        Project: 'Importer',
        Activity: 'Importer',
        Begin: `${raw['Start date']} ${raw['Start time']}`,
        End: `${raw['End date']} ${raw['End time']}`,
        Description: '',
        User: '',
        Email: '',
        Tags: '',
        Billable: true,
        Rate: '0.0',
        Duration: '',
      };
      for (const [key, value] of Object.entries(raw)) {
        const k = key.toLowerCase();
        if (['email', 'user', 'project', 'description', 'tags'].includes(k)) v[key] = value;
        else if (k === 'billable') v[key] = convertBoolean(value);
        else if (k === 'client' && value !== '') v.Customer = value;
        else if (k === 'task' && value !== '') v.Activity = value;
        else if (k === 'duration') v.Duration = parseDurationString(value);
      }
      return v;
    },
    userTz,
  );
}

/**
 * ClockifyTimesheetImporter: supports() needs Project, Client, Description, Task, User, Group, Email, Tags, Billable,
 * Start Date, Start Time, End Date, End Time, Duration (h), Duration (decimal). Activity = Task, even when empty (so
 * an empty Task fails the row); Customer = Client or 'Importer'; Duration (h) through parseDurationString, outside
 * the row's try; Duration (decimal) is ignored.
 */
export function kimaiClockify(csv: string, delimiter: ',' | ';', userTz: string): KimaiResult {
  const required = [
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
  ];
  return run(
    csv,
    delimiter,
    required,
    (h) => h,
    (raw) => {
      const v: Normalised = {
        Begin: `${raw['Start Date']} ${raw['Start Time']}`,
        End: `${raw['End Date']} ${raw['End Time']}`,
        Customer: 'Importer',
        Project: '',
        Description: '',
        Activity: '',
        User: '',
        Email: '',
        Tags: '',
        Billable: true,
        Duration: '',
      };
      for (const [key, value] of Object.entries(raw)) {
        if (['Email', 'User', 'Project', 'Description', 'Tags'].includes(key)) v[key] = value;
        else if (key === 'Billable') v.Billable = convertBoolean(value);
        else if (key === 'Client' && value !== '') v.Customer = value;
        else if (key === 'Task') v.Activity = value;
        else if (key === 'Duration (h)') v.Duration = parseDurationString(value);
      }
      return v;
    },
    userTz,
  );
}

const TRANSLATED: Record<string, string> = {
  internal_rate: 'InternalRate',
  rate_internal: 'InternalRate',
  internalrate: 'InternalRate',
  hourly_rate: 'HourlyRate',
  rate_hourly: 'HourlyRate',
  hourlyrate: 'HourlyRate',
  fixed_rate: 'FixedRate',
  rate_fixed: 'FixedRate',
  fixedrate: 'FixedRate',
  user: 'User',
  username: 'Username',
  name: 'Username',
  email: 'Email',
  'e-mail': 'Email',
  date: 'Date',
  from: 'From',
  to: 'To',
  duration: 'Duration',
  rate: 'Rate',
  customer: 'Customer',
  project: 'Project',
  activity: 'Activity',
  description: 'Description',
  exported: 'Exported',
  billable: 'Billable',
  tags: 'Tags',
  break: 'Break',
  pause: 'Break',
};

/**
 * TimesheetImporter (Kimai's own CSV): checkHeader() lower-cases each name through $translatedHeader and needs Date,
 * From, To, User, Email, Customer, Project, Activity. importRow() pads a 1–2 character From/To with ':00', builds
 * Begin = $rawData['Date'].' '.$rawData['From'] and End = Date.' '.To (keys as written, so "Date", "From", "To"),
 * and trims every other value.
 */
export function kimaiTimesheet(csv: string, delimiter: ',' | ';', userTz: string): KimaiResult {
  return run(
    csv,
    delimiter,
    ['Date', 'From', 'To', 'User', 'Email', 'Customer', 'Project', 'Activity'],
    (h) => [...new Set(h.map((n) => TRANSLATED[n.toLowerCase()]).filter((n): n is string => !!n))],
    (raw) => {
      const pad = (t: string | undefined) =>
        t === undefined || t === '' ? t : t.length === 1 ? `0${t}:00` : t.length === 2 ? `${t}:00` : t;
      const v: Normalised = { Begin: `${raw.Date} ${pad(raw.From)}`, End: `${raw.Date} ${pad(raw.To)}` };
      for (const [key, value] of Object.entries(raw)) {
        const k = key.toLowerCase();
        if (k === 'date' || k === 'from' || k === 'to') continue;
        v[TRANSLATED[k] ?? key] = value.trim();
      }
      return v;
    },
    userTz,
  );
}
