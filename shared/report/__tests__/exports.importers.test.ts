/**
 * Each time-tracker export read the way each importer reads it. The importers' rules are ported in ./importers/
 * from their public source, each with the file and function it comes from; a test names the rule it checks.
 * Every one of these fails on the files Tactful wrote before one row per segment and the detailed-report layouts
 * (missing User/Task/End columns, no seconds, one row per item overlapping its off-topic episode).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS } from '../../i18n/export.labels';
import { kimaiCsv } from '../export/kimai.csv';
import { solidtimeCsv } from '../export/solidtime.csv';
import { tactfulCsv } from '../export/tactful.csv';
import { clockifyCsv, togglCsv, type ClockifyFormat } from '../export/timetracker.csv';
import {
  kimaiClockify,
  kimaiTimesheet,
  kimaiToggl,
  type KimaiResult,
  type KimaiRow,
} from './importers/kimai';
import { solidtimeClockify, solidtimeGeneric, solidtimeToggl } from './importers/solidtime';
import { timetaggerImport } from './importers/timetagger';
import {
  ALL_ENTRIES,
  allMeetings,
  fifthOfNovember,
  ME,
  ROME_ENTRIES,
  romeMeeting,
} from './support/export.fixture';

const en = EXPORT_LABELS.en;
const ROME = 'Europe/Rome';
const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);
const expected = ALL_ENTRIES.map((e) => ({
  start: utc(e.start),
  end: utc(e.end),
  description: e.description,
}));
const toggl = (tz = ROME) => togglCsv(allMeetings(), { ...ME, timeZone: tz }, en, 'x');
const clockify = (f: Partial<ClockifyFormat>, tz = ROME) =>
  clockifyCsv(
    allMeetings(),
    { ...ME, timeZone: tz },
    { target: 'clockify', dateFormat: 'MM/DD/YYYY', timeFormat: '12h', durationFormat: 'hh:mm:ss', ...f },
    en,
    'x',
  );
const forImporters = (tz = ROME) =>
  clockify({ target: 'solidtimeKimai', dateFormat: 'DD/MM/YYYY', timeFormat: '24h' }, tz);

function kimaiRows(r: KimaiResult): KimaiRow[] {
  if (!r.ok) throw new Error(r.error);
  return r.rows.map((x) => {
    if (!x.ok) throw new Error(x.errors.join('; '));
    return x.row;
  });
}

describe('solidtime (solidtime-io/solidtime, app/Service/Import/Importers)', () => {
  it('Toggl Time Entries: every header validateHeader() requires, Y-m-d H:i:s in the profile zone, End − Start exact', () => {
    // TogglTimeEntriesImporter::validateHeader, ::importData (Carbon::createFromFormat('Y-m-d H:i:s', …, $timezone)).
    const entries = solidtimeToggl(toggl().content, ROME);
    expect(entries.map((e) => ({ start: e.start, end: e.end, description: e.description }))).toEqual(
      expected,
    );
    expect(entries.find((e) => e.description.startsWith('Off-topic'))).toMatchObject({
      userEmail: ME.email,
      userName: 'Marta Bianchi',
      client: 'Caffè Rossi & Figli, S.r.l.',
      project: 'Revisione «homepage», fase 2 – café',
      task: null,
      billable: false,
      tags: ['tactful', 'off-topic'],
    });
    // The formula guard is off for trackers: solidtime stores the description as typed, never as a formula.
    expect(entries.find((e) => e.description.includes('SUM'))!.description).toBe('=SUM(A1:A9) budget');
  });

  it('Toggl Time Entries reads local times in the importing profile’s zone: the file must be written in that zone', () => {
    // ImportController passes the user's timezone; lang/en/importer.php: "make sure that the Timezone settings … are
    // the same". Written for a New York profile and imported there, the times are right; the notes name the zone.
    const file = toggl(NY);
    expect(file.notes).toContainEqual({ kind: 'timeZone', timeZone: NY });
    expect(solidtimeToggl(file.content, NY).map((e) => e.start)).toEqual(expected.map((e) => e.start));
    expect(solidtimeToggl(file.content, ROME)[0]!.start - expected[0]!.start).toBe(-6 * 3600_000);
  });

  it('Clockify Time Entries: the detailed-report header, and for solidtime only m/d/Y with 12-hour times and seconds', () => {
    // ClockifyTimeEntriesImporter::validateHeader; the start/end regex and 'm/d/Y H:i:s A' (seconds kept).
    const entries = solidtimeClockify(forImporters().content, ROME);
    expect(entries.map((e) => ({ start: e.start, end: e.end, description: e.description }))).toEqual(
      expected,
    );
    expect(entries.map((e) => e.task)).toContain('Off-topic');
    // A Clockify profile's own DD/MM/YYYY file is refused by solidtime (16/11), never read as a wrong date:
    expect(() => solidtimeClockify(clockify({ dateFormat: 'DD/MM/YYYY' }).content, ROME)).toThrow(
      /please select the correct date format/,
    );
    // …and 24-hour times do not match its regex at all.
    expect(() => solidtimeClockify(clockify({ timeFormat: '24h' }).content, ROME)).toThrow(/are invalid/);
  });

  it('Clockify for solidtime and Kimai never swaps day and month, whatever the profile formats say', () => {
    // 05/11 read as m/d/Y is 11 May: the solidtimeKimai target writes MM/DD/YYYY, so 5 November stays 5 November.
    const file = clockifyCsv(
      [fifthOfNovember()],
      { ...ME, timeZone: ROME },
      { target: 'solidtimeKimai', dateFormat: 'DD/MM/YYYY', timeFormat: '24h', durationFormat: 'decimal' },
      en,
      'x',
    );
    expect(solidtimeClockify(file.content, ROME)[0]!.start).toBe(utc('2026-11-05T09:00:00Z'));
    expect(file.notes).toContainEqual({
      kind: 'clockifyFormat',
      target: 'solidtimeKimai',
      dateFormat: 'MM/DD/YYYY',
      timeFormat: '12h',
      durationFormat: 'hh:mm:ss',
    });
  });

  it('Generic Time Entries (solidtime’s own CSV): REQUIRED_FIELDS, true/false, UTC with Z whatever the profile zone', () => {
    // GenericTimeEntriesImporter: Carbon::createFromFormat('Y-m-d\TH:i:s\Z', $v, 'UTC'); tags explode(',') + trim.
    const file = solidtimeCsv(allMeetings(), ME, en, 'x');
    expect(file.notes).toContainEqual({ kind: 'utc' });
    const entries = solidtimeGeneric(file.content);
    expect(entries.map((e) => ({ start: e.start, end: e.end, description: e.description }))).toEqual(
      expected,
    );
    expect(entries.find((e) => e.description.startsWith('Off-topic'))).toMatchObject({
      billable: false,
      task: 'Off-topic',
      tags: ['tactful', 'off-topic'],
      userName: 'Marta Bianchi',
    });
  });

  it('a placeholder user needs a name: without one, the email stands in (DefaultImporter: name required, max 255)', () => {
    const entries = solidtimeToggl(
      togglCsv([romeMeeting()], { ...ME, name: '', timeZone: ROME }, en, 'x').content,
      ROME,
    );
    expect(entries[0]!.userName).toBe(ME.email);
  });
});

describe("Kimai's import plugin (kevinpapst/ImportBundle, Importer/)", () => {
  it('TimesheetImporter (Kimai’s own CSV): checkHeader(), Date + From/To in the user’s zone, Duration in seconds', () => {
    // TimesheetImporter::checkHeader/importRow; AbstractTimesheetImporter::importRow and parseDuration.
    const file = kimaiCsv(allMeetings(), { ...ME, timeZone: ROME }, en, 'x');
    const rows = kimaiRows(kimaiTimesheet(file.content, ';', ROME));
    expect(rows.map((r) => ({ start: r.begin, end: r.end, description: r.description }))).toEqual(expected);
    for (const r of rows) expect(r.duration).toBe((r.end - r.begin) / 1000);
    expect(rows.find((r) => r.description.startsWith('Off-topic'))).toMatchObject({
      user: 'Marta Bianchi',
      customer: 'Caffè Rossi & Figli, S.r.l.',
      activity: 'Off-topic',
      billable: false,
      tags: ['tactful', 'off-topic'],
    });
    // A meeting without a client still gets a customer: Kimai needs one for every project.
    expect(rows.at(-1)!.customer).toBe('No client');
    // Its import form offers ';' first; a comma there gets the plugin's own hint.
    expect(kimaiTimesheet(file.content, ',', ROME)).toEqual({
      ok: false,
      error: 'Unsupported file given: retry with the ";" delimiter',
    });
  });

  it('TimesheetImporter rebuilds an entry past midnight from its Duration (one Date for From and To)', () => {
    const file = kimaiCsv(allMeetings(), { ...ME, timeZone: NY }, en, 'x');
    const rows = kimaiRows(kimaiTimesheet(file.content, ';', NY));
    const planning = rows.find((r) => r.description === 'Planning')!;
    expect([planning.begin, planning.end]).toEqual([
      utc('2026-11-17T04:50:12Z'),
      utc('2026-11-17T05:57:21Z'),
    ]);
  });

  it('TogglTimesheetImporter: every supported header, Begin/End from date and time, Duration through parseDurationString', () => {
    const rows = kimaiRows(kimaiToggl(toggl().content, ',', ROME));
    expect(rows.map((r) => ({ start: r.begin, end: r.end, description: r.description }))).toEqual(expected);
    for (const r of rows) expect(r.duration).toBe((r.end - r.begin) / 1000);
  });

  it('ClockifyTimesheetImporter: Duration (decimal) present, Task (its Activity) never empty, m/d/Y read right', () => {
    const rows = kimaiRows(kimaiClockify(forImporters().content, ',', ROME));
    expect(rows.map((r) => ({ start: r.begin, end: r.end, description: r.description }))).toEqual(expected);
    expect(new Set(rows.map((r) => r.activity))).toEqual(
      new Set(['Meeting', 'Off-topic', 'Chat at the end']),
    );
  });
});

describe('TimeTagger (almarklein/timetagger, timetagger/app/dialogs.py ImportDialog)', () => {
  it('reads the solidtime CSV: start and end as ISO 8601 with Z (Date(raw.t1)), tags from the tags column', () => {
    const { log, records } = timetaggerImport(solidtimeCsv(allMeetings(), ME, en, 'x').content);
    expect(log.at(-1)).toBe(`Found ${ALL_ENTRIES.length}`);
    expect(records.map((r) => [r.t1 * 1000, r.t2 * 1000])).toEqual(expected.map((e) => [e.start, e.end]));
    expect(records[0]!.ds).toBe('#tactful Retro');
  });

  it('reads Tactful’s own CSV too, now that a never-reached item has no row without start and end', () => {
    const { log, records } = timetaggerImport(tactfulCsv([romeMeeting()], 'x').content);
    expect(log.at(-1)).toBe('Found 5');
    expect(records.every((r) => r.t1 > 0 && r.t2 > r.t1)).toBe(true);
  });
});

describe('the vendors’ own importers, as their help pages document them (formats.md)', () => {
  it('Toggl Track: the detailed report’s columns (the page’s model), YYYY-MM-DD, HH:MM:SS, Duration “Improved”', () => {
    const { data, meta } = Papa.parse<Record<string, string>>(toggl().content, {
      header: true,
      skipEmptyLines: true,
    });
    for (const f of ['Email', 'Start date', 'Start time', 'Duration']) expect(meta.fields).toContain(f);
    for (const r of data) {
      expect(r['Start date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r['Start time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(r.Duration).toMatch(/^\d{2,}:\d{2}:\d{2}$/);
      expect(['Yes', 'No']).toContain(r.Billable);
    }
  });

  it('Clockify: its sample’s columns plus the detailed report’s, in exactly the formats of the profile picked', () => {
    const file = clockify({ dateFormat: 'DD/MM/YYYY', timeFormat: '24h', durationFormat: 'decimal' });
    const { data, meta } = Papa.parse<Record<string, string>>(file.content, {
      header: true,
      skipEmptyLines: true,
    });
    for (const f of 'Project,Client,Description,Task,Email,Tags,Billable,Start Date,Start Time,Duration (h)'.split(
      ',',
    ))
      expect(meta.fields).toContain(f);
    for (const r of data) {
      expect(r['Start Date']).toMatch(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}$/);
      expect(r['Start Time']).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
      expect(r['Duration (h)']).toMatch(/^\d+\.\d{2}$/);
      expect(r.Task).not.toBe('');
    }
    expect(data[1]!['Start Date']).toBe('16/11/2026');
  });
});

describe('every tracker export', () => {
  it('books each timeline segment once: no two rows overlap, pauses are not booked, each item adds up', () => {
    const entries = solidtimeGeneric(solidtimeCsv([romeMeeting()], ME, en, 'x').content);
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.start).toBeGreaterThanOrEqual(entries[i - 1]!.end);
    const report = romeMeeting().report;
    const itemB = entries.filter((e) => e.description === 'Mock-up "hero", menù e più');
    expect(itemB.reduce((s, e) => s + e.end - e.start, 0)).toBe(report.items[1]!.actualMs);
    const booked = entries.reduce((s, e) => s + e.end - e.start, 0);
    expect(booked).toBe(report.actualMs); // meeting time, pauses left out
    expect(entries).toHaveLength(ROME_ENTRIES.length);
  });
});
