import { apply } from './session.apply';
import type { SessionEvent } from './session.events';
import { replay } from './session.replay';
import type { SessionState } from './session.state';

/** The state after `event` joins a log whose fold is `state`. Undo re-folds the log; anything else is one step. */
export function advance(
  state: SessionState,
  logBefore: readonly SessionEvent[],
  event: SessionEvent,
): SessionState {
  return event.type === 'undone' ? replay([...logBefore, event]) : apply(state, event);
}
