import { initialState, applyInPlace } from './meeting.apply';
import { UNDOABLE, type MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';

/** For each event in the log, whether it still counts after every `undone` took back the latest undoable before it. */
export function effectiveMask(log: readonly MeetingEvent[]): boolean[] {
  const keep = log.map((e) => e.type !== 'undone');
  const undoable: number[] = [];
  log.forEach((e, i) => {
    if (e.type === 'undone') {
      const j = undoable.pop();
      if (j !== undefined) keep[j] = false;
    } else if (UNDOABLE.has(e.type)) undoable.push(i);
  });
  return keep;
}

/** Folds a whole journal into state. The log must start with a `planned` event. */
export function replay(log: readonly MeetingEvent[]): MeetingState {
  return fold(log, false);
}

/**
 * Like replay, but a journal the engine could not have written (an event that is not possible where it stands, a
 * second plan) throws instead of being folded around: what an import checks before it keeps anything.
 */
export function replayStrict(log: readonly MeetingEvent[]): MeetingState {
  return fold(log, true);
}

function fold(log: readonly MeetingEvent[], strict: boolean): MeetingState {
  const first = log[0];
  if (!first || first.type !== 'planned') throw new Error('a meeting log starts with a planned event');
  const state = initialState(first.plan, first.at);
  const keep = effectiveMask(log);
  for (let i = 1; i < log.length; i++) {
    const e = log[i]!;
    if (strict && e.type === 'planned') throw new Error(`event #${i} plans the meeting a second time`);
    // Taken-back events still moved the clock forward when they happened, exactly as in the live fold.
    if (!keep[i]) state.lastAt = Math.max(state.lastAt, e.at);
    else if (!applyInPlace(state, e) && strict)
      throw new Error(`event #${i} (${e.type}) is not possible where it stands`);
    if (e.type === 'undone') state.lastUndoAt = state.lastAt;
  }
  return state;
}
