import { mkdirSync } from 'node:fs';
import {
  clientMessageSchema,
  hostCommandSchema,
  type HostCommand,
  type HostCommandInput,
  type HostCommandInputOf,
  type HostCommandType,
  type HostInfo,
  type HostPush,
  type HostResults,
  type MeetingSnapshot,
  type ReplyMessage,
} from '../../shared/contract/contract';
import { contractError, zodToContractError } from '../../shared/contract/contract.errors';
import type { DetectorReason } from '../../shared/detect/detector.protocol';
import { ClockGuard } from './clock/clock.guard';
import { HostClock } from './clock/host.clock';
import { systemTimers, type Timers } from './clock/timers';
import type { SpawnDetector } from './detect/detector.process';
import { HostDetection } from './detect/host.detection';
import { HistoryIndex } from './history/history.index';
import { meetingsDir } from './history/meeting.files';
import type { HostContext } from './host.context';
import { HostError } from './host.error';
import { makeHandlers, type Handlers } from './host.handlers';
import { NudgeLines } from './lines/nudge.lines';
import { acquireDataLock } from './lock';
import { stderrLogger, type Logger } from './log';
import { CurrentMeeting } from './meeting/current.meeting';
import { Publisher, type Listener } from './publish/publisher';
import { MeetingRecords } from './records/meeting.records';
import type { ConfFactory } from './store/conf.like';
import { openStore } from './store/store.open';
import type { StoreData } from './store/store.schema';
import { SettingsStore } from './store/settings.store';

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

/**
 * The authoritative host, in plain Node: it builds the services and wires their events together. Clients (the
 * Electron windows over IPC, browsers over WebSocket, the shell's tray and shortcuts) all reach it through
 * `handle` or `dispatch`, and receive pushed snapshots and info.
 */
export class Host {
  readonly ctx: HostContext;
  readonly settings: SettingsStore;
  readonly meeting: CurrentMeeting;
  readonly detection: HostDetection;
  private readonly publisher: Publisher;
  private readonly guard: ClockGuard;
  private readonly handlers: Handlers;
  private readonly history: HistoryIndex;

  private constructor(
    opts: HostOptions,
    private readonly releaseLock: () => void,
  ) {
    const clock = opts.clock ?? new HostClock();
    const log = opts.log ?? stderrLogger;
    const ctx: HostContext = {
      dataDir: opts.dataDir,
      clock,
      timers: opts.timers ?? systemTimers,
      log,
      random: opts.random ?? Math.random,
    };
    this.ctx = ctx;
    const opened = openStore(opts.createStore, ctx.dataDir, opts.version, log, clock.now());
    const settings = new SettingsStore(opened.store);
    this.settings = settings;
    const history = new HistoryIndex(ctx.dataDir, log);
    this.history = history;
    const loaded = history.load(clock.now());
    const now = () => clock.now();

    const lines = new NudgeLines({
      phrases: () => settings.phrases(),
      client: (id) => settings.client(id),
      uiLanguage: () => settings.settings().uiLanguage,
      now,
      random: ctx.random,
    });
    // Late-bound: detection and the publisher are built after the meeting, which asks them only once running.
    const late: { detection?: HostDetection; publisher?: Publisher } = {};
    const meeting = new CurrentMeeting({
      ctx,
      settings: () => settings.settings(),
      client: (id) => settings.client(id),
      history,
      pickLine: (state, c) => lines.pick(state, c.trigger, c.situation, c.tier),
      callApp: (state) => late.detection?.callApp(state) ?? null,
      problem: (message) => late.publisher?.noteProblem(message),
    });
    this.meeting = meeting;
    const records = new MeetingRecords({ ctx, history, current: meeting, client: (id) => settings.client(id) });
    const detection = new HostDetection({
      ctx,
      settings: () => settings.settings(),
      clients: () => settings.clients(),
      history: () => history.all(),
      meeting,
      earlier: (id) => records.state(id),
      deferred: (clientId) => records.deferred(clientId).deferred,
      visibleLine: () => (meeting.state ? lines.visibleLine(meeting.state, now()) : null),
      changed: () => late.publisher?.pushInfo(),
      ...(opts.spawnDetector ? { spawn: opts.spawnDetector } : {}),
      ...(opts.detectorBlocked ? { blocked: opts.detectorBlocked } : {}),
    });
    this.detection = detection;
    late.detection = detection;
    const publisher = new Publisher({
      now,
      log,
      version: opts.version,
      meeting,
      visibleLine: (s, at) => lines.visibleLine(s, at),
      settings: () => settings.settings(),
      clients: () => settings.clients(),
      templates: () => settings.templates(),
      phrases: () => settings.phrases(),
      detector: () => this.detection.info(),
    });
    this.publisher = publisher;
    late.publisher = publisher;
    for (const p of opened.problems) publisher.noteProblem(p);
    for (const q of loaded.quarantined) publisher.noteProblem(`a damaged meeting file was moved to ${q}`);
    this.guard = new ClockGuard({
      clock,
      log,
      meeting,
      sleepCountsAsPaused: () => settings.settings().sleepCountsAsPaused,
    });
    this.handlers = makeHandlers({
      dataDir: ctx.dataDir,
      now,
      meeting,
      records,
      lines,
      settings,
      detection,
      publisher,
    });

    meeting.on('changed', () => {
      publisher.pushSnapshot();
      this.detection.meetingChanged();
      publisher.pushInfoIfDetectorChanged();
    });
    meeting.on('tick', () => {
      this.guard.check();
      publisher.pushSnapshot();
    });
    meeting.on('closed', () => this.guard.meetingClosed());
    settings.on('changed', (key) => {
      if (key === 'phrases') lines.phrasesChanged();
      if (key === 'settings') {
        this.detection.applySettings();
        // New thresholds move nudge due times.
        meeting.arm();
      }
      if (key === 'settings' || key === 'phrases') publisher.pushSnapshot();
      if (key !== 'windowState' && key !== 'token') publisher.pushInfo();
    });

    meeting.resume();
    detection.applySettings();
  }

