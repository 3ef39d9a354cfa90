/**
 * The few PHP library calls the importers make, ported strictly enough to catch what they would refuse or misread:
 * League\Csv\Reader (the CSV every PHP importer here reads with), DateTime::createFromFormat (behind
 * Carbon::createFromFormat) and `new DateTime($text)` (PHP's free-form parser, for the formats Tactful could write).
 */
import { localParts } from '../../local.time';

export class PhpError extends Error {}

/**
 * League\Csv\Reader with setHeaderOffset(0): a leading UTF-8 BOM is dropped, fields are split on the delimiter,
 * `"` encloses, `""` inside an enclosure is one quote. With the escape character set (League's default is `\`, which
 * Kimai's ImporterService keeps; solidtime sets `''`), an escaped quote inside an enclosure does not end the field and
 * the escape character stays in the value, as in PHP's fgetcsv. Each record is keyed by the header, as getRecords().
 */
export function leagueCsv(
  text: string,
  o: { delimiter: string; escape: '' | '\\' },
): { header: string[]; records: Record<string, string>[] } {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (inQuotes) {
      if (o.escape && c === o.escape && i + 1 < s.length) {
        field += c + s[i + 1]!;
        i++;
      } else if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field === '' && !wasQuoted) {
      inQuotes = true;
      wasQuoted = true;
    } else if (c === o.delimiter) {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
    } else field += c;
  }
  if (inQuotes) throw new PhpError('unterminated enclosure');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  // League skips empty lines.
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  const header = nonEmpty[0] ?? [];
  if (new Set(header).size !== header.length) throw new PhpError('The header record must be unique');
  const records = nonEmpty.slice(1).map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
  return { header, records };
}

/** The UTC moment of a wall-clock time in a zone (PHP resolves it the same way outside DST changes). */
export function wallToUtc(
  p: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): number {
  const guess = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = (at: number) => {
    const l = localParts(at, timeZone);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - at;
  };
  const first = guess - offset(guess);
  return guess - offset(first);
}

/**
 * DateTime::createFromFormat($format, $value, $timezone), as Carbon::createFromFormat calls it (timelib's
 * parse_from_format): Y takes up to 4 digits; m, d, H, h, i, s up to 2; A is AM or PM, added to the hour already read
 * (timelib_meridian_with_check: 12 AM is 0, PM adds 12 unless the hour is 12); `\X` is a literal X. Anything left
 * over is "Trailing data", anything missing is an error. Time fields the format does not name are 0 once any time
 * field was read. Out-of-range values only warn in PHP and roll over (month 16 is April of the next year), so they
 * roll over here too. Returns epoch milliseconds.
 */
export function createFromFormat(format: string, value: string, timeZone: string): number {
  let pos = 0;
  const f = { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN };
  const num = (max: number, what: string) => {
    const m = new RegExp(`^\\d{1,${max}}`).exec(value.slice(pos));
    if (!m) throw new PhpError(`A ${what} could not be found`);
    pos += m[0].length;
    return Number(m[0]);
  };
  for (let i = 0; i < format.length; i++) {
    const t = format[i]!;
    if (t === '\\') {
      const lit = format[++i]!;
      if (value[pos] !== lit) throw new PhpError('The escaped character could not be found');
      pos++;
    } else if (t === 'Y') f.year = num(4, 'four digit year');
    else if (t === 'm') f.month = num(2, 'two digit month');
    else if (t === 'd') f.day = num(2, 'two digit day');
    else if (t === 'H' || t === 'h') f.hour = num(2, 'two digit hour');
    else if (t === 'i') f.minute = num(2, 'two digit minute');
    else if (t === 's') f.second = num(2, 'two digit second');
    else if (t === 'A') {
      if (Number.isNaN(f.hour)) throw new PhpError('Meridian can only come after an hour has been found');
      const m = /^([AaPp])\.?[Mm]\.?/.exec(value.slice(pos));
      if (!m) throw new PhpError('A meridian could not be found');
      pos += m[0].length;
      const pm = m[1]!.toLowerCase() === 'p';
      if (!pm && f.hour === 12) f.hour = 0;
      else if (pm && f.hour !== 12) f.hour += 12;
    } else {
      if (value[pos] !== t) throw new PhpError('The separation symbol could not be found');
      pos++;
    }
  }
  if (pos < value.length) throw new PhpError('Trailing data');
  if (Number.isNaN(f.year) || Number.isNaN(f.month) || Number.isNaN(f.day))
    throw new PhpError('the port only handles formats with a full date');
  const anyTime = [f.hour, f.minute, f.second].some((n) => !Number.isNaN(n));
  if (!anyTime) throw new PhpError('the port only handles formats with a time');
  const z = (n: number) => (Number.isNaN(n) ? 0 : n);
  // Roll over like timelib's do_range_limit, in UTC, then read the result as wall time in the zone.
  const rolled = new Date(Date.UTC(f.year, f.month - 1, f.day, z(f.hour), z(f.minute), z(f.second)));
  return wallToUtc(
    {
      year: rolled.getUTCFullYear(),
      month: rolled.getUTCMonth() + 1,
      day: rolled.getUTCDate(),
      hour: rolled.getUTCHours(),
      minute: rolled.getUTCMinutes(),
      second: rolled.getUTCSeconds(),
    },
    timeZone,
  );
}

/**
 * `new \DateTime($text, $timezone)` for the date and time shapes of timelib's parse_date.re a time tracker's CSV can
 * hold: a date ("iso8601date4"/"datefull" YYYY-MM-DD, or "american" MM/DD/YYYY, whose month must be 1–12, so
 * 16/11/2026 is refused, "Unexpected character") then a space and a time ("timelong24"/"timeshort24" HH:MM[:SS], or
 * "timelong12"/"timeshort12" h:MM[:SS] AM|PM). Any other text throws here; PHP may accept more shapes, never these
 * differently. Returns epoch milliseconds.
 */
export function newDateTime(text: string, timeZone: string): number {
  const date =
    /^(\d{4})-(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])/.exec(text) ??
    /^(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])\/(\d{4})/.exec(text);
  if (!date)
    throw new PhpError(
      `DateTime::__construct(): Failed to parse time string (${text}): Unexpected character`,
    );
  const iso = date[0].includes('-');
  const year = Number(iso ? date[1] : date[3]);
  const month = Number(iso ? date[2] : date[1]);
  const day = Number(iso ? date[3] : date[2]);
  const rest = text.slice(date[0].length);
  const t12 = /^ (1[0-2]|0?[1-9]):([0-5]\d)(?::([0-5]\d))? ?([AaPp])\.?[Mm]\.?$/.exec(rest);
  const t24 = /^ (2[0-3]|[01]?\d):([0-5]\d)(?::([0-5]\d))?$/.exec(rest);
  const t = t12 ?? t24;
  if (!t)
    throw new PhpError(
      `DateTime::__construct(): Failed to parse time string (${text}): Unexpected character`,
    );
  let hour = Number(t[1]);
  if (t12) {
    const pm = t12[4]!.toLowerCase() === 'p';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return wallToUtc({ year, month, day, hour, minute: Number(t[2]), second: Number(t[3] ?? 0) }, timeZone);
}
