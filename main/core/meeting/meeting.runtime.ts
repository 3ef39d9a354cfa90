import { rmSync } from 'node:fs';
import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import { decideWithPolicy, type AutoPolicy } from '../../../shared/meeting/meeting.auto';
import type { Decision, EngineCommand } from '../../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import { MeetingLog } from '../../../shared/meeting/meeting.log';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import { dueEvents, nextDueAt, type LinePicker } from '../../../shared/nudges/nudge.fire';
import type { NudgeRules } from '../../../shared/nudges/nudge.rules';
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
  /** Something failed after the events were durable (or in a timer): it is reported, never thrown at a client. */
  failed(what: string, e: unknown): void;
}

/** A nudge that could not be recorded (a full disk) is tried again after this, doubling up to a minute. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

/**
 * The one open meeting: its journal and its log. A batch (a command and what the engine adds on its own after it)
 * is folded first, to check it can be, then journaled as one fsync'd write, then adopted: a batch the disk refuses
 * changes nothing, and what a client saw acknowledged survives a crash. Once it is on disk the command has
 * succeeded: what follows (timers, the index, telling clients) reports its failures instead of throwing them.
 * Nudges are scheduled with one timer at the engine's next due moment, re-armed on every change; never polled.
 * Timer callbacks never throw: a failure is reported, and a nudge that could not be recorded is retried.
 */
export class MeetingRuntime {
  private nudgeTimer: unknown = null;
  private tickTimer: unknown = null;
  private retryMs = 0;

  private constructor(
    private readonly journal: Journal,
    private readonly log: MeetingLog,
    private readonly ports: RuntimePorts,
  ) {}

  static create(path: string, plan: MeetingPlan, ports: RuntimePorts): MeetingRuntime {
    const log = MeetingLog.plan(plan, ports.now());
    const journal = Journal.create(path);
    try {
      journal.append(log.events);
    } catch (e) {
      journal.close();
      rmSync(path, { force: true });
      throw e;
    }
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

  /** Bytes and mtime of the journal, for the history index. */
  journalStat(): { bytes: number; mtimeMs: number } {
    return this.journal.stat();
  }

  /** Folds a batch (which must work), journals it (which may be refused), adopts it, then re-arms and tells. */
  commit(events: readonly MeetingEvent[]): void {
    if (events.length === 0) return;
    const next = this.log.preview(events);
    this.journal.append(events);
    this.log.adopt(events, next);
    this.retryMs = 0;
    this.settle();
  }

  /** After a change: timers and the owner. Whatever fails here is reported; the change itself stands. */
  private settle(): void {
    try {
      this.arm();
    } catch (e) {
      this.ports.failed('scheduling nudges', e);
    }
    try {
      this.ports.changed();
    } catch (e) {
      this.ports.failed('telling clients about a change', e);
    }
  }

  /** Fires what came due while the host was down; a failure (a full disk) is retried by the nudge timer. */
  fireDueSafely(): void {
    if (this.nudgeTimer !== null) this.ports.timers.clearTimeout(this.nudgeTimer);
    this.onNudgeTimer();
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
    this.settle();
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
    const next = nextDueAt(this.log.state, this.ports.rules(), now);
    if (next === null) return;
    const wait = Math.max(this.retryMs, next - now);
    this.nudgeTimer = timers.setTimeout(
      () => this.onNudgeTimer(),
      Math.min(MAX_TIMEOUT_MS, Math.max(0, wait)),
    );
  }

  private onNudgeTimer(): void {
    this.nudgeTimer = null;
    try {
      this.fireDue();
      this.retryMs = 0;
    } catch (e) {
      // Most likely a full disk: the nudge is not recorded, so it has not happened; try again a little later.
      this.ports.failed('recording a nudge', e);
      this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs === 0 ? RETRY_FIRST_MS : this.retryMs * 2);
      try {
        this.armNudge();
      } catch (again) {
        this.ports.failed('scheduling nudges', again);
      }
    }
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
        try {
          this.ports.tick();
        } catch (e) {
          this.ports.failed('the second tick', e);
        }
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
