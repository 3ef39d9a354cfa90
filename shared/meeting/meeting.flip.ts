import { chatElapsedMs, episodeMs, itemElapsedMs, pausedTotalMs } from './meeting.clock';
import type { MeetingState } from './meeting.state';

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

/** How long until that counter shows its next second (a timer firing a little early would show the old one). */
export function msToNextFlip(s: MeetingState, now: number): number | null {
  const e = primaryElapsedMs(s, now);
  if (e === null) return null;
  const into = e % 1000;
  return into === 0 ? 1000 : 1000 - into;
}
