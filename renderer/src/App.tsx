import { useEffect } from 'react';
import { DashboardApp } from './dashboard/DashboardApp';
import { useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';
import { useUiLanguage } from './hooks/useUiLanguage';
import { OverlayApp } from './overlay/OverlayApp';
import { platform } from './platform';
import { RoomApp } from './room/RoomApp';
import { Toasts } from './ui/Toasts';

export function App() {
  const route = useHashRoute();
  useTheme();
  useUiLanguage();
  const overlay = route.section === 'overlay';
  // Inside the app the overlay window is transparent around the panel.
  useEffect(() => {
    document.documentElement.classList.toggle('is-overlay', overlay && platform().kind === 'app');
  }, [overlay]);
  return (
    <>
      {overlay ? (
        <OverlayApp />
      ) : route.section === 'room' ? (
        <RoomApp />
      ) : (
        <DashboardApp section={route.section} param={route.param} />
      )}
      <Toasts />
    </>
  );
}
