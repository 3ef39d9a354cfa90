import { apply } from './meeting.apply';
import type { MeetingEvent } from './meeting.events';
import { replay } from './meeting.replay';
import type { MeetingState } from './meeting.state';

/** The state after `event` joins a log whose fold is `state`. Undo re-folds the log; anything else is one step. */
export function advance(
  state: MeetingState,
  logBefore: readonly MeetingEvent[],
  event: MeetingEvent,
): MeetingState {
  return event.type === 'undone' ? replay([...logBefore, event]) : apply(state, event);
}
