import type { MeetingCommand, MeetingCommandType } from './meeting.commands';

/** What one key, button or tray click does, whatever state the meeting is in. */
export type QuickAction = 'startNext' | 'offTopic' | 'pause' | 'end' | 'undo' | 'queueNext';

/**
 * The command a quick action means now, from the engine's table of what is allowed (a snapshot's view carries it),
 * or null when it would do nothing. Shared by the overlay's keys, the global shortcuts, the tray and the menu.
 */
export function quickCommand(
  action: QuickAction,
  allowed: Readonly<Record<MeetingCommandType, boolean>> | null | undefined,
): MeetingCommand | null {
  if (!allowed) return null;
  switch (action) {
    case 'startNext':
      if (allowed.start) return { type: 'start' };
      // In a round, "next" is the next person while there is one; after the last, the next item.
      if (allowed.roundNext) return { type: 'roundNext' };
      return allowed.next ? { type: 'next' } : null;
    case 'queueNext':
      return allowed.queueNext ? { type: 'queueNext' } : null;
    case 'offTopic':
      return allowed.toggleOffTopic ? { type: 'toggleOffTopic' } : null;
    case 'pause':
      return allowed.togglePause ? { type: 'togglePause' } : null;
    case 'end':
      return allowed.end ? { type: 'end' } : null;
    case 'undo':
      return allowed.undo ? { type: 'undo' } : null;
  }
}
