import type { HostCommandOf } from '../../../shared/contract/contract';
import { EXPORT_LABELS } from '../../../shared/i18n/export.labels';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { fileSlug } from '../../../shared/report/export/csv';
import type { ExportFile } from '../../../shared/report/export/export.types';
import { buildArchive } from '../../../shared/report/export/json.archive';
import { markdownSummary } from '../../../shared/report/export/markdown';
import { tactfulCsv } from '../../../shared/report/export/tactful.csv';
import { icalendar } from '../../../shared/report/export/icalendar';
import { kimaiCsv } from '../../../shared/report/export/kimai.csv';
import { solidtimeCsv } from '../../../shared/report/export/solidtime.csv';
import type { TrackerOptions } from '../../../shared/report/export/time.entries';
import { clockifyCsv, togglCsv } from '../../../shared/report/export/timetracker.csv';
import { filterMeetings } from '../../../shared/report/history.query';
import { localDate } from '../../../shared/report/local.time';
import type { Client } from '../../../shared/settings/client.schema';
import type { Settings } from '../../../shared/settings/settings.schema';
import { HostError } from '../host.error';
import type { MeetingRecords } from './meeting.records';

type ExportCommand = HostCommandOf<'history.export'>;

export interface ExportDeps {
  records: MeetingRecords;
  settings: Settings;
  clients: readonly Client[];
  now: number;
}

/** Which meetings an export covers: the ones named, or every one matching the filter (oldest first). */
function meetingIds(records: MeetingRecords, c: ExportCommand): string[] {
  if (c.meetingIds) return c.meetingIds;
  return filterMeetings(records.history.all(), c.filter ?? {})
    .map((m) => m.id)
    .reverse();
}

/** Builds an export file for the renderer to save. Each meeting is read (and replayed) once. */
export function exportHistory({ records, settings, clients, now }: ExportDeps, c: ExportCommand): ExportFile {
  const ids = meetingIds(records, c);
  if (ids.length === 0) throw new HostError('invalid', 'noMeetingsToExport');
  const states: MeetingState[] = ids.map((id) => records.state(id));
  const first = states[0]!;
  const name =
    ids.length === 1
      ? `${localDate(first.startedAt ?? first.createdAt, c.timeZone)}-${fileSlug(first.plan.title)}`
      : `tactful-${localDate(now, c.timeZone)}`;
  const ui = EXPORT_LABELS[settings.uiLanguage];
  const rows = () => states.map((s) => records.exportRow(s));
  /** What a tracker needs from the user; local times go in the zone the command names (the dialog's choice). */
  const tracker = (): TrackerOptions => {
    if (!settings.exports.email) throw new HostError('invalid', 'emailNeeded', {}, 'email');
    return {
      email: settings.exports.email,
      name: settings.exports.name,
      offTopicBillable: settings.exports.offTopicBillable,
      timeZone: c.timeZone,
    };
  };
  switch (c.format) {
    case 'csv':
      return tactfulCsv(rows(), name);
    case 'toggl':
      return togglCsv(rows(), tracker(), ui, name);
    case 'clockify':
      return clockifyCsv(rows(), tracker(), settings.exports.clockify, ui, name);
    case 'solidtime':
      return solidtimeCsv(rows(), tracker(), ui, name);
    case 'kimai':
      return kimaiCsv(rows(), tracker(), ui, name);
    case 'ical':
      return icalendar(rows(), ui, { locale: settings.uiLanguage, now }, name);
    case 'markdown': {
      // Written for the client: in their language when there is one client.
      const client = clients.find((cl) => cl.id === first.plan.clientId);
      const locale = ids.length === 1 && client ? client.language : settings.uiLanguage;
      return markdownSummary(
        rows(),
        EXPORT_LABELS[locale],
        { locale, timeZone: c.timeZone, includeOffTopic: c.includeOffTopic, includeNotes: c.includeNotes },
        name,
      );
    }
    case 'json': {
      const clientIds = new Set(states.map((s) => s.plan.clientId));
      return buildArchive(
        ids.map((id) => ({ id, journal: [...records.events(id)] })),
        clients.filter((cl) => clientIds.has(cl.id)),
        now,
        name,
      );
    }
  }
}
