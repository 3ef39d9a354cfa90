import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingPlan } from '../../../shared/agenda/agenda.schema';
import type { Decision, EngineCommand } from '../../../shared/meeting/meeting.commands';
import type { MeetingEvent } from '../../../shared/meeting/meeting.events';
import { isLive } from '../../../shared/meeting/meeting.facts';
import type { MeetingState } from '../../../shared/meeting/meeting.state';
import type { LinePicker } from '../../../shared/nudges/nudge.fire';
import { clientAsParticipant } from '../../../shared/people/client.participant';
import { buildReport } from '../../../shared/report/report.model';
import { summarize } from '../../../shared/report/meeting.summary';
import type { Client } from '../../../shared/settings/client.schema';
import type { Settings } from '../../../shared/settings/settings.schema';
import type { PlannedMeetingView } from '../../../shared/calendar/calendar.records';
import { callKind, coveringWindow } from '../../../shared/calendar/unscheduled';
import { writeFileAtomic } from '../fs';
import type { HistoryIndex } from '../history/history.index';
import { journalPath } from '../history/meeting.files';
import type { HostContext } from '../host.context';
import { HostError, storageFailure } from '../host.error';
import { JournalCorrupt, type LoadedJournal } from '../journal/journal';
import { readAndRepair } from '../journal/journal.repair';
import { quarantineMove } from '../journal/quarantine';
import { MeetingRuntime } from './meeting.runtime';

export interface CurrentMeetingDeps {
  ctx: HostContext;
  store: { settings(): Settings; client(id: string | null): Client | null };
  history: Pick<HistoryIndex, 'put' | 'flush' | 'load'>;
  pickLine: LinePicker;
  /** The meeting app whose call window is open now, recorded when a meeting starts in it. */
  callApp(state: MeetingState): string | null;
  /** Something the user should hear about (a damaged file at start-up). */
  problem(message: string): void;
  /** What calendars plan: a call started now is unscheduled unless one of these covers it. */
  planned?: { planned(): PlannedMeetingView[]; attach(key: string, meetingId: string): void };
}

type Events = {
  /** The meeting changed, opened or closed. */
  changed: [];
  /** A second passed while it is live. */
  tick: [];
  closed: [];
};

/**
 * The one meeting that is open, if any: planning, starting, running, ending and putting it away. It keeps a pointer
 * file so a crash or a restart reopens it exactly as journaled, and the history index in step with it.
 */
export class CurrentMeeting extends EventEmitter<Events> {
  private runtime: MeetingRuntime | null = null;

  constructor(private readonly deps: CurrentMeetingDeps) {
    super();
  }

  get state(): MeetingState | null {
    return this.runtime?.state ?? null;
  }

  get events(): readonly MeetingEvent[] | null {
    return this.runtime?.events ?? null;
  }

  get id(): string | null {
    return this.runtime?.id ?? null;
  }

  /** Events journaled in the open meeting (0 when none is open). */
  get seq(): number {
    return this.runtime?.seq ?? 0;
  }

  private get pointerFile(): string {
    return join(this.deps.ctx.dataDir, 'current');
  }

  /**
   * After a crash or a restart, the meeting that was open is opened again exactly as journaled. A damaged journal
   * keeps its valid events (the original is copied to quarantine and the damage reported); only a journal with
   * nothing to keep is moved to quarantine whole.
   */
  resume(): void {
    const { log, clock, dataDir } = this.deps.ctx;
    if (!existsSync(this.pointerFile)) return;
    const id = readFileSync(this.pointerFile, 'utf8').trim();
    let path: string;
    try {
      path = journalPath(dataDir, id);
    } catch {
      this.deps.problem('the pointer to the open meeting was damaged; no meeting was resumed');
      rmSync(this.pointerFile, { force: true });
      return;
    }
    if (!existsSync(path)) {
      log.warn(`the open meeting ${id} has no journal; nothing to resume`);
      rmSync(this.pointerFile, { force: true });
      return;
    }
    let loaded: LoadedJournal;
    try {
      const read = readAndRepair(dataDir, path, id, clock.now());
      loaded = read.loaded;
      if (read.problem) {
        this.deps.problem(read.problem);
        log.warn(read.problem);
      }
    } catch (e) {
      if (!(e instanceof JournalCorrupt)) throw e;
      const moved = quarantineMove(dataDir, path, clock.now());
      rmSync(this.pointerFile, { force: true });
      const msg = `the open meeting could not be read (${e.message}); its file was moved to ${moved}`;
      this.deps.problem(msg);
      log.error(msg);
      return;
    }
    try {
      this.runtime = MeetingRuntime.resume(path, loaded, this.ports());
    } catch (e) {
      const msg = `the open meeting ${id} could not be reopened (${(e as Error).message}); its journal is untouched`;
      this.deps.problem(msg);
      log.error(msg);
      return;
    }
    log.info(`resumed meeting ${id} (${loaded.events.length} events)`);
    this.safeIndex();
    // Anything that came due while the host was down fires now (only the highest tier of each).
    this.runtime.fireDueSafely();
  }

  private ports() {
    const { clock, timers } = this.deps.ctx;
    return {
      now: () => clock.now(),
      timers,
      rules: () => this.deps.store.settings().nudgeRules,
      policy: () => {
        const r = this.deps.store.settings().rebalance;
        return { autoRebalanceMinSec: r.auto ? r.minItemSec : null };
      },
      pickLine: this.deps.pickLine,
      changed: () => {
        this.safeIndex();
        this.emit('changed');
      },
      tick: () => this.emit('tick'),
      failed: (what: string, e: unknown) => this.failed(what, e),
    };
  }

