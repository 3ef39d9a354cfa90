import { useEffect } from 'react';
import { DashboardApp } from './dashboard/DashboardApp';
import { useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';
import { useUiLanguage } from './hooks/useUiLanguage';
import { OverlayApp } from './overlay/OverlayApp';
import { platform } from './platform';
import { RoomApp } from './room/RoomApp';
import { useAppStore } from './store/store';
import { Toasts } from './ui/Toasts';

export function App() {
  const route = useHashRoute();
  useTheme();
  useUiLanguage();
  // A view-only screen is sent the room view alone (no meeting view beside it): it shows that, whatever link it
  // came in by, as a screen paired to the overlay before would otherwise show an empty panel.
  const viewOnly = useAppStore((s) => s.view === null && s.room !== null);
  const overlay = route.section === 'overlay' && !viewOnly;
  // Inside the app the overlay window is transparent around the panel.
  useEffect(() => {
    document.documentElement.classList.toggle('is-overlay', overlay && platform().kind === 'app');
  }, [overlay]);
  return (
    <>
      {overlay ? (
        <OverlayApp />
      ) : route.section === 'room' || viewOnly ? (
        <RoomApp />
      ) : (
        <DashboardApp section={route.section} param={route.param} />
      )}
      <Toasts />
    </>
  );
}
