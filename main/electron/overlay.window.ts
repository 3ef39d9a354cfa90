import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../core/store/settings.store';
import {
  clampInto,
  defaultOverlayBounds,
  displayKey,
  resizedForContent,
  snapToEdges,
  type Rect,
} from './overlay.bounds';
import { rendererUrl } from './renderer.location';
import { overlayWindowOptions } from './window.options';
import { hardenWindow } from './window.security';

export interface OverlayWindow {
  win: BrowserWindow;
  setContentHeight(height: number): void;
  setIgnoreMouse(ignore: boolean): void;
  setClickThrough(on: boolean): void;
  toggle(): void;
  show(): void;
  dispose(): void;
}

/** Creates the overlay where it was last on this arrangement of screens, above everything, hidden from screen shares. */
export function createOverlayWindow(preload: string, base: URL, data: SettingsStore): OverlayWindow {
  const key = displayKey(screen.getAllDisplays());
  const primary = screen.getPrimaryDisplay().workArea;
  const remembered = data.windowState().overlay[key];
  const start = remembered
    ? clampInto(remembered, screen.getDisplayMatching(remembered).workArea)
    : defaultOverlayBounds(primary);
  const win = new BrowserWindow(overlayWindowOptions(preload, start));
  // Above full-screen meeting apps too, on every desktop.
  win.setAlwaysOnTop(true, 'screen-saver');
  win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  // Screen shares (Zoom, Teams, Meet) do not show it. Windows and macOS honour this; Linux cannot (the UI says so).
  win.setContentProtection(true);
  const unharden = hardenWindow(win, base);
  let clickThrough = data.settings().overlay.clickThrough;

  const area = (): Rect => screen.getDisplayMatching(win.getBounds()).workArea;
  const remember = () => data.rememberOverlay(displayKey(screen.getAllDisplays()), win.getBounds());
  const onMoved = () => {
    const snapped = snapToEdges(win.getBounds(), area());
    win.setBounds(snapped);
    remember();
  };
  // Shown without taking focus away from the meeting app.
  const onReady = () => win.showInactive();
  win.on('moved', onMoved);
  win.on('resized', remember);
  win.once('ready-to-show', onReady);
  if (clickThrough) win.setIgnoreMouseEvents(true, { forward: true });
  void win.loadURL(rendererUrl(base, 'overlay'));

  return {
    win,
    setContentHeight(height) {
      win.setBounds(resizedForContent(win.getBounds(), height, area()));
    },
    setIgnoreMouse(ignore) {
      // Only meaningful in click-through mode: the renderer asks for clicks back over its own controls.
      if (clickThrough) win.setIgnoreMouseEvents(ignore, { forward: true });
    },
    setClickThrough(on) {
      clickThrough = on;
      win.setIgnoreMouseEvents(on, { forward: true });
    },
    toggle() {
      if (win.isVisible()) win.hide();
      else win.showInactive();
    },
    show() {
      win.showInactive();
    },
    dispose() {
      win.off('moved', onMoved);
      win.off('resized', remember);
      win.off('ready-to-show', onReady);
      unharden();
    },
  };
}
