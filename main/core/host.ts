import { mkdirSync } from 'node:fs';
import type { HostInfo, MeetingSnapshot } from '../../shared/contract/contract';
import type { DetectorReason } from '../../shared/detect/detector.protocol';
import { ClockGuard } from './clock/clock.guard';
import { HostClock } from './clock/host.clock';
import { systemTimers, type Timers } from './clock/timers';
import type { SpawnDetector } from './detect/detector.process';
import { HostDetection } from './detect/host.detection';
import { HistoryIndex } from './history/history.index';
import { meetingsDir } from './history/meeting.files';
import type { HostContext } from './host.context';
import { makeDispatcher } from './host.dispatch';
import { makeHandlers } from './host.handlers';
import { NudgeLines } from './lines/nudge.lines';
import { acquireDataLock } from './lock';
import { stderrLogger, type Logger } from './log';
import { CurrentMeeting } from './meeting/current.meeting';
import { Publisher, type Listener } from './publish/publisher';
import { MeetingRecords } from './records/meeting.records';
import { MeetingTranscripts } from './records/meeting.transcripts';
import { readInProcess, type TranscriptReader } from './records/transcript.reader';
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
  /** Reads transcript files; in this thread unless a worker is given (the app and `serve` give one). */
  readTranscript?: TranscriptReader;
}

/**
 * The authoritative host, in plain Node. It builds the services, each given only what it uses, and connects their
 * events; every client (windows over IPC, browsers over WebSocket, the shell's tray and shortcuts) goes through its
 * one dispatcher and is told of changes by its publisher.
 */
export class Host {
  readonly ctx: HostContext;
  readonly settings: SettingsStore;
  readonly meeting: CurrentMeeting;
  readonly detection: HostDetection;
  readonly dispatch: ReturnType<typeof makeDispatcher>['dispatch'];
  readonly handle: ReturnType<typeof makeDispatcher>['handle'];
  private readonly publisher: Publisher;
  private readonly guard: ClockGuard;
  private readonly history: HistoryIndex;

  private constructor(
    opts: HostOptions,
    private readonly releaseLock: () => void,
  ) {
    const log = opts.log ?? stderrLogger;
    const clock = opts.clock ?? new HostClock();
    const ctx = (this.ctx = {
      dataDir: opts.dataDir,
      clock,
      timers: opts.timers ?? systemTimers,
      log,
      random: opts.random ?? Math.random,
    });
    const now = () => clock.now();
    const opened = openStore(opts.createStore, ctx.dataDir, opts.version, log, now());
    const store = (this.settings = new SettingsStore(opened.store));
    const history = (this.history = new HistoryIndex(ctx.dataDir, log));
    const loaded = history.load(now());
    const lines = new NudgeLines({ store, now, random: ctx.random });
    // Detection and the publisher are built below; the meeting asks them only once it runs (after construction).
    const meeting: CurrentMeeting = (this.meeting = new CurrentMeeting({
      ctx,
      store,
      history,
      pickLine: (state, c) => lines.pick(state, c.trigger, c.situation, c.tier),
      callApp: (state): string | null => detection.callApp(state),
      problem: (message) => publisher.noteProblem(message),
    }));
    const records = new MeetingRecords({
      ctx,
      history,
      current: meeting,
      client: (id) => store.client(id),
      you: () => store.settings().exports.name || null,
    });
    const transcripts = new MeetingTranscripts(records, opts.readTranscript ?? readInProcess);
    const detection: HostDetection = (this.detection = new HostDetection({
      ctx,
      store,
      history,
      meeting,
      records,
      visibleLine: () => (meeting.state ? lines.visibleLine(meeting.state, now()) : null),
      changed: () => publisher.pushInfo(),
      ...(opts.spawnDetector ? { spawn: opts.spawnDetector } : {}),
      ...(opts.detectorBlocked ? { blocked: opts.detectorBlocked } : {}),
    }));
    const publisher: Publisher = (this.publisher = new Publisher({
      now,
      log,
      version: opts.version,
      meeting,
      lines,
      store,
      detection,
    }));
    for (const p of opened.problems) publisher.noteProblem(p);
    for (const q of loaded.quarantined) publisher.noteProblem(`a damaged meeting file was moved to ${q}`);
    const guard = (this.guard = new ClockGuard({
      clock,
      log,
      meeting,
      sleepCountsAsPaused: () => store.settings().sleepCountsAsPaused,
    }));
    const handlers = makeHandlers({
      dataDir: ctx.dataDir,
      now,
      meeting,
      records,
      transcripts,
      lines,
      settings: store,
      detection,
    });
    ({ dispatch: this.dispatch, handle: this.handle } = makeDispatcher(handlers, () => guard.check(), log));

    meeting.on('changed', () => {
      publisher.pushSnapshot();
      detection.meetingChanged();
      publisher.pushInfoIfDetectorChanged();
    });
    meeting.on('tick', () => {
      guard.check();
      publisher.pushSnapshot();
    });
    meeting.on('closed', () => guard.meetingClosed());
    store.on('changed', (key) => {
      if (key === 'phrases') lines.phrasesChanged();
      if (key === 'settings') {
        detection.applySettings();
        meeting.arm(); // new thresholds move nudge due times
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
  /** The shell saw the OS going to sleep, or waking. */
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

  close(): void {
    this.detection.close();
    this.meeting.dispose();
    this.history.flush();
    this.publisher.close();
    this.releaseLock();
  }
}
