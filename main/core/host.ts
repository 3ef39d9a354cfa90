import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  clientMessageSchema,
  type HostCommand,
  type HostInfo,
  type HostPush,
  type ReplyMessage,
  type MeetingSnapshot,
} from '../../shared/contract/contract';
import { zodToContractError } from '../../shared/contract/contract.errors';
import type { MeetingPlan } from '../../shared/agenda/agenda.schema';
import { visibleNudge, type NudgeCandidate } from '../../shared/nudges/nudge.schedule';
import { buildLibrary } from '../../shared/phrases/phrase.library';
import { fillLine, availablePlaceholders } from '../../shared/phrases/phrase.format';
import { pickLine } from '../../shared/phrases/phrase.pick';
import { lineContext, linesShown, lineVoice } from '../../shared/phrases/nudge.context';
import type { PhraseLine } from '../../shared/phrases/phrase.types';
import { buildReport } from '../../shared/report/report.model';
import { summarize } from '../../shared/report/meeting.summary';
import { msToNextFlip } from '../../shared/meeting/meeting.flip';
import type { MeetingState } from '../../shared/meeting/meeting.state';
import { HostClock } from './clock/host.clock';
import { systemTimers, type Timers } from './clock/timers';
import { journalPath, meetingsDir } from './history/meeting.files';
import { HistoryIndex } from './history/history.index';
import { HostError } from './host.error';
import { HostDetection } from './detect/host.detection';
import type { SpawnDetector } from './detect/detector.process';
import type { DetectorReason } from '../../shared/detect/detector.protocol';
import { makeHandlers, type Handlers } from './host.handlers';
import { readJournal } from './journal/journal';
import { quarantineMove } from './journal/quarantine';
import { acquireDataLock } from './lock';
import { stderrLogger, type Logger } from './log';
import { MeetingRuntime } from './meeting/meeting.runtime';
import { SettingsStore } from './store/settings.store';
import type { ConfFactory } from './store/conf.like';
import { openStore } from './store/store.open';
import type { StoreData } from './store/store.schema';

export interface HostOptions {
  dataDir: string;
  createStore: ConfFactory<StoreData>;
  version: string;
  clock?: HostClock;
  timers?: Timers;
  log?: Logger;
  random?: () => number;
  /** Starts the window detector process; without it this host does no meeting-app detection. */
  spawnDetector?: SpawnDetector;
  /** A permission the platform withholds (macOS Accessibility): the detector waits until it is granted. */
  detectorBlocked?: () => DetectorReason | null;
}

export type Listener = (push: HostPush) => void;

/**
 * The authoritative host: the one running meeting, the settings and the history, in plain Node. Clients (the
 * Electron windows over IPC, browsers over WebSocket) send it validated commands and receive pushed snapshots.
 */
export class Host {
  readonly clock: HostClock;
  readonly timers: Timers;
  readonly log: Logger;
  readonly data: SettingsStore;
  readonly history: HistoryIndex;
  readonly problems: string[] = [];
  readonly detection: HostDetection;
  private runtime: MeetingRuntime | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly handlers: Handlers;
  private readonly random: () => number;
  private library: PhraseLine[];
  private libraryKey = '';
  private lanUrls: string[] = [];
  /** Problems the shell reports (a shortcut another app holds…), by source, replaced on each report. */
  private readonly shellProblems = new Map<string, string[]>();
  private clockBehind = false;
  private releaseLock: () => void;

  private constructor(
    readonly dataDir: string,
    readonly version: string,
    opts: HostOptions,
  ) {
    this.clock = opts.clock ?? new HostClock();
    this.timers = opts.timers ?? systemTimers;
    this.log = opts.log ?? stderrLogger;
    this.random = opts.random ?? Math.random;
    mkdirSync(meetingsDir(dataDir), { recursive: true });
    this.releaseLock = acquireDataLock(dataDir);
    try {
      const opened = openStore(opts.createStore, dataDir, version, this.log, this.clock.now());
      this.problems.push(...opened.problems);
      this.data = new SettingsStore(opened.store);
      this.history = new HistoryIndex(dataDir, this.log);
      const loaded = this.history.load(this.clock.now());
      for (const q of loaded.quarantined) this.problems.push(`a damaged meeting file was moved to ${q}`);
    } catch (e) {
      this.releaseLock();
      throw e;
    }
    this.library = buildLibrary(this.data.phrases());
    this.handlers = makeHandlers(this);
    this.detection = new HostDetection(this, opts.spawnDetector, opts.detectorBlocked);
    this.resumeCurrent();
    this.detection.applySettings();
  }

