import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { OVERLAY_COMPACT_HEIGHT, OVERLAY_MAX_HEIGHT, OVERLAY_WIDTH, type Rect } from './overlay.bounds';

/** Every window gets these: isolated, sandboxed, no Node in the page, the preload as its only bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // The overlay's countdown must keep ticking while the meeting app has the focus.
    backgroundThrottling: false,
  };
}

/** The dashboard: a normal window for setup, clients, phrases, settings and reports. */
export function dashboardWindowOptions(
  preload: string,
  bounds: Rect | null,
): BrowserWindowConstructorOptions {
  return {
    width: 1120,
    height: 780,
    ...(bounds ?? {}),
    minWidth: 720,
    minHeight: 520,
    title: 'Tactful',
    show: false,
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * The room view: a plain window to drag onto a shared screen or a TV, or to share in the call. Unlike the overlay
 * it is meant to be seen, so it is not hidden from screen shares.
 */
export function roomWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 720,
    minWidth: 480,
    minHeight: 320,
    title: 'Tactful — room view',
    show: false,
    backgroundColor: '#f6f5f1',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/**
 * The overlay: small, frameless, transparent, above everything (full-screen meetings included), never in the
 * taskbar. It is shown without taking focus from the meeting app.
 */
export function overlayWindowOptions(preload: string, bounds: Rect): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: OVERLAY_WIDTH - 60,
    minHeight: OVERLAY_COMPACT_HEIGHT,
    maxHeight: OVERLAY_MAX_HEIGHT,
    title: 'Tactful overlay',
    show: false,
    frame: false,
    transparent: true,
    backgroundColor: '#00000000',
    hasShadow: false,
    resizable: true,
    maximizable: false,
    minimizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    webPreferences: secureWebPreferences(preload),
  };
}
