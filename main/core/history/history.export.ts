import type { HostCommandOf, HostResults } from '../../../shared/contract/contract';
import { EXPORT_LABELS } from '../../../shared/i18n/export.labels';
import { fileSlug } from '../../../shared/report/export/csv';
import type { ExportFile } from '../../../shared/report/export/export.types';
import { buildArchive } from '../../../shared/report/export/json.archive';
import { markdownSummary } from '../../../shared/report/export/markdown';
import { tactfulCsv } from '../../../shared/report/export/tactful.csv';
import { clockifyCsv, togglCsv } from '../../../shared/report/export/timetracker.csv';
import { filterMeetings } from '../../../shared/report/history.query';
import { localDate } from '../../../shared/report/local.time';
import type { Host } from '../host';
import { HostError } from '../host.error';
import { exportMeeting, meetingLog, meetingState } from './meeting.records';

type ExportCommand = HostCommandOf<'history.export'>;

/** Which meetings an export covers: the ones named, or every one matching the filter (oldest first). */
function meetingIds(host: Host, c: ExportCommand): string[] {
  if (c.meetingIds) return c.meetingIds;
  return filterMeetings(host.history.all(), c.filter ?? {})
    .map((m) => m.id)
    .reverse();
}

/** Builds an export file for the renderer to save. */
export function exportHistory(host: Host, c: ExportCommand): HostResults['history.export'] {
  const ids = meetingIds(host, c);
  if (ids.length === 0) throw new HostError('invalid', 'there are no meetings to export');
  const settings = host.data.settings();
  const first = meetingState(host, ids[0]!);
  const date = localDate(first.startedAt ?? first.createdAt, c.timeZone);
  const name =
    ids.length === 1
      ? `${date}-${fileSlug(first.plan.title)}`
      : `tactful-${localDate(host.clock.now(), c.timeZone)}`;
  const ui = EXPORT_LABELS[settings.uiLanguage];
  const timeTracker = () => {
    if (!settings.exports.email)
      throw new HostError('invalid', 'the time tracker needs your email address: set it first', 'email');
    return {
      email: settings.exports.email,
      offTopicBillable: settings.exports.offTopicBillable,
      timeZone: c.timeZone,
    };
  };
  let file: ExportFile;
  switch (c.format) {
    case 'csv':
      file = tactfulCsv(
        ids.map((id) => exportMeeting(host, id)),
        name,
      );
      break;
    case 'toggl':
      file = togglCsv(
        ids.map((id) => exportMeeting(host, id)),
        timeTracker(),
        { offTopic: ui.offTopic, chat: ui.chat },
        name,
      );
      break;
    case 'clockify':
      file = clockifyCsv(
        ids.map((id) => exportMeeting(host, id)),
        timeTracker(),
        settings.exports.clockify,
        { offTopic: ui.offTopic, chat: ui.chat },
        name,
      );
      break;
    case 'markdown': {
      // Written for the client: in their language when there is one client.
      const client = host.data.client(first.plan.clientId);
      const locale = ids.length === 1 && client ? client.language : settings.uiLanguage;
      file = markdownSummary(
        ids.map((id) => exportMeeting(host, id)),
        EXPORT_LABELS[locale],
        { locale, timeZone: c.timeZone, includeOffTopic: c.includeOffTopic, includeNotes: c.includeNotes },
        name,
      );
      break;
    }
    case 'json': {
      const meetings = ids.map((id) => ({ id, journal: meetingLog(host, id) }));
      const clientIds = new Set(meetings.map((m) => meetingState(host, m.id).plan.clientId));
      file = buildArchive(
        meetings,
        host.data.clients().filter((cl) => clientIds.has(cl.id)),
        host.clock.now(),
        name,
      );
      break;
    }
  }
  return file;
}
