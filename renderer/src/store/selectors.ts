import { useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MeetingView } from '../../../shared/meeting/meeting.view';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/settings.schema';
import { ticker, useAppStore } from './store';

/** Named selector hooks: components never read the whole store, nor a whole meeting they need one field of. */
export const useConnection = () => useAppStore((s) => s.connection);
export const useHostVersion = () => useAppStore((s) => s.info?.version ?? null);
export const useInfoLoaded = () => useAppStore((s) => s.info !== null);
export const useSettings = () => useAppStore((s) => s.info?.settings ?? DEFAULT_SETTINGS);
/** One section of the settings: re-renders only when that section changes. */
export const useSetting = <K extends keyof Settings>(key: K): Settings[K] =>
  useAppStore((s) => (s.info?.settings ?? DEFAULT_SETTINGS)[key]);
export const useClients = () => useAppStore((s) => s.info?.clients);
export const useTemplates = () => useAppStore((s) => s.info?.templates);
export const usePhraseOverrides = () => useAppStore((s) => s.info?.phrases);
export const useProblems = () => useAppStore((s) => s.info?.problems);
export const useLanUrls = () => useAppStore((s) => s.info?.lanUrls);
export const useDetector = () => useAppStore((s) => s.info?.detector ?? null);
export const useToasts = () => useAppStore((s) => s.toasts);
export const useOverlayExpanded = () => useAppStore((s) => s.overlayExpanded);

/** Whether a meeting is open (planned, running, paused or ended but not closed). */
export const useHasMeeting = () => useAppStore((s) => s.view !== null);
export const useMeetingStatus = () => useAppStore((s) => s.view?.status ?? null);
export const useMeetingId = () => useAppStore((s) => s.view?.id ?? null);
/** Which commands are possible now: the engine's own table, as the host pushed it. */
export const useAllowed = () => useAppStore((s) => s.view?.allowed ?? null);
export const useNudge = () => useAppStore((s) => s.nudge);
export const useOffer = () => useAppStore((s) => s.offer);
export const useRoom = () => useAppStore((s) => s.room);

/**
 * Part of the open meeting's view (null when none is open), compared shallowly: a selector may return a new object
 * or array of unchanged parts without re-rendering. It changes with the meeting, never with the clock.
 */
export function useView<T>(select: (v: MeetingView) => T): T | null {
  return useAppStore(useShallow((s) => (s.view ? select(s.view) : null)));
}

/**
 * "meetingId:seq" of the open meeting (of `meetingId` only, when given), or '' when there is none: it changes exactly
 * when that meeting does, so what is asked of the host about it can be asked again then.
 */
export function useMeetingVersion(meetingId?: string | null): string {
  return useAppStore((s) =>
    s.view && (meetingId === undefined || s.view.id === meetingId) ? `${s.view.id}:${s.view.seq}` : '',
  );
}

/** Host time, advancing once a second while a meeting's counter runs. Only clock leaves use it. */
export function useNow(): number {
  return useSyncExternalStore(ticker.subscribe, ticker.getNow);
}

/**
 * A reading of the clock that re-renders only when it changes (a colour, a level), not every second: `read` should
 * return a primitive.
 */
export function useClockReading<T extends string | number | boolean | null>(read: (now: number) => T): T {
  return useSyncExternalStore(ticker.subscribe, () => read(ticker.getNow()));
}