  static open(opts: HostOptions): Host {
    return new Host(opts.dataDir, opts.version, opts);
  }

  // ── the current meeting ────────────────────────────────────────────────────────────────────────────────────

  private get pointerFile(): string {
    return join(this.dataDir, 'current');
  }

  /** After a crash or a restart, the meeting that was open is opened again exactly as journaled. */
  private resumeCurrent(): void {
    if (!existsSync(this.pointerFile)) return;
    const id = readFileSync(this.pointerFile, 'utf8').trim();
    let path: string;
    try {
      path = journalPath(this.dataDir, id);
    } catch {
      this.problems.push('the pointer to the open meeting was damaged; no meeting was resumed');
      rmSync(this.pointerFile, { force: true });
      return;
    }
    if (!existsSync(path)) {
      this.log.warn(`the open meeting ${id} has no journal; nothing to resume`);
      rmSync(this.pointerFile, { force: true });
      return;
    }
    try {
      const loaded = readJournal(path);
      if (loaded.tornTail !== null)
        this.log.warn(
          `meeting ${id}: dropped a torn last line left by a crash (${loaded.tornTail.length} bytes)`,
        );
      this.runtime = MeetingRuntime.resume(path, loaded, this.hooks());
      this.log.info(`resumed meeting ${id} (${loaded.events.length} events)`);
      this.indexCurrent();
      // Anything that came due while the host was down fires now (only the highest tier of each).
      this.runtime.fireDue();
    } catch (e) {
      const moved = quarantineMove(this.dataDir, path, this.clock.now());
      rmSync(this.pointerFile, { force: true });
      const msg = `the open meeting could not be read (${(e as Error).message}); its file was moved to ${moved}`;
      this.problems.push(msg);
      this.log.error(msg);
    }
  }

  private writePointer(id: string): void {
    const tmp = `${this.pointerFile}.tmp`;
    writeFileSync(tmp, id);
    renameSync(tmp, this.pointerFile);
  }

  private hooks() {
    return {
      now: () => this.clock.now(),
      timers: this.timers,
      rules: () => this.data.settings().nudgeRules,
      pickLine: (state: MeetingState, c: NudgeCandidate) =>
        this.pickLineId(state, c.trigger, c.situation, c.tier),
      changed: () => {
        this.indexCurrent();
        this.pushSnapshot();
        this.detection.sessionChanged();
      },
      tick: () => {
        this.checkClock();
        this.pushSnapshot();
      },
      autoRebalance: () => {
        const r = this.data.settings().rebalance;
        return r.auto ? r.minItemSec : null;
      },
    };
  }

  get session(): MeetingRuntime | null {
    return this.runtime;
  }

  createMeeting(plan: MeetingPlan): string {
    if (this.runtime) {
      throw new HostError(
        'conflict',
        this.runtime.state.status === 'ended' ? 'close the ended meeting first' : 'a meeting is already open',
      );
    }
    const client = this.data.client(plan.clientId);
    if (plan.clientId !== null && !client)
      throw new HostError('notFound', `no client with id "${plan.clientId}"`, 'plan.clientId');
    const withRate: MeetingPlan = {
      ...plan,
      rate: client?.hourlyRateMinor
        ? { hourlyRateMinor: client.hourlyRateMinor, currency: client.currency }
        : null,
    };
    let path: string;
    try {
      path = journalPath(this.dataDir, plan.id);
    } catch {
      throw new HostError('invalid', 'a meeting id may only use letters, digits, "-" and "_"', 'plan.id');
    }
    if (existsSync(path)) throw new HostError('conflict', `meeting id "${plan.id}" is taken`, 'plan.id');
    this.runtime = MeetingRuntime.create(path, withRate, this.hooks());
    this.writePointer(plan.id);
    this.indexCurrent();
    this.pushSnapshot();
    this.detection.sessionChanged();
    return plan.id;
  }

