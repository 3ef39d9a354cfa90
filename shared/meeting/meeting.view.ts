import type { MeetingCommandType } from './meeting.commands';
import type { Bucket, FiredNudge, MeetingStatus } from './meeting.state';

/** A countdown against a budget. All in milliseconds; remaining and overtime are never negative. */
export interface Budgeted {
  elapsedMs: number;
  budgetMs: number;
  remainingMs: number;
  overtimeMs: number;
  /** elapsed / budget, for progress indicators (1 when the budget is 0). */
  fraction: number;
}

export type ItemProgress = 'done' | 'current' | 'upcoming' | 'deferred';

export interface ItemView extends Budgeted {
  id: string;
  title: string;
  index: number;
  progress: ItemProgress;
  originalBudgetMs: number;
}

/** Everything a screen needs, derived from the state and one `now`. */
export interface MeetingView {
  now: number;
  status: MeetingStatus;
  bucket: Bucket | null;
  meeting: {
    startedAt: number | null;
    endedAt: number | null;
    elapsedMs: number;
    pausedMs: number;
    /** Against the cap; null when the meeting has no cap. */
    cap: Budgeted | null;
  };
  /** The current agenda item, or null before start, in the chat slot and after the agenda. */
  current: ItemView | null;
  chat: (Budgeted & { active: boolean }) | null;
  offTopic: { active: boolean; episodeMs: number; totalMs: number; episodes: number };
  onAgendaMs: number;
  items: ItemView[];
  next: { id: string; title: string } | { id: null; title: null; chat: true } | null;
  nudge: FiredNudge | null;
  allowed: Record<MeetingCommandType, boolean>;
}
