import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import type { NudgeRules } from '../../../shared/nudges/nudge.rules';
import { dueNudges, nextNudgeAt, type NudgeCandidate } from '../../../shared/nudges/nudge.schedule';
import type { MeetingCommand } from '../../../shared/meeting/meeting.commands';
import { decide, type Decision } from '../../../shared/meeting/meeting.decide';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { advance } from '../../../shared/meeting/meeting.live';
import { rebalanceOffer } from '../../../shared/meeting/meeting.rebalance';
import { replay } from '../../../shared/meeting/meeting.replay';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { MAX_TIMEOUT_MS, type Timers } from '../clock/timers';
import { Journal, type LoadedJournal } from '../journal/journal';

export interface RuntimeHooks {
  now(): number;
  timers: Timers;
  rules(): NudgeRules;
  /** The line a nudge about to fire will show (null when no line fits at all). */
  pickLine(state: MeetingState, candidate: NudgeCandidate): string | null;
  /** The state changed: push it. */
  changed(): void;
  /** A second boundary passed while the meeting is live. */
  tick(): void;
  /** The per-item minimum when automatic rebalancing is on; null when it is off. */
  autoRebalance(): number | null;
}

/** Moments an overrun becomes real time taken from the rest of the plan: automatic rebalancing looks then. */
const REBALANCE_AFTER = new Set<MeetingCommand['type']>(['next', 'goto', 'toggleOffTopic', 'addTime']);

const isLive = (s: MeetingState) => s.status === 'running' || s.status === 'paused';

/**
 * The one open meeting: its journal, its log and its folded state. Every event is journaled (and fsync'd) before the
 * state moves and before anyone is told, so what a client saw acknowledged survives a crash. Nudges are scheduled
 * with one timer at the engine's next due moment, re-armed on every change; never polled.
 */
export class MeetingRuntime {
  private nudgeTimer: unknown = null;
  private tickTimer: unknown = null;

  private constructor(
    private readonly journal: Journal,
    readonly log: MeetingEvent[],
    private current: MeetingState,
    private readonly hooks: RuntimeHooks,
  ) {}

  static create(path: string, plan: MeetingPlan, hooks: RuntimeHooks): MeetingRuntime {
    const journal = Journal.create(path);
    const planned: MeetingEvent = { type: 'planned', at: hooks.now(), plan };
    journal.append(planned);
    const rt = new MeetingRuntime(journal, [planned], replay([planned]), hooks);
    rt.arm();
    return rt;
  }

  static resume(path: string, loaded: LoadedJournal, hooks: RuntimeHooks): MeetingRuntime {
    const rt = new MeetingRuntime(
      Journal.reopen(path, loaded),
      [...loaded.events],
      replay(loaded.events),
      hooks,
    );
    rt.arm();
    return rt;
  }

  get state(): MeetingState {
    return this.current;
  }

  get id(): string {
    return this.current.plan.id;
  }

  get journalPath(): string {
    return this.journal.path;
  }

  /** Events journaled so far; the last acknowledged event is number `journalLength - 1`. */
  get journalLength(): number {
    return this.journal.length;
  }

  command(cmd: MeetingCommand): Decision {
    const d = decide(this.current, cmd, this.hooks.now());
    if (d.ok) {
      this.append(d.events);
      // An off-topic episode costs the plan when it ends, not when it starts.
      if (REBALANCE_AFTER.has(cmd.type) && !this.current.offTopic) this.rebalanceIfAuto();
    }
    return d;
  }

  /**
   * Automatic mode: the same rebalance the overlay offers, applied as its own event (so one undo takes it back),
   * only when it is worth offering at all.
   */
  private rebalanceIfAuto(): void {
    const minItemSec = this.hooks.autoRebalance();
    if (minItemSec === null) return;
    const now = this.hooks.now();
    if (!rebalanceOffer(this.current, now, minItemSec)) return;
    const d = decide(this.current, { type: 'rebalance', minItemSec }, now);
    if (d.ok) this.append(d.events);
  }

  /** Journals, folds, re-arms the timers, then tells listeners. */
  append(events: MeetingEvent[]): void {
    for (const e of events) {
      this.journal.append(e);
      this.current = advance(this.current, this.log, e);
      this.log.push(e);
    }
    this.arm();
    this.hooks.changed();
  }

  /** Fires every nudge due now. Also what the nudge timer runs. */
  fireDue(): void {
    const now = this.hooks.now();
    const due = dueNudges(this.current, this.hooks.rules(), now);
    if (due.length === 0) {
      // Woken for a snooze that ended (or a little early): show the card again, and wait for the next moment.
      this.arm();
      this.hooks.changed();
      return;
    }
    this.append(
      due.map((c) => ({
        type: 'nudgeFired',
        at: now,
        key: c.key,
        subject: c.subject,
        trigger: c.trigger,
        tier: c.tier,
        situation: c.situation,
        lineId: this.hooks.pickLine(this.current, c),
      })),
    );
    // Each overrun step (the item past its budget, the end drawing near) is a moment to fit the rest again.
    if (due.some((c) => c.trigger === 'itemOverrun' || c.trigger === 'capNear')) this.rebalanceIfAuto();
  }

  /** Re-arms both timers after anything that may have moved them (a change, new rules, a clock re-anchor). */
  arm(): void {
    this.armNudge();
    this.armTick();
  }

  private armNudge(): void {
    const { timers } = this.hooks;
    if (this.nudgeTimer !== null) timers.clearTimeout(this.nudgeTimer);
    this.nudgeTimer = null;
    const now = this.hooks.now();
    const next = nextNudgeAt(this.current, this.hooks.rules(), now);
    if (next === null) return;
    this.nudgeTimer = timers.setTimeout(
      () => {
        this.nudgeTimer = null;
        this.fireDue();
      },
      Math.min(MAX_TIMEOUT_MS, Math.max(0, next - now)),
    );
  }

  private armTick(): void {
    const { timers } = this.hooks;
    if (this.tickTimer !== null) timers.clearTimeout(this.tickTimer);
    this.tickTimer = null;
    if (!isLive(this.current)) return;
    // Aligned to the next wall-clock second, re-computed each time: no interval to drift.
    const now = this.hooks.now();
    this.tickTimer = timers.setTimeout(
      () => {
        this.tickTimer = null;
        this.hooks.tick();
        this.armTick();
      },
      1000 - (now % 1000),
    );
  }

  close(): void {
    const { timers } = this.hooks;
    if (this.nudgeTimer !== null) timers.clearTimeout(this.nudgeTimer);
    if (this.tickTimer !== null) timers.clearTimeout(this.tickTimer);
    this.nudgeTimer = this.tickTimer = null;
    this.journal.close();
  }
}
