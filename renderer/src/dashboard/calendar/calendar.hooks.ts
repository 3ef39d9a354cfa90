import { useEffect, useRef } from 'react';
import type { HostCommandInputOf, HostCommandType } from '../../../../shared/contract/contract';
import { useHostQuery, type QueryFollows } from '../../hooks/useHostQuery';
import { useAppStore } from '../../store/store';

/** The calendars, as the host last pushed them (never a password). */
export const useCalendarInfo = () => useAppStore((s) => s.info?.calendar ?? null);

/** Changes whenever planned meetings may have: a sync, an edit, a match (the revision), or the clients. */
const useCalendarVersion = () =>
  useAppStore(
    (s) =>
      `${s.info?.calendar.revision ?? 0}|${(s.info?.clients ?? []).map((c) => `${c.id}=${c.name}:${c.archived}`).join(',')}`,
  );

/** A host query about the calendar, asked again whenever what calendars plan may have changed. */
function useCalendarQuery<T extends HostCommandType>(
  cmd: HostCommandInputOf<T> | null,
  follows: QueryFollows,
) {
  const version = useCalendarVersion();
  const q = useHostQuery(cmd, follows);
  const { reload } = q;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  return q;
}

/** The meetings calendars plan in the next days, and their standing calls. */
export const useUpcoming = () => useCalendarQuery({ type: 'calendar.upcoming' }, 'nothing');

/** Whether a call with this client started now would count as planned (and as which meeting), or unscheduled. */
export const useKindPreview = (clientId: string | null) =>
  useCalendarQuery({ type: 'calendar.kind', clientId }, 'openMeeting').data;
