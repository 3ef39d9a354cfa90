import type { MeetingPlan } from '../agenda/agenda.schema';
import { apply } from './meeting.apply';
import type { Decision, EngineCommand } from './meeting.commands';
import { decide } from './meeting.decide';
import type { MeetingEvent } from './meeting.events';
import { replay } from './meeting.replay';
import type { MeetingState } from './meeting.state';

/** The state after `event` joins a log whose fold is `state`. Undo re-folds the log; anything else is one step. */
function advance(state: MeetingState, logBefore: readonly MeetingEvent[], event: MeetingEvent): MeetingState {
  return event.type === 'undone' ? replay([...logBefore, event]) : apply(state, event);
}

/**
 * One meeting's events and their fold: the one way to drive the engine. The host's runtime journals each event
 * before it appends it here; tests, the bench and fixtures append directly.
 */
export class MeetingLog {
  private constructor(
    private readonly log: MeetingEvent[],
    private folded: MeetingState,
  ) {}

  /** A new meeting, planned at `at`. */
  static plan(plan: MeetingPlan, at: number): MeetingLog {
    return MeetingLog.replay([{ type: 'planned', at, plan }]);
  }

  /** A meeting read back from its events (which start with `planned`). */
  static replay(events: readonly MeetingEvent[]): MeetingLog {
    return new MeetingLog([...events], replay(events));
  }

  get state(): MeetingState {
    return this.folded;
  }

  get events(): readonly MeetingEvent[] {
    return this.log;
  }

  get length(): number {
    return this.log.length;
  }

  get id(): string {
    return this.folded.plan.id;
  }

  append(...events: MeetingEvent[]): void {
    for (const e of events) {
      this.folded = advance(this.folded, this.log, e);
      this.log.push(e);
    }
  }

  /**
   * Keeps events whose fold `preview` already computed: the host previews a batch, journals it, then adopts it, so
   * nothing can fail between the write and the state moving.
   */
  adopt(events: readonly MeetingEvent[], state: MeetingState): void {
    this.log.push(...events);
    this.folded = state;
  }

  /** The state these events would lead to, without keeping them. */
  preview(events: readonly MeetingEvent[]): MeetingState {
    let state = this.folded;
    const log = [...this.log];
    for (const e of events) {
      state = advance(state, log, e);
      log.push(e);
    }
    return state;
  }

  decide(command: EngineCommand, now: number): Decision {
    return decide(this.folded, command, now);
  }

  /** Decides and appends at once; returns the decision. */
  run(command: EngineCommand, now: number): Decision {
    const d = this.decide(command, now);
    if (d.ok) this.append(...d.events);
    return d;
  }
}
