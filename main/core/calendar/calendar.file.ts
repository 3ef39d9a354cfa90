import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { weekdays } from '../../../shared/calendar/calendar.types';
import { EMPTY_MEMORY } from '../../../shared/calendar/client.match';
import { planEditsSchema } from '../../../shared/calendar/event.plan';
import { calendarSourceKinds, syncOutcomeSchema } from '../../../shared/contract/calendar.contract';
import { writeFileAtomic } from '../fs';
import { quarantineCopy } from '../journal/quarantine';

const person = z.object({ email: z.string().nullable(), name: z.string().nullable() });

const occurrenceSchema = z.object({
  key: z.string(),
  uid: z.string(),
  recurrenceId: z.number().nullable(),
  title: z.string(),
  description: z.string(),
  start: z.number(),
  end: z.number(),
  timeZone: z.string().nullable(),
  organizer: person.nullable(),
  attendees: z.array(person),
  recurring: z.boolean(),
});

const seriesSchema = z.object({
  uid: z.string(),
  title: z.string(),
  description: z.string(),
  frequency: z.string(),
  interval: z.number(),
  weekdays: z.array(z.literal(weekdays)),
  localTime: z.string(),
  timeZone: z.string().nullable(),
  durationSec: z.number(),
  organizer: person.nullable(),
  attendees: z.array(person),
  next: z.number().nullable(),
});

/** A calendar Tactful syncs. Its password or secret address is in the vault, never here. */
const sourceSchema = z.object({
  id: z.string(),
  kind: z.enum(calendarSourceKinds),
  name: z.string(),
  /** Safe to show: the server, an address without its secret part, or a file's name. */
  location: z.string(),
  /** CalDAV only: the account's server and user. */
  serverUrl: z.string().nullable(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  lastSync: syncOutcomeSchema.nullable(),
  lastGood: z.number().nullable(),
});

export type SourceRecord = z.infer<typeof sourceSchema>;

const fileSchema = z.object({
  version: z.literal(1),
  sources: z.array(sourceSchema),
  records: z.array(
    z.object({
      sourceId: z.string(),
      synced: occurrenceSchema,
      edits: planEditsSchema,
      meetingId: z.string().nullable(),
    }),
  ),
  series: z.array(z.object({ sourceId: z.string(), series: seriesSchema })),
  memory: z.object({
    emails: z.record(z.string(), z.string().nullable()),
    domains: z.record(z.string(), z.string().nullable()),
    events: z.record(z.string(), z.string().nullable()),
  }),
});

export type CalendarState = z.infer<typeof fileSchema>;

export const EMPTY_CALENDAR: CalendarState = {
  version: 1,
  sources: [],
  records: [],
  series: [],
  memory: EMPTY_MEMORY,
};

/** Where calendar data lives: one JSON file, and the .ics files the user imported. */
export const calendarDir = (dataDir: string) => join(dataDir, 'calendar');
export const importedIcsPath = (dataDir: string, sourceId: string) =>
  join(calendarDir(dataDir), `${sourceId}.ics`);

/**
 * The calendar file: sources, the events they plan (what was synced, what the user changed), standing calls and the
 * matches the user confirmed. A damaged file is copied to quarantine/ and Tactful starts again without it (the
 * calendars can be synced again; nothing of the user's meetings lives here).
 */
export class CalendarFile {
  constructor(private readonly dataDir: string) {}

  private get path(): string {
    return join(calendarDir(this.dataDir), 'calendar.json');
  }

  load(now: number): { state: CalendarState; problem: string | null } {
    if (!existsSync(this.path)) return { state: EMPTY_CALENDAR, problem: null };
    try {
      return { state: fileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8'))), problem: null };
    } catch (e) {
      const kept = quarantineCopy(this.dataDir, this.path, now);
      return {
        state: EMPTY_CALENDAR,
        problem: `the calendar file was damaged (${(e as Error).message.slice(0, 120)}); it is kept at ${kept} and calendars will be synced again`,
      };
    }
  }

  save(state: CalendarState): void {
    mkdirSync(calendarDir(this.dataDir), { recursive: true });
    writeFileAtomic(this.path, JSON.stringify(state));
  }
}
