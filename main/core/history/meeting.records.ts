import { writeFileSync, renameSync, openSync, fsyncSync, closeSync, existsSync } from 'node:fs';
import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { decide } from '../../../shared/meeting/meeting.decide';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { replay } from '../../../shared/meeting/meeting.replay';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { buildReport } from '../../../shared/report/report.model';
import type { ExportMeeting } from '../../../shared/report/export/export.types';
import type { Host } from '../host';
import { HostError } from '../host.error';
import { Journal, readJournal } from '../journal/journal';
import { journalPath } from './meeting.files';

/** A meeting's journal: the open one's from memory, a past one's from disk. */
export function meetingLog(host: Host, id: string): MeetingEvent[] {
  if (host.session?.id === id) return host.session.log;
  if (!host.history.get(id)) throw new HostError('notFound', `no meeting "${id}" in history`);
  return readJournal(journalPath(host.dataDir, id)).events;
}

export function meetingState(host: Host, id: string): MeetingState {
  return host.session?.id === id ? host.session.state : replay(meetingLog(host, id));
}

export function exportMeeting(host: Host, id: string): ExportMeeting {
  const s = meetingState(host, id);
  return {
    report: buildReport(s, s.endedAt ?? host.clock.now(), s.plan.rate),
    clientName: host.data.client(s.plan.clientId)?.name ?? null,
    notes: s.notes,
    followUps: s.followUps,
  };
}

/**
 * Notes and follow-ups on a meeting: through the runtime when it is the open one, else appended (and fsync'd) to its
 * journal, whose summary is then refreshed.
 */
export function annotate(host: Host, id: string, command: MeetingCommand): number {
  if (host.session?.id === id) {
    const d = host.session.command(command);
    if (!d.ok) throw new HostError(d.error.code, d.error.message);
    return d.events.length;
  }
  if (!host.history.get(id)) throw new HostError('notFound', `no meeting "${id}" in history`);
  const path = journalPath(host.dataDir, id);
  const loaded = readJournal(path);
  const d = decide(replay(loaded.events), command, host.clock.now());
  if (!d.ok) throw new HostError(d.error.code, d.error.message);
  const journal = Journal.reopen(path, loaded);
  try {
    for (const e of d.events) journal.append(e);
  } finally {
    journal.close();
  }
  host.history.summariseJournal(id, host.clock.now());
  host.history.flush();
  return d.events.length;
}

/** Writes a whole journal at once (import): to a temporary file, fsync'd, then renamed into place. */
export function writeJournal(dataDir: string, id: string, events: MeetingEvent[]): void {
  const path = journalPath(dataDir, id);
  if (existsSync(path)) throw new Error(`meeting ${id} already exists`);
  const tmp = `${path}.importing`;
  writeFileSync(tmp, events.map((e, seq) => JSON.stringify({ seq, ...e })).join('\n') + '\n');
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
}