  /** Puts the open meeting away: an ended one stays in history; one that never started is discarded. */
  closeMeeting(): string | null {
    const rt = this.runtime;
    if (!rt) return null;
    const { status } = rt.state;
    if (status === 'running' || status === 'paused')
      throw new HostError('notAllowed', 'end the meeting before closing it');
    rt.close();
    this.runtime = null;
    rmSync(this.pointerFile, { force: true });
    if (status === 'planned') {
      rmSync(rt.journalPath, { force: true });
      this.history.load(this.clock.now());
    } else this.history.flush();
    if (this.clockBehind) this.clock.reanchor();
    this.clockBehind = false;
    this.pushSnapshot();
    this.detection.sessionChanged();
    return rt.id;
  }

  /** Keeps the history index in step with the open meeting (cheap: it is one entry). */
  private indexCurrent(): void {
    const rt = this.runtime;
    if (!rt) return;
    const s = rt.state;
    this.history.put(summarize(buildReport(s, this.clock.now(), s.plan.rate), s));
    if (s.status !== 'running' && s.status !== 'paused') this.history.flush();
  }

  // ── clock ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Called each tick and before each command. The rule is documented on HostClock. */
  checkClock(): void {
    const jump = this.clock.detectJump();
    if (!jump) return;
    const rt = this.runtime;
    const live = rt !== null && (rt.state.status === 'running' || rt.state.status === 'paused');
    if (jump.kind === 'backward') {
      if (!live) {
        this.clock.reanchor();
        return;
      }
      if (!this.clockBehind)
        this.log.warn(
          `the system clock went back ${Math.round(jump.ms / 1000)} s; the meeting keeps its own time`,
        );
      this.clockBehind = true;
      return;
    }
    if (live && rt.state.status === 'running' && this.data.settings().sleepCountsAsPaused) {
      rt.append([{ type: 'paused', at: jump.before }]);
      this.clock.reanchor();
      rt.append([{ type: 'resumed', at: this.clock.now() }]);
      this.log.info(`the computer slept ${Math.round(jump.ms / 1000)} s; that time counts as a pause`);
    } else {
      this.clock.reanchor();
      if (live)
        this.log.info(
          `the clock moved ahead ${Math.round(jump.ms / 1000)} s (sleep?); that time counts in the meeting`,
        );
    }
    rt?.arm();
  }

  /** The shell saw the OS going to sleep: with "sleep counts as paused", pause now rather than guess later. */
  systemSuspend(): void {
    const rt = this.runtime;
    if (rt?.state.status === 'running' && this.data.settings().sleepCountsAsPaused)
      rt.command({ type: 'pause' });
  }

  systemResume(): void {
    this.checkClock();
    this.pushSnapshot();
  }

  // ── lines ──────────────────────────────────────────────────────────────────────────────────────────────────

  phraseLibrary(): PhraseLine[] {
    const key = JSON.stringify(this.data.phrases());
    if (key !== this.libraryKey) {
      this.library = buildLibrary(this.data.phrases());
      this.libraryKey = key;
    }
    return this.library;
  }

  pickLineId(
    state: MeetingState,
    trigger: NudgeCandidate['trigger'],
    situation: NudgeCandidate['situation'],
    tier: NudgeCandidate['tier'],
    avoid = linesShown(state),
  ): string | null {
    const client = this.data.client(state.plan.clientId);
    const voice = lineVoice(client, this.data.settings().uiLanguage);
    const ctx = lineContext(state, trigger, this.clock.now(), client, voice.locale);
    const line = pickLine(
      this.phraseLibrary(),
      { ...voice, situation, tier },
      availablePlaceholders(ctx),
      avoid,
      this.random,
    );
    return line?.id ?? null;
  }