  /** A failure after the fact (the event is on disk, or a timer fired): logged, and reported once. */
  private failed(what: string, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    this.deps.ctx.log.error(
      `${what} failed: ${e instanceof Error && !(e instanceof HostError) ? e.stack : message}`,
    );
    this.deps.problem(`${what} failed: ${message}`);
  }

  /**
   * Plans a meeting (and starts it when asked) as one change. The client's rate is filled in here. A meeting started
   * at once with `decideKind` is unscheduled unless a calendar event (or a plan) covers this moment for its client,
   * and then it is that event's meeting.
   */
  create(plan: MeetingPlan, start = false, decideKind = false): string {
    const rt = this.runtime;
    if (rt) {
      throw new HostError('conflict', rt.state.status === 'ended' ? 'closeEndedFirst' : 'meetingOpen');
    }
    const client = this.deps.store.client(plan.clientId);
    if (plan.clientId !== null && !client)
      throw new HostError('notFound', 'noClient', { id: plan.clientId }, 'plan.clientId');
    const planned = start && decideKind ? (this.deps.planned?.planned() ?? []) : null;
    const now = this.deps.ctx.clock.now();
    const covering = planned ? coveringWindow(now, plan.clientId, planned) : null;
    const withRate: MeetingPlan = {
      ...plan,
      // A one-client call has the client as its participant, whichever screen planned it.
      participants:
        plan.participants.length === 0 && plan.audience === 'one' && client
          ? [clientAsParticipant(client)]
          : plan.participants,
      kind: planned ? callKind(now, plan.clientId, planned) : plan.kind,
      rate: client?.hourlyRateMinor
        ? { hourlyRateMinor: client.hourlyRateMinor, currency: client.currency }
        : null,
    };
    let path: string;
    try {
      path = journalPath(this.deps.ctx.dataDir, plan.id);
    } catch {
      throw new HostError('invalid', 'badId', {}, 'plan.id');
    }
    if (existsSync(path)) throw new HostError('conflict', 'meetingIdTaken', { id: plan.id }, 'plan.id');
    const created = MeetingRuntime.create(path, withRate, this.ports());
    const undo = () => {
      created.close();
      rmSync(path, { force: true });
      rmSync(this.pointerFile, { force: true });
      this.runtime = null;
    };
    try {
      writeFileAtomic(this.pointerFile, plan.id);
      this.runtime = created;
      const started = start ? created.decide({ type: 'start' }) : null;
      // Planned and started are one change: if the start cannot be saved, the meeting was never planned either.
      if (started?.ok) this.commitWithApp(created, started.events);
    } catch (e) {
      undo();
      throw storageFailure(e);
    }
    if (covering && !covering.meetingId) this.deps.planned?.attach(covering.key, plan.id);
    if (!start || created.state.status === 'planned') {
      this.safeIndex();
      this.emit('changed');
    }
    return plan.id;
  }

  /** Runs an engine command on the open meeting as one batch with what the engine adds on its own. */
  command(cmd: EngineCommand): Decision {
    const rt = this.requireOpen();
    const d = rt.decide(cmd);
    if (d.ok) this.commitWithApp(rt, d.events);
    return d;
  }

  /** Events the host itself records (a pause for sleep, the app a call runs in), as one batch. */
  append(events: MeetingEvent[]): void {
    this.requireOpen().commit(events);
  }

  private commitWithApp(rt: MeetingRuntime, events: readonly MeetingEvent[]): void {
    // A meeting that starts while its call window is open knows its app from the first moment.
    const started = events.find((e) => e.type === 'started');
    const app = started && rt.state.app === null ? this.deps.callApp(rt.state) : null;
    rt.commit(app ? [...events, { type: 'appDetected', at: started!.at, app }] : events);
  }

  /** Re-schedules nudges and ticks (new rules, a clock re-anchor). */
  arm(): void {
    this.runtime?.arm();
  }

  /** Puts the open meeting away: an ended one stays in history; one that never started is discarded. */
  close(): string | null {
    const rt = this.runtime;
    if (!rt) return null;
    const { status } = rt.state;
    if (isLive(rt.state)) throw new HostError('notAllowed', 'endBeforeClosing');
    rt.close();
    this.runtime = null;
    rmSync(this.pointerFile, { force: true });
    try {
      if (status === 'planned') {
        rmSync(rt.journalPath, { force: true });
        this.deps.history.load(this.deps.ctx.clock.now());
      } else this.deps.history.flush();
    } catch (e) {
      this.failed('updating the history index', e);
    }
    this.emit('closed');
    this.emit('changed');
    return rt.id;
  }

  /** The open meeting, or a refusal. */
  requireOpen(): MeetingRuntime {
    if (!this.runtime) throw new HostError('notFound', 'noMeeting');
    return this.runtime;
  }

  /** Keeps the history index in step with the open meeting (cheap: it is one entry); a failure is reported. */
  private safeIndex(): void {
    const rt = this.runtime;
    if (!rt) return;
    try {
      const s = rt.state;
      this.deps.history.put(
        summarize(buildReport(s, this.deps.ctx.clock.now(), s.plan.rate), s),
        rt.journalStat(),
      );
      if (!isLive(s)) this.deps.history.flush();
    } catch (e) {
      this.failed('updating the history index', e);
    }
  }

  dispose(): void {
    this.runtime?.close();
    this.runtime = null;
    this.removeAllListeners();
  }
}
