import { initialState, applyInPlace } from './session.apply';
import { UNDOABLE, type SessionEvent } from './session.events';
import type { SessionState } from './session.state';

/** The events that still count after every `undone` took back the latest undoable event before it. */
export function effectiveEvents(log: readonly SessionEvent[]): SessionEvent[] {
  const kept: (SessionEvent | null)[] = [];
  const undoable: number[] = [];
  for (const e of log) {
    if (e.type === 'undone') {
      const i = undoable.pop();
      if (i !== undefined) kept[i] = null;
      continue;
    }
    if (UNDOABLE.has(e.type)) undoable.push(kept.length);
    kept.push(e);
  }
  return kept.filter((e): e is SessionEvent => e !== null);
}

/** Folds a whole journal into state. The log must start with a `planned` event. */
export function replay(log: readonly SessionEvent[]): SessionState {
  const first = log[0];
  if (!first || first.type !== 'planned') throw new Error('a session log starts with a planned event');
  const state = initialState(first.plan, first.at);
  const events = effectiveEvents(log);
  for (let i = 1; i < events.length; i++) applyInPlace(state, events[i]!);
  // `undone` events still move time forward, so a replay and a live fold agree on lastAt.
  const last = log.at(-1);
  if (last) state.lastAt = Math.max(state.lastAt, last.at);
  return state;
}
