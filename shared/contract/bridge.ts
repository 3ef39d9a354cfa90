import type {
  HostCommandInputOf,
  HostCommandType,
  HostInfo,
  ReplyMessage,
  MeetingSnapshot,
} from './contract';

export { HOST_COMMAND_TYPES } from './command.types';

/** IPC channel names, shared by the preload (sender) and the shell (handler). */
export const commandChannel = (type: HostCommandType) => `tactful:cmd:${type}`;
export const SNAPSHOT_CHANNEL = 'tactful:snapshot';
export const INFO_CHANNEL = 'tactful:info';
export const WINDOW_CHANNELS = {
  overlayLayout: 'tactful:window:overlay-layout',
  ignoreMouse: 'tactful:window:ignore-mouse',
  hideOverlay: 'tactful:window:hide-overlay',
  showDashboard: 'tactful:window:show-dashboard',
  copyText: 'tactful:clipboard:copy',
  printToPdf: 'tactful:print-to-pdf',
  /** Main → overlay: the "show line" shortcut was pressed. */
  showLine: 'tactful:window:show-line',
} as const;

export type OverlayLayout = 'compact' | 'expanded';

/**
 * What the preload exposes as `window.tactful`: one function per operation, never raw IPC. Each `on…` returns its
 * unsubscribe. The renderer's `window` type is this interface; the preload implements it.
 */
export interface TactfulBridge {
  platform: string;
  command: { [T in HostCommandType]: (cmd: HostCommandInputOf<T>) => Promise<ReplyMessage<T>> };
  onSnapshot(listener: (snapshot: MeetingSnapshot) => void): () => void;
  onData(listener: (data: HostInfo) => void): () => void;
  /** The "show line" shortcut: the overlay opens its nudge card. */
  onShowLine(listener: () => void): () => void;
  window: {
    /** Grows or shrinks the overlay window to fit its content. */
    setOverlayLayout(layout: OverlayLayout, height: number): void;
    /** With click-through on, the overlay passes clicks to the meeting app except over its own controls. */
    setIgnoreMouse(ignore: boolean): void;
    hideOverlay(): void;
    showDashboard(section?: string): void;
  };
  /** Puts text on the system clipboard (works even while the overlay is not focused). */
  copyText(text: string): Promise<void>;
  /** Prints this window (with its print stylesheet) to a PDF the user saves; false when they cancel. */
  printToPdf(suggestedName: string): Promise<boolean>;
}
