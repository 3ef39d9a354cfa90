import type { CallGuess } from './client.guess';
import type { DetectorReason, DetectorStatus } from './detector.protocol';

/** What the overlay asks about a call it noticed. */
export type CallPrompt =
  | {
      kind: 'start';
      appId: string;
      appName: string;
      /** The meeting already planned and waiting, which this call would start. */
      plannedTitle: string | null;
      clientId: string | null;
      clientName: string | null;
      source: CallGuess['source'];
    }
  | { kind: 'ended'; appId: string; appName: string };

/** The detector as the UI sees it: never window titles, only which apps have a call open. */
export interface DetectorInfo {
  /** False where this host has no detector at all (a browser-only setup, or tests). */
  available: boolean;
  status: DetectorStatus;
  reason: DetectorReason | null;
  calls: { appId: string; appName: string }[];
  prompt: CallPrompt | null;
}
