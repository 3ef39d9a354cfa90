import { z } from 'zod';
import { meetingEventSchema, type MeetingEvent } from '../../meeting/meeting.events';
import { isSafeId } from '../../ids/safe.id';
import { replayStrict } from '../../meeting/meeting.replay';
import { clientSchema, type Client } from '../../settings/client.schema';
import type { ExportFile } from './export.types';

export const ARCHIVE_FORMAT = 'tactful-meetings';
export const ARCHIVE_VERSION = 1;
/** A working life of meetings, several times over; an export with more is not one of ours. */
export const MAX_ARCHIVE_MEETINGS = 50_000;

const archivedMeetingSchema = z
  .object({
    id: z.string().refine(isSafeId, 'a meeting id may only use letters, digits, "-" and "_"'),
    journal: z.array(meetingEventSchema).min(1, 'a meeting needs its events'),
  })
  .superRefine((m, ctx) => {
    const first = m.journal[0];
    if (first?.type !== 'planned')
      ctx.addIssue({
        code: 'custom',
        path: ['journal', 0],
        message: 'a journal starts with the meeting plan',
      });
    else if (first.plan.id !== m.id)
      ctx.addIssue({
        code: 'custom',
        path: ['journal', 0, 'plan', 'id'],
        message: `the plan's id "${first.plan.id}" is not the meeting's id`,
      });
  });

/** Everything needed to bring meetings back: their full journals (the events), and the clients they refer to. */
export const archiveSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT, 'not a Tactful meetings export'),
    version: z.literal(
      ARCHIVE_VERSION,
      `this export is from another version of Tactful (expected version ${ARCHIVE_VERSION})`,
    ),
    exportedAt: z.string(),
    meetings: z.array(archivedMeetingSchema).max(MAX_ARCHIVE_MEETINGS),
    clients: z.array(clientSchema).max(10_000).default([]),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.meetings.forEach((m, i) => {
      if (seen.has(m.id))
        ctx.addIssue({
          code: 'custom',
          path: ['meetings', i, 'id'],
          message: `meeting "${m.id}" appears twice`,
        });
      seen.add(m.id);
    });
  });

export type Archive = z.infer<typeof archiveSchema>;

export function buildArchive(
  meetings: { id: string; journal: readonly MeetingEvent[] }[],
  clients: Client[],
  exportedAt: number,
  name: string,
): ExportFile {
  const archive: Archive = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    meetings: meetings.map((m) => ({ id: m.id, journal: [...m.journal] })),
    clients,
  };
  return {
    filename: `${name}.tactful.json`,
    mime: 'application/json',
    content: JSON.stringify(archive),
    notes: [{ kind: 'rows', count: meetings.length }],
  };
}

/** Reads an export; every problem is reported with where it is, and nothing is half-read. */
export function parseArchive(text: string): { ok: true; archive: Archive } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the file is not JSON (${(e as Error).message})` };
  }
  const r = archiveSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || 'file'}: ${issue.message}` };
  }
  // Every journal must be one the engine could have written: an event out of place is refused, not folded around.
  for (const m of r.data.meetings) {
    try {
      replayStrict(m.journal);
    } catch (e) {
      return { ok: false, error: `meeting "${m.id}" cannot be replayed: ${(e as Error).message}` };
    }
  }
  return { ok: true, archive: r.data };
}
