import type { HostResults } from '../../../shared/contract/contract';
import { filterMeetings } from '../../../shared/report/history.query';
import { carryKey, type MeetingSummary } from '../../../shared/report/meeting.summary';

/** Items earlier meetings with a client deferred that no meeting (run, running or planned) has picked up, oldest first. */
export function openDeferred(
  all: readonly MeetingSummary[],
  clientId: string | null,
): HostResults['history.deferred'] {
  const meetings = filterMeetings(all, { clientId });
  const picked = new Set(meetings.flatMap((m) => m.carried));
  // Meetings planned but not started count too: an item already on a waiting agenda is not offered again.
  for (const m of all)
    if (m.clientId === clientId && m.startedAt === null) for (const k of m.carried) picked.add(k);
  return {
    deferred: meetings
      .filter((m) => m.status === 'ended')
      .reverse()
      .flatMap((m) =>
        m.deferred
          .filter((item) => !picked.has(carryKey(m.id, item.id)))
          .map((item) => ({ meetingId: m.id, meetingTitle: m.title, startedAt: m.startedAt, item })),
      ),
  };
}
