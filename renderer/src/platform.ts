import type { TactfulBridge } from '../../shared/contract/bridge';
import { copyInPage } from './lib/clipboard';

declare global {
  interface Window {
    /** Present only inside the Electron app (the preload puts it there). Read only here and in choose.transport. */
    tactful?: TactfulBridge;
  }
}

/**
 * What this window can do besides talking to the host: through the app's shell, or as a browser tab (a phone, a
 * second screen). Chosen once at start, next to the transport; components never look for the shell themselves.
 */
export interface Platform {
  kind: 'app' | 'browser';
  /** The operating system the app runs on ('darwin', 'win32', 'linux'), or null in a browser. */
  os: string | null;
  showDashboard(section?: string): void;
  /** The room view in a window (or tab) of its own, for a shared screen. */
  openRoom(): void;
  /** Puts text on the clipboard; false when the page was not allowed to. */
  copyText(text: string): Promise<boolean>;
  /** Prints this page (its print stylesheet) to a PDF: saved through the app, or the browser's print dialog. */
  printToPdf(suggestedName: string): Promise<void>;
  /** The overlay window follows its content's height (the app only; a page just scrolls). */
  setOverlayHeight(height: number): void;
  /** With click-through on, clicks go to the app below except while the pointer is over the overlay. */
  setIgnoreMouse(ignore: boolean): void;
  hideOverlay(): void;
  /** The "show line" shortcut was pressed; returns the unsubscribe. */
  onShowLine(listener: () => void): () => void;
}

export function appPlatform(bridge: TactfulBridge): Platform {
  return {
    kind: 'app',
    os: bridge.platform,
    showDashboard: (section) => bridge.window.showDashboard(section),
    openRoom: () => bridge.window.openRoom(),
    copyText: async (text) => {
      await bridge.copyText(text);
      return true;
    },
    printToPdf: async (name) => {
      await bridge.printToPdf(name);
    },
    setOverlayHeight: (height) => bridge.window.setOverlayHeight(height),
    setIgnoreMouse: (ignore) => bridge.window.setIgnoreMouse(ignore),
    hideOverlay: () => bridge.window.hideOverlay(),
    onShowLine: (listener) => bridge.onShowLine(listener),
  };
}

export function browserPlatform(win: Window): Platform {
  return {
    kind: 'browser',
    os: null,
    showDashboard: (section) => {
      win.location.hash = `/${section ?? 'meeting'}`;
    },
    openRoom: () => void win.open(`${win.location.pathname}#/room`, 'tactful-room', 'noopener'),
    copyText: copyInPage,
    printToPdf: async () => win.print(),
    setOverlayHeight: () => undefined,
    setIgnoreMouse: () => undefined,
    hideOverlay: () => undefined,
    onShowLine: () => () => undefined,
  };
}

/** The app's shell when the preload is there, else the browser. */
export function choosePlatform(win: Window): Platform {
  return win.tactful ? appPlatform(win.tactful) : browserPlatform(win);
}

let current: Platform | null = null;

export function setPlatform(p: Platform): void {
  current = p;
}

/** The platform chosen at start (a browser tab until then, as in tests). */
export function platform(): Platform {
  return (current ??= browserPlatform(window));
}