  static open(opts: HostOptions): Host {
    mkdirSync(meetingsDir(opts.dataDir), { recursive: true });
    const release = acquireDataLock(opts.dataDir);
    try {
      return new Host(opts, release);
    } catch (e) {
      release();
      throw e;
    }
  }

  get clock(): HostClock {
    return this.ctx.clock;
  }

  get log(): Logger {
    return this.ctx.log;
  }

  token(): string {
    return this.settings.token();
  }

  lanEnabled(): boolean {
    return this.settings.settings().lan.enabled;
  }

  /** Things the host had to repair or could not read, in words for the user. */
  get problems(): readonly string[] {
    return this.publisher.problemList;
  }

  subscribe(listener: Listener): () => void {
    return this.publisher.subscribe(listener);
  }

  snapshot(): MeetingSnapshot {
    return this.publisher.snapshot();
  }

  info(): HostInfo {
    return this.publisher.info();
  }

  /** Problems the shell reports (a shortcut another app holds…), by source. */
  noteShellProblems(source: string, problems: string[]): void {
    this.publisher.setShellProblems(source, problems);
  }

  setLanUrls(urls: string[]): void {
    this.publisher.setLanUrls(urls);
  }

  /** The shell saw the OS going to sleep. */
  systemSuspend(): void {
    this.guard.suspend();
  }

  systemResume(): void {
    this.checkClock();
    this.publisher.pushSnapshot();
  }

  /** Compares the wall and monotonic clocks now (each tick and each command does). */
  checkClock(): void {
    this.guard.check();
  }

  /**
   * The one way a command reaches the services, for every client: the transports through `handle`, the shell's tray
   * and shortcuts directly. The clock is checked first; a refusal throws a HostError.
   */
  /**
   * The one way a command reaches the services, for every client: the transports through `handle`, the shell's tray
   * and shortcuts directly. The command is parsed and the clock checked first; a refusal rejects with a HostError.
   * Everything a command changes has happened when this returns, before the promise settles.
   */
  dispatch<T extends HostCommandType>(input: HostCommandInputOf<T>): Promise<HostResults[T]> {
    try {
      const parsed = hostCommandSchema.safeParse(input);
      if (!parsed.success) {
        const e = zodToContractError(parsed.error, 'badMessage', input);
        throw new HostError(e.code, e.key, e.params, e.path ? `cmd.${e.path}` : 'cmd');
      }
      this.guard.check();
      const cmd = parsed.data;
      return Promise.resolve((this.handlers[cmd.type] as (c: HostCommand) => HostResults[T])(cmd));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }

  /**
   * Parses and runs one client message. Never rejects: every failure is an error reply that changed nothing. Most
   * commands finish at once; typing into a chat waits for the detector.
   */
  async handle(raw: unknown): Promise<ReplyMessage | HostPush> {
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const error = zodToContractError(parsed.error, 'badMessage', raw);
      return typeof id === 'string' && id.length > 0 && id.length <= 64
        ? { type: 'reply', id, ok: false, error }
        : { type: 'error', error };
    }
    const { id, cmd } = parsed.data;
    try {
      return { type: 'reply', id, ok: true, result: await this.dispatch(cmd as HostCommandInput) } as ReplyMessage;
    } catch (e) {
      if (e instanceof HostError) return { type: 'reply', id, ok: false, error: e.error };
      const type = (cmd as { type?: unknown } | null)?.type;
      this.log.error(`command ${String(type)} failed: ${(e as Error).stack ?? e}`);
      return {
        type: 'reply',
        id,
        ok: false,
        error: contractError('internal', 'internal', { command: String(type), detail: (e as Error).message }),
      };
    }
  }

  close(): void {
    this.detection.close();
    this.meeting.dispose();
    this.history.flush();
    this.publisher.close();
    this.releaseLock();
  }
}
