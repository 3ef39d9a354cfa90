/**
 * TimeTagger's import dialog (almarklein/timetagger @ 00832ef, timetagger/app/dialogs.py: csvsplit and
 * ImportDialog._do_analyse; stores.py @ 030d0ce0 to_str and RECORD_SPEC; utils.py convert_text_to_valid_tag), ported from the
 * Python that PScript compiles to the browser's JavaScript, so `float(x)` is Number(x) and `Date(x)` is new Date(x).
 */

/** csvsplit(s, sep, i): one row from index i; quotes escape, `""` is a quote; parts are trimmed. */
function csvsplit(s: string, sep: string, start: number): [string[], number] {
  const parts: string[] = [];
  let mode = 0; // 0: between fields, 1: unescaped, 2: escaped
  const sepcode = sep.charCodeAt(0);
  let lastsplit = start;
  let i = start - 1;
  while (i < s.length - 1) {
    i += 1;
    const cc = s.charCodeAt(i);
    if (mode === 0) {
      if (cc === 34) mode = 2;
      else if (cc === sepcode) {
        parts.push('');
        lastsplit = i + 1;
      } else if (cc === 9 || cc === 32 || cc === 13) {
        // ignore whitespace
      } else if (cc === 10) break;
      else mode = 1;
    } else if (mode === 1) {
      if (cc === sepcode) {
        parts.push(s.slice(lastsplit, i).trim());
        lastsplit = i + 1;
        mode = 0;
      } else if (cc === 10) break; // (TimeTagger also resets mode here; the loop ends anyway)
    } else if (cc === 34) {
      if (i < s.length - 1 && s.charCodeAt(i + 1) === 34) i += 1;
      else mode = 1;
    }
  }
  i += 1;
  parts.push(s.slice(lastsplit, i).trim());
  for (let j = 0; j < parts.length; j++) {
    const val = parts[j]!;
    // JavaScript's String.replace with a string argument: only the first `""` becomes `"` (as TimeTagger does).
    if (val.length > 0 && val[0] === '"' && val[val.length - 1] === '"')
      parts[j] = val.slice(1, val.length - 1).replace('""', '"');
  }
  return [parts, i];
}

const isValidTagCharcode = (cc: number) =>
  (cc > 47 && cc < 58) ||
  (cc > 64 && cc < 91) ||
  (cc > 96 && cc < 123) ||
  cc === 45 ||
  cc === 47 ||
  cc === 95 ||
  cc > 127;

/** utils.convert_text_to_valid_tag */
function convertTextToValidTag(s: string): string {
  let tag = '#';
  let last = '-';
  for (const ch of s) {
    let c = ch;
    if (!isValidTagCharcode(ch.charCodeAt(0))) {
      c = '-';
      if (last === '-') continue;
    }
    tag += c;
    last = c;
  }
  return tag.length < 3 ? '' : tag;
}

