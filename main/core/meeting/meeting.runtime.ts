import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import { decideWithPolicy, type AutoPolicy } from '../../../shared/meeting/meeting.auto';
import type { EngineCommand } from '../../../shared/meeting/meeting.commands';
import type { Decision } from '../../../shared/meeting/meeting.decide';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import { MeetingLog } from '../../../shared/meeting/meeting.log';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { dueEvents, type LinePicker } from '../../../shared/nudges/nudge.fire';
import type { NudgeRules } from '../../../shared/nudges/nudge.rules';
import { nextNudgeAt } from '../../../shared/nudges/nudge.schedule';
import { MAX_TIMEOUT_MS, type Timers } from '../clock/timers';
import { Journal, type LoadedJournal } from '../journal/journal';

/** What a running meeting needs from around it. */
export interface RuntimePorts {
  now(): number;
  timers: Timers;
  rules(): NudgeRules;
  policy(): AutoPolicy;
  pickLine: LinePicker;
  /** Events were journaled and folded: once per batch, after the state moved. */
  changed(): void;
  /** A second boundary passed while the meeting is live. */
  tick(): void;
}

/**
 * The one open meeting: its journal and its log. Every event is journaled (and fsync'd) before the state moves and
 * before anyone is told, so what a client saw acknowledged survives a crash. A command and what the engine adds on
 * its own after it are one batch: one write each, then one change. Nudges are scheduled with one timer at the
 * engine's next due moment, re-armed on every change; never polled.
 */
export class MeetingRuntime {
  private nudgeTimer: unknown = null;
  private tickTimer: unknown = null;

  private constructor(
    private readonly journal: Journal,
    private readonly log: MeetingLog,
    private readonly ports: RuntimePorts,
  ) {}

  static create(path: string, plan: MeetingPlan, ports: RuntimePorts): MeetingRuntime {
    const journal = Journal.create(path);
    const log = MeetingLog.plan(plan, ports.now());
    journal.append(log.events[0]!);
    const rt = new MeetingRuntime(journal, log, ports);
    rt.arm();
    return rt;
  }

  static resume(path: string, loaded: LoadedJournal, ports: RuntimePorts): MeetingRuntime {
    const rt = new MeetingRuntime(Journal.reopen(path, loaded), MeetingLog.replay(loaded.events), ports);
    rt.arm();
    return rt;
  }

  get state(): MeetingState {
    return this.log.state;
  }

  get events(): readonly MeetingEvent[] {
    return this.log.events;
  }

  get id(): string {
    return this.log.id;
  }

  get journalPath(): string {
    return this.journal.path;
  }

  /** Events journaled so far; the last acknowledged event is number `seq - 1`. */
  get seq(): number {
    return this.journal.length;
  }

  /** A command's events and the engine's own follow-ups, decided now; nothing is written. */
  decide(cmd: EngineCommand): Decision {
    return decideWithPolicy(this.log, cmd, this.ports.now(), this.ports.policy());
  }

  /** Journals a batch, folds it, re-arms the timers, then tells the owner once. */
  commit(events: readonly MeetingEvent[]): void {
    if (events.length === 0) return;
    for (const e of events) {
      this.journal.append(e);
      this.log.append(e);
    }
    this.arm();
    this.ports.changed();
  }

  /** Fires every nudge due now. Also what the nudge timer runs. */
  fireDue(): void {
    const events = dueEvents(
      this.log,
      this.ports.rules(),
      this.ports.now(),
      this.ports.pickLine,
      this.ports.policy(),
    );
    if (events.length > 0) return this.commit(events);
    // Woken for a snooze that ended (or a little early): show the card again, and wait for the next moment.
    this.arm();
    this.ports.changed();
  }

  /** Re-arms both timers after anything that may have moved them (a change, new rules, a clock re-anchor). */
  arm(): void {
    this.armNudge();
    this.armTick();
  }

  private armNudge(): void {
    const { timers } = this.ports;
    if (this.nudgeTimer !== null) timers.clearTimeout(this.nudgeTimer);
    this.nudgeTimer = null;
    const now = this.ports.now();
    const next = nextNudgeAt(this.log.state, this.ports.rules(), now);
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
    const { timers } = this.ports;
    if (this.tickTimer !== null) timers.clearTimeout(this.tickTimer);
    this.tickTimer = null;
    if (!isLive(this.log.state)) return;
    // Aligned to the next wall-clock second, re-computed each time: no interval to drift.
    const now = this.ports.now();
    this.tickTimer = timers.setTimeout(
      () => {
        this.tickTimer = null;
        this.ports.tick();
        this.armTick();
      },
      1000 - (now % 1000),
    );
  }

  close(): void {
    const { timers } = this.ports;
    if (this.nudgeTimer !== null) timers.clearTimeout(this.nudgeTimer);
    if (this.tickTimer !== null) timers.clearTimeout(this.tickTimer);
    this.nudgeTimer = this.tickTimer = null;
    this.journal.close();
  }
}