  private nudgeLine(state: MeetingState, now: number): MeetingSnapshot['nudgeLine'] {
    const n = visibleNudge(state, now);
    if (!n) return null;
    const client = this.data.client(state.plan.clientId);
    const voice = lineVoice(client, this.data.settings().uiLanguage);
    const ctx = lineContext(state, n.trigger, now, client, voice.locale);
    const lib = this.phraseLibrary();
    // The chosen line may have been edited or removed since it fired: use its current text, or pick afresh.
    const line =
      lib.find((l) => l.id === n.lineId) ??
      lib.find((l) => l.id === this.pickLineId(state, n.trigger, n.situation, n.tier));
    const text = line ? fillLine(line.text, ctx) : null;
    return text === null ? null : { key: n.key, lineId: line?.id ?? null, text };
  }

  // ── clients ────────────────────────────────────────────────────────────────────────────────────────────────

  noteProblems(source: string, problems: string[]): void {
    this.shellProblems.set(source, problems);
    this.pushInfo();
  }

  setLanUrls(urls: string[]): void {
    this.lanUrls = urls;
    this.pushInfo();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener({ type: 'data', data: this.hostInfo() });
    listener({ type: 'snapshot', snapshot: this.snapshot() });
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  snapshot(): MeetingSnapshot {
    const at = this.clock.now();
    const session = this.runtime?.state ?? null;
    const live = session?.status === 'running' || session?.status === 'paused';
    const toFlip = session && live ? msToNextFlip(session, at) : null;
    return {
      at,
      session,
      nudgeLine: session ? this.nudgeLine(session, at) : null,
      flipAt: toFlip === null ? null : at + toFlip,
    };
  }

  hostInfo(): HostInfo {
    const detector = this.detection.info();
    this.detection.pushed(detector);
    return {
      detector,
      settings: this.data.settings(),
      clients: this.data.clients(),
      templates: this.data.templates(),
      phrases: this.data.phrases(),
      problems: [...this.problems, ...[...this.shellProblems.values()].flat()],
      lanUrls: this.lanUrls,
      version: this.version,
    };
  }

  private broadcast(push: HostPush): void {
    for (const l of this.listeners) {
      try {
        l(push);
      } catch (e) {
        this.log.error(`a listener failed: ${(e as Error).message}`);
      }
    }
  }

  pushSnapshot(): void {
    if (this.listeners.size > 0) this.broadcast({ type: 'snapshot', snapshot: this.snapshot() });
  }

  pushInfo(): void {
    if (this.listeners.size > 0) this.broadcast({ type: 'data', data: this.hostInfo() });
  }

  /**
   * Parses and runs one client message. Never rejects: every failure is an error reply that changed nothing. Most
   * commands finish at once; typing into a chat waits for the detector.
   */
  async handle(raw: unknown): Promise<ReplyMessage | HostPush> {
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const error = zodToContractError(parsed.error);
      return typeof id === 'string' && id.length > 0 && id.length <= 64
        ? { type: 'reply', id, ok: false, error }
        : { type: 'error', error };
    }
    const { id, cmd } = parsed.data;
    try {
      return { type: 'reply', id, ok: true, result: await this.run(cmd) } as ReplyMessage;
    } catch (e) {
      if (e instanceof HostError)
        return {
          type: 'reply',
          id,
          ok: false,
          error: { code: e.code, message: e.message, ...(e.path ? { path: e.path } : {}) },
        };
      this.log.error(`command ${cmd.type} failed: ${(e as Error).stack ?? e}`);
      return {
        type: 'reply',
        id,
        ok: false,
        error: { code: 'internal', message: `${cmd.type} failed: ${(e as Error).message}` },
      };
    }
  }

  run(cmd: HostCommand): unknown {
    this.checkClock();
    return (this.handlers[cmd.type] as (c: HostCommand) => unknown)(cmd);
  }

  close(): void {
    this.detection.close();
    this.runtime?.close();
    this.runtime = null;
    this.history.flush();
    this.listeners.clear();
    this.releaseLock();
  }
}