/** stores.to_str: at most STR_MAX = 256 characters, CR dropped, newlines and tabs to spaces, leading ' "' stripped. */
const toStr = (x: string) =>
  x
    .slice(0, 256)
    .replace('\r', '')
    .replace('\n', ' ')
    .replace('\t', ' ')
    .replace(/^[ "]+/, '');

export interface TimeTaggerRecord {
  /** Seconds since the epoch (UTC), as TimeTagger stores them. */
  t1: number;
  t2: number;
  ds: string;
}

const M: Record<string, string[]> = {
  key: ['id', 'identifier'],
  projectkey: ['project key', 'project id'],
  projectname: ['project', 'pr', 'proj', 'project name'],
  tags: ['tags', 'tag'],
  t1: ['start', 'begin', 'start time', 'begin time'],
  t2: ['stop', 'end', 'stop time', 'end time'],
  description: ['summary', 'comment', 'title', 'ds'],
  projectpath: ['project path'],
  date: [],
  duration: ['duration h:m', 'duration h:m:s', 'duration hh:mm', 'duration hh:mm:ss'],
};

/**
 * ImportDialog._do_analyse on pasted or dropped text: the log it shows and the records it would import (none if
 * it stopped). Header names are lower-cased with '-' and '_' as spaces and mapped through M; t1 is
 * float(raw.t1), else Date(raw.t1) (so an ISO 8601 time with Z is read as UTC), else date + time; t2 likewise or
 * t1 + duration; tags from the tags column; a record with t1 or t2 of 0 stops the import ("invalid start/stop").
 * Not ported, as no Tactful file that reaches them has them: the date + time fallback (a "date" column with a time in
 * start), Yast's project paths, and tags typed inside descriptions.
 */
export function timetaggerImport(input: string): { log: string[]; records: TimeTaggerRecord[] } {
  const log: string[] = [];
  const text0 = input.trimStart();
  const nl = text0.indexOf('\n');
  const header = (nl < 0 ? text0 : text0.slice(0, nl)).trim();
  const text = nl < 0 ? '' : text0.slice(nl + 1);
  let sep = '';
  let sepcount = 0;
  for (const [x, name] of [
    ['\t', 'tab'],
    [',', 'comma'],
    [';', 'semicolon'],
  ] as const) {
    const n = header.split(x).length - 1;
    if (n > sepcount) [sep, sepcount] = [x, n];
    void name;
  }
  if (!header) return { log: ['No data'], records: [] };
  if (!sepcount) return { log: ['Could not determine separator (tried tab, comma, semicolon)'], records: [] };
  const namemap: Record<string, string> = {};
  for (const [key, options] of Object.entries(M)) {
    namemap[key] = key;
    for (const x of options) namemap[x] = key;
  }
  const headerparts2: (string | null)[] = [];
  const unknown: string[] = [];
  for (let name of csvsplit(header, sep, 0)[0]) {
    name = name.toLowerCase().replaceAll('-', ' ').replaceAll('_', ' ');
    if (name in namemap) headerparts2.push(namemap[name]!);
    else if (!name) headerparts2.push(null);
    else {
      unknown.push(name);
      headerparts2.push(null);
    }
  }
  while (headerparts2.length > 0 && headerparts2.at(-1) === null) headerparts2.pop();
  log.push(unknown.length ? `Ignoring some headers: ${unknown.join(', ')}` : 'All headers names recognized');
  if (!headerparts2.includes('t1'))
    return { log: [...log, 'Missing required header for start time.'], records: [] };
  if (!headerparts2.includes('t2') && !headerparts2.includes('duration'))
    return { log: [...log, 'Missing required header for stop time or duration.'], records: [] };

  const yearPastEpoch = 31_536_000;
  const records: TimeTaggerRecord[] = [];
  let index = 0;
  let row = 0;
  while (index < text.length) {
    row += 1;
    const [lineparts, next] = csvsplit(text, sep, index);
    index = next;
    if (lineparts.join('').trim().length === 0) continue;
    const raw: Record<string, string> = {};
    for (let j = 0; j < Math.min(lineparts.length, headerparts2.length); j++) {
      const key = headerparts2[j];
      if (key) raw[key] = lineparts[j]!.trim();
    }
    let t1 = Number(raw.t1);
    if (!(Number.isFinite(t1) && t1 > yearPastEpoch)) t1 = new Date(raw.t1 ?? '').getTime() / 1000;
    t1 = Math.floor(t1);
    let t2 = Number(raw.t2);
    if (!(Number.isFinite(t2) && t2 > yearPastEpoch)) t2 = new Date(raw.t2 ?? '').getTime() / 1000;
    t2 = Math.ceil(t2);
    let tags: string[] = [];
    if (raw.tags)
      tags = raw.tags
        .replaceAll(',', ' ')
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => convertTextToValidTag(t.trim()))
        .filter((t) => t.length > 2);
    else if (raw.projectname) tags = [convertTextToValidTag(toStr(raw.projectname))];
    const tagz = [...new Set(tags)].join(' ');
    const ds = raw.description ? toStr(`${tagz} ${raw.description}`) : tagz;
    if (t1 === 0 || t2 === 0)
      return { log: [...log, `Item on row ${row} has invalid start/stop times`], records: [] };
    // _validate_items: RECORD_SPEC's to_int throws on NaN, and the record is dropped.
    if (!Number.isFinite(t1) || !Number.isFinite(t2))
      return { log: [...log, `Item on row ${row} does not pass validation`], records: [] };
    records.push({ t1, t2: Math.max(t2, t1 + 1), ds });
  }
  log.push(`Found ${records.length}`);
  return { log, records };
}
