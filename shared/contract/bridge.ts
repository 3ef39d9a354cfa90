import type { HostCommandInput } from './contract';

/** IPC channel names, shared by the preload (sender) and the shell (handler). */
export const COMMAND_CHANNEL = 'tactful:command';
export const SNAPSHOT_CHANNEL = 'tactful:snapshot';
export const INFO_CHANNEL = 'tactful:info';
export const WINDOW_CHANNELS = {
  overlayHeight: 'tactful:window:overlay-height',
  ignoreMouse: 'tactful:window:ignore-mouse',
  hideOverlay: 'tactful:window:hide-overlay',
  showDashboard: 'tactful:window:show-dashboard',
  openRoom: 'tactful:window:open-room',
  copyText: 'tactful:clipboard:copy',
  printToPdf: 'tactful:print-to-pdf',
  /** Main → overlay: the "show line" shortcut was pressed. */
  showLine: 'tactful:window:show-line',
} as const;

/**
 * What the preload exposes as `window.tactful`: one function per operation, never raw IPC. Each `on…` returns its
 * unsubscribe. The renderer's `window` type is this interface; the preload implements it.
 */
export interface TactfulBridge {
  platform: string;
  /** Sends one command to the host (which parses it, as it parses every message) and resolves with its reply. */
  request(cmd: HostCommandInput): Promise<unknown>;
  onSnapshot(listener: (snapshot: unknown) => void): () => void;
  onInfo(listener: (info: unknown) => void): () => void;
  /** The "show line" shortcut: the overlay opens its nudge card. */
  onShowLine(listener: () => void): () => void;
  window: {
    /** Grows or shrinks the overlay window to fit its content. */
    setOverlayHeight(height: number): void;
    /** With click-through on, the overlay passes clicks to the meeting app except over its own controls. */
    setIgnoreMouse(ignore: boolean): void;
    hideOverlay(): void;
    showDashboard(section?: string): void;
    /** Opens the room view in a window of its own (for a shared screen or a second display). */
    openRoom(): void;
  };
  /** Puts text on the system clipboard (works even while the overlay is not focused). */
  copyText(text: string): Promise<void>;
  /** Prints this window (with its print stylesheet) to a PDF the user saves; false when they cancel. */
  printToPdf(suggestedName: string): Promise<boolean>;
}
