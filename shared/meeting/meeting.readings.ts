import type { MeetingState } from './meeting.state';
import { own } from '../ids/safe.id';

/** Readings of a meeting at a moment `now`: sums of stored moments, so reading them often cannot drift. */

/** Time never runs backwards past the latest event. */
export function clampNow(s: MeetingState, now: number): number {
  return Math.max(now, s.lastAt);
}

/** Milliseconds in the running segment at `now` (0 when nothing runs). */
export function openMs(s: MeetingState, now: number): number {
  return s.open ? clampNow(s, now) - s.open.from : 0;
}

export function pausedTotalMs(s: MeetingState, now: number): number {
  return s.pausedMs + (s.open?.kind === 'paused' ? openMs(s, now) : 0);
}

/** Meeting time: wall time since start, without pauses. Off-topic counts — the call goes on. */
export function meetingElapsedMs(s: MeetingState, now: number): number {
  if (s.startedAt === null) return 0;
  const end = s.endedAt ?? clampNow(s, now);
  return end - s.startedAt - pausedTotalMs(s, now);
}

export function itemElapsedMs(s: MeetingState, itemId: string, now: number): number {
  const running = s.open?.kind === 'item' && s.open.itemId === itemId ? openMs(s, now) : 0;
  return (own(s.itemMs, itemId) ?? 0) + running;
}

export function chatElapsedMs(s: MeetingState, now: number): number {
  return s.chatMs + (s.open?.kind === 'chat' ? openMs(s, now) : 0);
}

export function offTopicTotalMs(s: MeetingState, now: number): number {
  return s.offTopicMs + (s.open?.kind === 'offTopic' ? openMs(s, now) : 0);
}

/** Off-topic milliseconds in the current episode (0 when off-topic is off). */
export function episodeMs(s: MeetingState, now: number): number {
  const ep = s.episodes.at(-1);
  if (!s.offTopic || !ep) return 0;
  return ep.closedMs + (s.open?.kind === 'offTopic' ? openMs(s, now) : 0);
}

/**
 * Elapsed milliseconds of the counter the eye is on: the current item, the off-topic episode, the chat slot, or the
 * pause. Budgets are whole seconds, so its countdown flips exactly when this crosses a whole second.
 */
export function primaryElapsedMs(s: MeetingState, now: number): number | null {
  const open = s.open;
  if (!open) return null;
  switch (open.kind) {
    case 'item':
      return open.itemId === null ? null : itemElapsedMs(s, open.itemId, now);
    case 'offTopic':
      return episodeMs(s, now);
    case 'chat':
      return chatElapsedMs(s, now);
    case 'paused':
      return pausedTotalMs(s, now);
  }
}
