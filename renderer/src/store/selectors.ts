import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { allowedCommands } from '../../../shared/meeting/meeting.allowed';
import { derive } from '../../../shared/meeting/meeting.derive';
import type { MeetingView } from '../../../shared/meeting/meeting.view';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { ticker, useAppStore } from './store';

/** Named selector hooks: components never read the whole store. */
export const useConnection = () => useAppStore((s) => s.connection);
export const useHostVersion = () => useAppStore((s) => s.data?.version ?? null);
export const useSession = () => useAppStore((s) => s.session);
export const useNudgeLine = () => useAppStore((s) => s.nudgeLine);
export const useSettings = () => useAppStore((s) => s.data?.settings ?? DEFAULT_SETTINGS);
export const useClients = () => useAppStore((s) => s.data?.clients);
export const useTemplates = () => useAppStore((s) => s.data?.templates);
export const usePhraseOverrides = () => useAppStore((s) => s.data?.phrases);
export const useProblems = () => useAppStore((s) => s.data?.problems);
export const useLanUrls = () => useAppStore((s) => s.data?.lanUrls);
export const useToasts = () => useAppStore((s) => s.toasts);
export const useOverlayExpanded = () => useAppStore((s) => s.overlayExpanded);
export const useDataLoaded = () => useAppStore((s) => s.data !== null);
export const useDetector = () => useAppStore((s) => s.data?.detector ?? null);

/** The open meeting's client, if any. */
export const useSessionClient = () =>
  useAppStore(useShallow((s) => s.data?.clients.find((c) => c.id === s.session?.plan.clientId) ?? null));

/** Host time, advancing once a second while a meeting runs. Only clock leaves use it. */
export function useNow(): number {
  return useSyncExternalStore(ticker.subscribe, ticker.getNow);
}

/** Everything derived at the current tick. Re-renders once a second: use it only in clock leaves. */
export function useView(): MeetingView | null {
  const session = useSession();
  const now = useNow();
  return useMemo(() => (session ? derive(session, now) : null), [session, now]);
}

/** Which commands are possible now. Does not depend on the clock, so it does not tick. */
export function useAllowed() {
  const session = useSession();
  return useMemo(() => (session ? allowedCommands(session) : null), [session]);
}
